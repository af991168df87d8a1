/**
 * The inbox and notification preferences over GraphQL (POSTs with the bearer token, never cached),
 * and the unread count the navigation badge shows (src/inbox/hook.ts in the main bundle reads it).
 */
import { gql, hasSession, SignInNeeded } from '../account/session'

export interface InboxMessage {
  id: string
  kind: string
  title: string
  body: string
  titleEn: string
  bodyEn: string
  url: string
  createdAt: string
  readAt: string | null
}

export interface InboxPage {
  nodes: InboxMessage[]
  nextCursor: string | null
  unreadCount: number
}

export interface Preferences {
  push: boolean
  sms: boolean
  locale: 'zh-CN' | 'en'
  pushDevices: number
}

interface NotificationError {
  __typename: 'NotificationError'
  code: string
  message: string
  messageEn: string
}

export class PreferencesRefused extends Error {
  constructor(readonly error: NotificationError) {
    super(error.message)
  }
}

const MESSAGE_FIELDS = 'id kind title body titleEn bodyEn url createdAt readAt'
const PREFERENCE_FIELDS = 'push sms locale pushDevices'

const INBOX = `query MyInbox($first: Int!, $after: ID) { myInbox(first: $first, after: $after) { nodes { ${MESSAGE_FIELDS} } nextCursor unreadCount } }`
const INBOX_WITH_PREFERENCES = `query MyInboxAndPreferences($first: Int!) { myInbox(first: $first) { nodes { ${MESSAGE_FIELDS} } nextCursor unreadCount } myNotificationPreferences { ${PREFERENCE_FIELDS} } }`
const UNREAD = `query MyUnreadCount { myInbox(first: 1) { unreadCount } }`
const MARK_READ = `mutation MarkInboxRead($ids: [ID!]!) { markInboxRead(ids: $ids) { marked unreadCount } }`
const SET_PREFERENCES = `mutation SetNotificationPreferences($push: Boolean, $sms: Boolean, $locale: String) { setNotificationPreferences(push: $push, sms: $sms, locale: $locale) { __typename ... on NotificationPreferences { ${PREFERENCE_FIELDS} } ... on NotificationError { code message messageEn } } }`

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
    const { myInbox } = await gql<{ myInbox: { unreadCount: number } }>(UNREAD)
    setUnread(myInbox.unreadCount)
    return myInbox.unreadCount
  } catch (err) {
    if (err instanceof SignInNeeded) setUnread(0)
    return null
  }
}

// --- the inbox -----------------------------------------------------------------------------------

export async function inboxPage(after: string | null = null, first = PAGE_SIZE): Promise<InboxPage> {
  const { myInbox } = await gql<{ myInbox: InboxPage }>(INBOX, { first, after })
  setUnread(myInbox.unreadCount)
  return myInbox
}

export async function inboxAndPreferences(first = PAGE_SIZE): Promise<{ page: InboxPage; preferences: Preferences }> {
  const data = await gql<{ myInbox: InboxPage; myNotificationPreferences: Preferences }>(INBOX_WITH_PREFERENCES, { first })
  setUnread(data.myInbox.unreadCount)
  return { page: data.myInbox, preferences: data.myNotificationPreferences }
}

/** Mark messages read; returns the unread count after it. */
export async function markRead(ids: string[]): Promise<number> {
  let unread = 0
  for (let i = 0; i < ids.length || i === 0; i += MARK_MAX) {
    const { markInboxRead } = await gql<{ markInboxRead: { marked: number; unreadCount: number } }>(MARK_READ, {
      ids: ids.slice(i, i + MARK_MAX),
    })
    unread = markInboxRead.unreadCount
  }
  setUnread(unread)
  return unread
}

// --- preferences ---------------------------------------------------------------------------------

export async function setPreferences(changes: { push?: boolean; sms?: boolean; locale?: string }): Promise<Preferences> {
  const r = await gql<{ setNotificationPreferences: ({ __typename: 'NotificationPreferences' } & Preferences) | NotificationError }>(
    SET_PREFERENCES,
    changes,
  )
  const result = r.setNotificationPreferences
  if (result.__typename === 'NotificationError') throw new PreferencesRefused(result)
  return result
}
