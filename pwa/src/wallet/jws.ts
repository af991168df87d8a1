/**
 * Checking a licence QR on this device: a compact JWS (EdDSA/Ed25519 or ES256) verified with WebCrypto
 * against the issuer keys of /wallet/jwks.json, which are kept in Cache Storage so that it works
 * offline after the first visit. Online, the signed status list (/wallet/status-list: 2 bits per
 * licence, zlib, base64url) says whether the licence was revoked or suspended; a saved list is used
 * offline while it is valid (exp). Claims: see api/wallet/services.py.
 */

export type Verdict =
  | 'valid'
  | 'expired'
  | 'bad_signature'
  | 'unknown_issuer'
  | 'revoked'
  | 'suspended'
  | 'malformed'
  | 'no_keys'

export interface Jwk {
  kty: string
  crv?: string
  x?: string
  y?: string
  kid: string
  alg: string
  iss: string
}

export interface Jwks {
  keys: Jwk[]
  issuers: Record<string, [string, string]>
  types: Record<string, [string, string]>
  fields: Record<string, [string, string]>
  /** Labels by licence type and field key; labels of choice values by field key (the catalogue's). */
  typeFields?: Record<string, Record<string, [string, string]>>
  values?: Record<string, Record<string, [string, string]>>
}

export interface Claims {
  iss: string
  lt: string
  no?: string
  nh?: string
  hn?: string
  f?: Record<string, string>
  si?: number
  io?: string
  eo?: string
  iat?: number
  exp?: number
}

export interface Checked {
  verdict: Verdict
  claims?: Claims
  jwks?: Jwks
  /** How revocation was checked: a fresh list, a saved one (with its time), or not at all. */
  status: 'online' | 'saved' | 'unchecked'
  statusAt?: number
}

export const WALLET_CACHE = 'ov-wallet-v1'
const JWKS_URL = '/wallet/jwks.json'
const STATUS_URL = '/wallet/status-list'
const PLATFORM = 'onevisit' // the issuer of the status list (api/wallet/keys.py)
const LICENCE_TYP = 'ovl'
const STATUS_TYP = 'statuslist+jwt'
const LEEWAY = 30 // seconds of clock skew, as the server

const utf8 = new TextDecoder()

export function b64urlBytes(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

function json<T>(part: string): T {
  return JSON.parse(utf8.decode(b64urlBytes(part))) as T
}

async function fetchFresh(url: string, timeoutMs = 4000): Promise<Response | null> {
  if (!navigator.onLine) return null
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  try {
    const res = await fetch(url, { signal: abort.signal, cache: 'no-cache' })
    return res.ok ? res : null
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}

async function saved(url: string): Promise<Response | undefined> {
  try {
    return await (await caches.open(WALLET_CACHE)).match(url)
  } catch {
    return undefined
  }
}

async function keep(url: string, body: string, type: string): Promise<void> {
  try {
    const headers = { 'content-type': type, date: new Date().toUTCString() }
    await (await caches.open(WALLET_CACHE)).put(url, new Response(body, { headers }))
  } catch {
    /* storage full or unavailable: online checks still work */
  }
}

/** The issuer keys: from the network when online (and saved), else the saved copy. */
export async function loadJwks(): Promise<Jwks | null> {
  const res = await fetchFresh(JWKS_URL)
  if (res) {
    const text = await res.text()
    try {
      const jwks = JSON.parse(text) as Jwks
      await keep(JWKS_URL, text, 'application/json')
      return jwks
    } catch {
      /* fall back to the saved copy */
    }
  }
  const copy = await saved(JWKS_URL)
  return copy ? ((await copy.json()) as Jwks) : null
}

/** Save the keys and the status list now, so the next check works offline. */
export async function prefetch(): Promise<Jwks | null> {
  const jwks = await loadJwks()
  if (jwks) await statusList(jwks)
  return jwks
}

function algorithmOf(jwk: Jwk): { key: EcKeyImportParams | Algorithm; verify: EcdsaParams | Algorithm } | null {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && jwk.alg === 'EdDSA') {
    return { key: { name: 'Ed25519' }, verify: { name: 'Ed25519' } }
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && jwk.alg === 'ES256') {
    return { key: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } }
  }
  return null
}

