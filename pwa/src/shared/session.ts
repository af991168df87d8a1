/**
 * The signed-in session and the GraphQL client of the account screens.
 *
 * - The access token (10 minutes) lives in memory only: a reload starts with a refresh.
 * - The refresh token never reaches script: the server keeps it in an HttpOnly, SameSite=Strict
 *   cookie sent only to /auth (set by the sign-in and sign-up mutations' answers, rotated by
 *   POST /auth/refresh, ended by POST /auth/sign-out; both need the X-OneVisit-CSRF header).
 *   localStorage holds only a marker (SESSION_KEY) that a session cookie was set, so screens know
 *   whether to offer sign-in without a request, and other tabs learn of sign-in and sign-out.
 * - Refreshes run one at a time across tabs (Web Locks): two tabs never present the same cookie at
 *   once. Where Web Locks are missing, or a reply was lost (a tab closed mid-refresh), the server's
 *   grace window answers the spent token again with a fresh one of its family; only a token that
 *   comes back later (a copy) ends the session (REFRESH_REUSED), and the page asks to sign in again.
 * - Identity operations are POSTs with the document in the body; they are never cached (the service
 *   worker caches only persisted GETs of the public catalogue).
 */

export const SESSION_KEY = 'ov.session'

import type { Role, SessionFieldsFragment, UnsubscribePushMutation, UnsubscribePushMutationVariables } from '../generated/graphql'

export type { Role }
export type Session = SessionFieldsFragment

export interface IdentityError {
  __typename: 'IdentityError'
  code: string
  message: string
  messageEn: string
}

/** A Session's fields; SESSION_RESULT selects them from a SessionResult union. */
export const SESSION = /* GraphQL */ `fragment SessionFields on Session { accessToken expiresIn userId name roles }`
export const SESSION_RESULT = /* GraphQL */ `
  fragment SessionResultFields on SessionResult {
    __typename ... on Session { ...SessionFields } ... on IdentityError { code message messageEn }
  }
  ${SESSION}
`
/** Ends this browser's push subscription on the server (also src/inbox/push.ts). */
export const UNSUBSCRIBE_PUSH = /* GraphQL */ `mutation UnsubscribePush($endpoint: String!) { unsubscribePush(endpoint: $endpoint) { removed } }`

/** A GraphQL or HTTP error with the server's code (UNAUTHENTICATED, FORBIDDEN, TOKEN_EXPIRED, …). */
export class GraphQLFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly offline = false,
  ) {
    super(message)
  }
}

/** The call needs a session and there is none (never was, signed out, or the refresh failed). */
export class SignInNeeded extends Error {
  constructor(readonly reason: 'none' | 'lost' | 'reused' = 'none') {
    super('sign in needed')
  }
}

let access: { token: string; expiresAt: number } | null = null
let who: { userId: string; name: string; roles: Role[] } | null = null
let refreshing: Promise<boolean> | null = null
let lostReason: SignInNeeded['reason'] = 'none'

function marked(): boolean {
  try {
    return !!localStorage.getItem(SESSION_KEY)
  } catch {
    return access !== null
  }
}

function mark(on: boolean): void {
  try {
    if (on) localStorage.setItem(SESSION_KEY, String(Date.now()))
    else localStorage.removeItem(SESSION_KEY)
  } catch {
    /* storage disabled: the session lasts as long as the page */
  }
}

// Another tab signed out (or its refresh failed): this one is signed out too.
window.addEventListener('storage', (e) => {
  if (e.key === SESSION_KEY && !e.newValue) {
    access = null
    who = null
  }
})

/** A session cookie was set: the person counts as signed in until a call proves otherwise. */
export function hasSession(): boolean {
  return marked()
}

export function currentUser(): { userId: string; name: string; roles: Role[] } | null {
  return who
}

/** Keep a new session (sign-in, sign-up, refresh). */
export function startSession(session: Session): void {
  mark(true)
  access = { token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000 }
  who = { userId: session.userId, name: session.name, roles: session.roles }
  lostReason = 'none'
}

function dropSession(reason: SignInNeeded['reason']): void {
  mark(false)
  access = null
  who = null
  lostReason = reason
}

async function post(query: string, variables: object | undefined, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  try {
    return await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: variables ?? {} }), cache: 'no-store' })
  } catch {
    throw new GraphQLFailure('offline', 'NETWORK', true)
  }
}

interface Body<T> {
  data?: T | null
  errors?: { message: string; extensions?: { code?: string; messageEn?: string } }[]
}

async function read<T>(res: Response): Promise<Body<T>> {
  try {
    return (await res.json()) as Body<T>
  } catch {
    throw new GraphQLFailure(`HTTP ${res.status}`, res.status >= 500 ? 'SERVER' : 'HTTP')
  }
}

