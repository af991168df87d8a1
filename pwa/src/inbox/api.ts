/**
 * The inbox and notification preferences over GraphQL (POSTs with the bearer token, never cached),
 * and the unread count the navigation badge shows (src/inbox/hook.ts in the main bundle reads it).
 */
import type * as G from '../generated/graphql'
import { page, type Page } from '../shared/connection'
import { gql, hasSession, SignInNeeded } from '../shared/session'
import { Refusal } from '../shared/feedback'

const MESSAGE = /* GraphQL */ `fragment InboxMessageFields on InboxMessage { id kind title body titleEn bodyEn url createdAt readAt }`
const PREFERENCES = /* GraphQL */ `fragment PreferenceFields on NotificationPreferences { push sms locale pushDevices }`
const INBOX = /* GraphQL */ `
  query MyInbox($first: Int!, $after: String) {
    myInbox(first: $first, after: $after) { edges { node { ...InboxMessageFields } } pageInfo { hasNextPage endCursor } unreadCount }
  }
  ${MESSAGE}
`
const INBOX_WITH_PREFERENCES = /* GraphQL */ `
  query MyInboxAndPreferences($first: Int!) {
    myInbox(first: $first) { edges { node { ...InboxMessageFields } } pageInfo { hasNextPage endCursor } unreadCount }
    myNotificationPreferences { ...PreferenceFields }
  }
  ${MESSAGE} ${PREFERENCES}
`
const UNREAD = /* GraphQL */ `query MyUnreadCount { myInbox(first: 1) { unreadCount } }`
const MARK_READ = /* GraphQL */ `mutation MarkInboxRead($ids: [ID!]!) { markInboxRead(ids: $ids) { marked unreadCount } }`
const SET_PREFERENCES = /* GraphQL */ `
  mutation SetNotificationPreferences($push: Boolean, $sms: Boolean, $locale: String) {
    setNotificationPreferences(push: $push, sms: $sms, locale: $locale) {
      __typename ... on NotificationPreferences { ...PreferenceFields } ... on NotificationError { code message messageEn }
    }
  }
  ${PREFERENCES}
`

export type InboxMessage = G.InboxMessageFieldsFragment
export type InboxPage = Page<InboxMessage> & { unreadCount: number }
/** The notification settings; `locale` is zh-CN or en. */
export type Preferences = Omit<G.PreferenceFieldsFragment, 'locale'> & { locale: 'zh-CN' | 'en' }
type NotificationError = Extract<G.SetNotificationPreferencesMutation['setNotificationPreferences'], { __typename: 'NotificationError' }>

/** The server refused the settings (its message in both languages). */
export class PreferencesRefused extends Refusal {
  constructor(error: NotificationError) {
    super(error.code, error.message, error.messageEn)
  }
}

export const PAGE_SIZE = 20
/** The server marks at most this many per call. */
const MARK_MAX = 100

// --- the badge's count (keep the key and event in step with hook.ts) -------------------------------

const UNREAD_KEY = 'ov.unread'
const UNREAD_EVENT = 'ov:unread'

export function setUnread(count: number): void {
  try {
    if (count > 0) localStorage.setItem(UNREAD_KEY, String(count))
    else localStorage.removeItem(UNREAD_KEY)
  } catch {
    /* the badge only shows what this page learnt */
  }
  window.dispatchEvent(new CustomEvent(UNREAD_EVENT, { detail: count }))
}

/** Ask the server how many messages are unread and update the badge; null when it could not tell. */
export async function refreshUnread(): Promise<number | null> {
  if (!hasSession()) {
    setUnread(0)
    return 0
  }
  try {
    const { myInbox } = await gql<G.MyUnreadCountQuery>(UNREAD)
    setUnread(myInbox.unreadCount)
    return myInbox.unreadCount
  } catch (err) {
    if (err instanceof SignInNeeded) setUnread(0)
    return null
  }
}

// --- the inbox -----------------------------------------------------------------------------------

export async function inboxPage(after: string | null = null, first = PAGE_SIZE): Promise<InboxPage> {
  const { myInbox } = await gql<G.MyInboxQuery, G.MyInboxQueryVariables>(INBOX, { first, after })
  setUnread(myInbox.unreadCount)
  return { ...page(myInbox), unreadCount: myInbox.unreadCount }
}

export async function inboxAndPreferences(first = PAGE_SIZE): Promise<{ page: InboxPage; preferences: Preferences }> {
  const data = await gql<G.MyInboxAndPreferencesQuery, G.MyInboxAndPreferencesQueryVariables>(INBOX_WITH_PREFERENCES, { first })
  setUnread(data.myInbox.unreadCount)
  return { page: { ...page(data.myInbox), unreadCount: data.myInbox.unreadCount }, preferences: data.myNotificationPreferences as Preferences }
}

/** Mark messages read; returns the unread count after it. */
export async function markRead(ids: string[]): Promise<number> {
  let unread = 0
  for (let i = 0; i < ids.length || i === 0; i += MARK_MAX) {
    const { markInboxRead } = await gql<G.MarkInboxReadMutation, G.MarkInboxReadMutationVariables>(MARK_READ, {
      ids: ids.slice(i, i + MARK_MAX),
    })
    unread = markInboxRead.unreadCount
  }
  setUnread(unread)
  return unread
}

// --- preferences ---------------------------------------------------------------------------------

export async function setPreferences(changes: { push?: boolean; sms?: boolean; locale?: string }): Promise<Preferences> {
  const r = await gql<G.SetNotificationPreferencesMutation, G.SetNotificationPreferencesMutationVariables>(SET_PREFERENCES, changes)
  const result = r.setNotificationPreferences
  if (result.__typename === 'NotificationError') throw new PreferencesRefused(result)
  return result as Preferences
}