/** Whether the JWS signature verifies with ``jwk`` (JOSE ES256 signatures are raw r‖s, as WebCrypto's). */
export async function signatureValid(token: string, jwk: Jwk): Promise<boolean> {
  const alg = algorithmOf(jwk)
  if (!alg) return false
  const [h, p, s] = token.split('.')
  const publicJwk: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y ? { y: jwk.y } : {}) }
  const key = await crypto.subtle.importKey('jwk', publicJwk, alg.key, false, ['verify'])
  let signature: Uint8Array
  try {
    signature = b64urlBytes(s)
  } catch {
    return false
  }
  return crypto.subtle.verify(alg.verify, key, signature as BufferSource, new TextEncoder().encode(`${h}.${p}`))
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

interface StatusList {
  bits: Uint8Array
  at: number
  source: 'online' | 'saved'
}

/** The signed status list: fresh when online (saved for later), else the saved one while it is valid. */
async function statusList(jwks: Jwks): Promise<StatusList | null> {
  let text: string | null
  let source: StatusList['source'] = 'online'
  const res = await fetchFresh(STATUS_URL)
  if (res) text = await res.text()
  else {
    const copy = await saved(STATUS_URL)
    text = copy ? await copy.text() : null
    source = 'saved'
  }
  if (!text) return null
  try {
    const parts = text.split('.')
    const header = json<{ typ?: string; kid?: string }>(parts[0])
    const jwk = jwks.keys.find((k) => k.kid === header.kid && k.iss === PLATFORM)
    if (header.typ !== STATUS_TYP || !jwk || !(await signatureValid(text, jwk))) return null
    const claims = json<{ iss: string; iat: number; exp: number; status_list: { bits: number; lst: string } }>(parts[1])
    if (claims.iss !== PLATFORM || claims.status_list.bits !== 2 || Date.now() / 1000 > claims.exp) return null
    if (source === 'online') await keep(STATUS_URL, text, 'application/statuslist+jwt')
    return { bits: await inflate(b64urlBytes(claims.status_list.lst)), at: claims.iat, source }
  } catch {
    return null
  }
}

function statusAt(bits: Uint8Array, index: number): number {
  const byte = index >> 2
  return byte < bits.length ? (bits[byte] >> (2 * (index & 3))) & 3 : 0
}

/** Check a scanned or pasted licence QR. */
export async function checkToken(input: string): Promise<Checked> {
  const token = input.trim()
  const parts = token.split('.')
  const malformed: Checked = { verdict: 'malformed', status: 'unchecked' }
  if (parts.length !== 3) return malformed
  let header: { alg?: string; kid?: string; typ?: string }
  try {
    header = json(parts[0])
  } catch {
    return malformed
  }
  if (header.typ !== LICENCE_TYP || (header.alg !== 'EdDSA' && header.alg !== 'ES256')) return malformed
  const jwks = await loadJwks()
  if (!jwks) return { verdict: 'no_keys', status: 'unchecked' }
  const jwk = jwks.keys.find((k) => k.kid === header.kid && k.iss !== PLATFORM)
  if (!jwk) return { verdict: 'unknown_issuer', status: 'unchecked', jwks }
  if (jwk.alg !== header.alg || !(await signatureValid(token, jwk))) {
    return { verdict: 'bad_signature', status: 'unchecked', jwks }
  }
  let claims: Claims
  try {
    claims = json<Claims>(parts[1])
  } catch {
    return { ...malformed, jwks }
  }
  if (claims.iss !== jwk.iss) return { verdict: 'unknown_issuer', status: 'unchecked', jwks }
  const list = typeof claims.si === 'number' ? await statusList(jwks) : null
  const checked: Checked = {
    verdict: 'valid',
    claims,
    jwks,
    status: list ? list.source : 'unchecked',
    statusAt: list?.at,
  }
  const code = list && typeof claims.si === 'number' ? statusAt(list.bits, claims.si) : 0
  if (code === 1) checked.verdict = 'revoked'
  else if (code === 2) checked.verdict = 'suspended'
  else if (typeof claims.exp === 'number' && Date.now() / 1000 > claims.exp + LEEWAY) checked.verdict = 'expired'
  return checked
}