/** POST to /auth/refresh or /auth/sign-out: the cookie goes along, with the CSRF header. */
async function authPost(path: string): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'x-onevisit-csrf': '1' },
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch {
    throw new GraphQLFailure('offline', 'NETWORK', true)
  }
}

async function refreshOnce(): Promise<boolean> {
  if (!marked()) {
    dropSession(who ? 'lost' : lostReason) // signed out in another tab meanwhile
    return false
  }
  const res = await authPost('/auth/refresh')
  if (res.ok) {
    startSession((await res.json()) as Session)
    return true
  }
  if (res.status === 401) {
    // REFRESH_REUSED, REFRESH_INVALID (expired, signed out elsewhere), REFRESH_MISSING: it is over.
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null
    dropSession(body?.error?.code === 'REFRESH_REUSED' ? 'reused' : 'lost')
    return false
  }
  throw new GraphQLFailure(`HTTP ${res.status}`, res.status >= 500 ? 'SERVER' : 'HTTP')
}

async function refreshAcrossTabs(): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks
  if (!locks) return refreshOnce()
  // One tab at a time presents the cookie; the next one sends the successor the first one received.
  return locks.request('ov-refresh', () => refreshOnce())
}

/** Get a new access token with the refresh cookie; false when the session is gone. */
export function refresh(): Promise<boolean> {
  if (!refreshing) {
    refreshing = refreshAcrossTabs().finally(() => {
      refreshing = null
    })
  }
  return refreshing
}

/** An access token valid for at least another 30 s, refreshing if needed. */
async function accessToken(): Promise<string> {
  if (access && access.expiresAt - Date.now() > 30_000) return access.token
  if (!marked()) throw new SignInNeeded(lostReason)
  if (!(await refresh()) || !access) throw new SignInNeeded(lostReason)
  return access.token
}

/**
 * The access token for requests that are not GraphQL POSTs (uploads, the subscription socket);
 * `renew` drops the one in memory first (after the server refused it). Throws SignInNeeded.
 */
export function bearer(renew = false): Promise<string> {
  if (renew) access = null
  return accessToken()
}

/**
 * Run a GraphQL operation. `auth`: send the access token (refreshing it first when it is about to
 * expire, and once more after a 401); a call that needs a session and has none throws SignInNeeded.
 */
export async function gql<T, V extends object = Record<string, never>>(query: string, variables?: V, auth = true): Promise<T> {
  let res = await post(query, variables, auth ? await accessToken() : undefined)
  if (res.status === 401 && auth) {
    // The token was refused (expired early, signing key rotated): refresh once and retry.
    access = null
    res = await post(query, variables, await accessToken())
    if (res.status === 401) {
      dropSession('lost')
      throw new SignInNeeded('lost')
    }
  }
  const body = await read<T>(res)
  const error = body.errors?.[0]
  if (error) {
    const code = error.extensions?.code ?? (res.status >= 500 ? 'SERVER' : 'GRAPHQL')
    if (code === 'UNAUTHENTICATED') {
      dropSession(auth ? 'lost' : 'none')
      throw new SignInNeeded(auth ? 'lost' : 'none')
    }
    throw new GraphQLFailure(error.message, code)
  }
  if (!body.data) throw new GraphQLFailure(`HTTP ${res.status}`, res.status >= 500 ? 'SERVER' : 'HTTP')
  return body.data
}

/**
 * This browser's Web Push subscription (src/inbox/push.ts) carries the signed-out person's
 * notifications: end it, on the server while the access token still works, and at the push service
 * (the server then drops the endpoint on its next 404/410 anyway).
 */
async function endPushHere(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration('/')
    const subscription = await registration?.pushManager?.getSubscription()
    if (!subscription) return
    if (access && access.expiresAt > Date.now()) {
      const variables: UnsubscribePushMutationVariables = { endpoint: subscription.endpoint }
      await post(UNSUBSCRIBE_PUSH, variables, access.token).catch((): UnsubscribePushMutation | undefined => undefined)
    }
    await subscription.unsubscribe()
  } catch {
    /* no service worker or push here */
  }
}

/** Where the apply form keeps unsent form data on this device (src/apply/form/autosave.ts). */
export const AUTOSAVE_PREFIX = 'ov.autosave:'

/** Unsent form data may hold ID numbers: it does not outlive the session on a shared phone. */
function forgetAutosaves(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(AUTOSAVE_PREFIX)) localStorage.removeItem(key)
  } catch {
    /* storage unavailable: nothing was saved */
  }
}

/** Sign out here and on the server (the refresh token's family stops working). */
export async function signOut(): Promise<void> {
  await endPushHere()
  forgetAutosaves()
  dropSession('none')
  try {
    await authPost('/auth/sign-out')
  } catch {
    /* offline: the cookie stays until it expires or the next sign-in replaces it */
  }
}
