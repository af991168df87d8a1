/**
 * The signed-in session and the GraphQL client of the account screens.
 *
 * - The access token (10 minutes) lives in memory only: a reload starts with a refresh.
 * - The refresh token is in localStorage (key below). Each refresh token is single use: the new one
 *   is stored at once. An HttpOnly, SameSite
 *   cookie set by the server would keep it out of reach of injected script (XSS); that needs the
 *   server to issue and read it, so until then it is here.
 * - Refreshes run one at a time across tabs (Web Locks), and a tab that waited for another's
 *   refresh first waits for the new token to reach it (storage event), so two tabs never spend the
 *   same token. Where Web Locks are missing a race can still happen, and so can a tab closed while
 *   its refresh is under way (the server spent the token, the page never stored the new one): the
 *   server then answers REFRESH_REUSED, ends the session, and the page asks to sign in again.
 * - Identity operations are POSTs with the document in the body; they are never cached (the service
 *   worker caches only persisted GETs of the public catalogue).
 */

export const REFRESH_KEY = 'ov.rt'

export type Role = 'CITIZEN' | 'WINDOW_CLERK' | 'REVIEWER' | 'SUPERVISOR' | 'HELPER' | 'ADMIN'

export interface Session {
  __typename: 'Session'
  accessToken: string
  expiresIn: number
  refreshToken: string
  userId: string
  name: string
  roles: Role[]
}

export interface IdentityError {
  __typename: 'IdentityError'
  code: string
  message: string
  messageEn: string
}

/** A Session's fields; SESSION_FIELDS selects them from a SessionResult union. */
export const SESSION = `accessToken expiresIn refreshToken userId name roles`
export const SESSION_FIELDS = `__typename ... on Session { ${SESSION} } ... on IdentityError { code message messageEn }`

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

function storedRefresh(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY)
  } catch {
    return null
  }
}

function storeRefresh(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_KEY, token)
    else localStorage.removeItem(REFRESH_KEY)
  } catch {
    /* storage disabled: the session lasts as long as the page */
  }
}

// Another tab signed out (or its refresh failed): this one is signed out too.
window.addEventListener('storage', (e) => {
  if (e.key === REFRESH_KEY && !e.newValue) {
    access = null
    who = null
  }
})

/** A refresh token is stored: the person counts as signed in until a call proves otherwise. */
export function hasSession(): boolean {
  return !!storedRefresh()
}

export function currentUser(): { userId: string; name: string; roles: Role[] } | null {
  return who
}

/** Keep a new session (sign-in, sign-up, refresh). */
export function startSession(session: Session): void {
  storeRefresh(session.refreshToken)
  access = { token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000 }
  who = { userId: session.userId, name: session.name, roles: session.roles }
  lostReason = 'none'
}

function dropSession(reason: SignInNeeded['reason']): void {
  storeRefresh(null)
  access = null
  who = null
  lostReason = reason
}

async function post(query: string, variables: object, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  try {
    return await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), cache: 'no-store' })
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

const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${SESSION_FIELDS} } }`

async function refreshOnce(): Promise<boolean> {
  const token = storedRefresh() // read inside the lock: another tab may have rotated it
  if (!token) {
    dropSession(who ? 'lost' : lostReason) // signed out in another tab meanwhile
    return false
  }
  const body = await read<{ refreshSession: Session | IdentityError }>(await post(REFRESH, { refreshToken: token }))
  const result = body.data?.refreshSession
  if (result?.__typename === 'Session') {
    startSession(result)
    return true
  }
  if (!result) throw new GraphQLFailure(body.errors?.[0]?.message ?? 'refresh failed', 'SERVER')
  // REFRESH_REUSED, REFRESH_INVALID (expired, signed out elsewhere): the session is over, unless
  // another tab stored a newer token while this request was out.
  if (storedRefresh() === token) dropSession(result.code === 'REFRESH_REUSED' ? 'reused' : 'lost')
  else return refreshOnce()
  return false
}

/**
 * Resolves once the stored refresh token is no longer `token` (another tab stored its successor),
 * or after `ms`. localStorage is not synchronised between tabs at once: a tab that wrote a token
 * and released the lock may still be ahead of what this tab reads, so the next holder waits for the
 * storage event that brings the new value.
 */
function storedTokenChanges(token: string | null, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('storage', onStorage)
      window.clearTimeout(timer)
      resolve()
    }
    const onStorage = (e: StorageEvent) => {
      if (e.key === REFRESH_KEY && e.newValue !== token) done()
    }
    const timer = window.setTimeout(done, ms)
    window.addEventListener('storage', onStorage)
    if (storedRefresh() !== token) done()
  })
}

async function refreshAcrossTabs(): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks
  if (!locks) return refreshOnce()
  const before = storedRefresh()
  // Free: refresh now. Held by another tab: it is spending the token this tab would send, so wait
  // for the lock and for its successor to arrive in storage, then refresh with that one.
  const now = await locks.request('ov-refresh', { ifAvailable: true }, (lock) => (lock ? refreshOnce() : null))
  if (now !== null) return now
  return locks.request('ov-refresh', async () => {
    await storedTokenChanges(before, 2000)
    return refreshOnce()
  })
}

/** Get a new access token with the stored refresh token; false when the session is gone. */
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
  if (!storedRefresh()) throw new SignInNeeded(lostReason)
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
export async function gql<T>(query: string, variables: object = {}, auth = true): Promise<T> {
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
      const query = `mutation UnsubscribePush($endpoint: String!) { unsubscribePush(endpoint: $endpoint) { removed } }`
      await post(query, { endpoint: subscription.endpoint }, access.token).catch(() => undefined)
    }
    await subscription.unsubscribe()
  } catch {
    /* no service worker or push here */
  }
}

/** Sign out here and on the server (the refresh token's family stops working). */
export async function signOut(): Promise<void> {
  const token = storedRefresh()
  await endPushHere()
  dropSession('none')
  if (!token) return
  try {
    await post(`mutation SignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) { ok } }`, { refreshToken: token })
  } catch {
    /* offline: the token is gone from this device and expires on the server */
  }
}
