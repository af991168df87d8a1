import { deflateSync } from 'node:zlib'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { b64urlBytes, checkToken, signatureValid, type Jwk, type Jwks } from '../src/wallet/jws'

const enc = new TextEncoder()
const b64url = (bytes: Uint8Array | string): string =>
  Buffer.from(typeof bytes === 'string' ? enc.encode(bytes) : bytes).toString('base64url')

interface Signer {
  jwk: Jwk
  sign: (header: object, claims: object) => Promise<string>
}

async function signer(alg: 'EdDSA' | 'ES256', kid: string, iss: string): Promise<Signer> {
  const params = alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: 'P-256' }
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey)
  const jwk: Jwk = { kty: pub.kty as string, crv: pub.crv, x: pub.x, ...(pub.y ? { y: pub.y } : {}), kid, alg, iss }
  const sign = async (header: object, claims: object) => {
    const input = `${b64url(JSON.stringify({ alg, kid, ...header }))}.${b64url(JSON.stringify(claims))}`
    const algorithm = alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' }
    const sig = new Uint8Array(await crypto.subtle.sign(algorithm, pair.privateKey, enc.encode(input)))
    return `${input}.${b64url(sig)}`
  }
  return { jwk, sign }
}

const now = () => Math.floor(Date.now() / 1000)
let issuer: Signer
let platform: Signer
let jwks: Jwks
let statusList: string | null

/** The server's /wallet/jwks.json and /wallet/status-list, and an empty Cache Storage. */
function serve(): void {
  vi.stubGlobal('fetch', (url: string) => {
    if (url === '/wallet/jwks.json') return Promise.resolve(new Response(JSON.stringify(jwks)))
    if (url === '/wallet/status-list' && statusList) return Promise.resolve(new Response(statusList))
    return Promise.resolve(new Response('', { status: 404 }))
  })
  const store = new Map<string, Response>()
  vi.stubGlobal('caches', {
    open: () =>
      Promise.resolve({
        match: (url: string) => Promise.resolve(store.get(url)?.clone()),
        put: (url: string, res: Response) => Promise.resolve(void store.set(url, res)),
      }),
  })
}

/** A signed status list: 2 bits per licence (1 revoked, 2 suspended), zlib, base64url. */
async function signedStatus(codes: Record<number, number>): Promise<string> {
  const bits = new Uint8Array(16)
  for (const [index, code] of Object.entries(codes)) bits[Number(index) >> 2] |= code << (2 * (Number(index) & 3))
  const lst = b64url(deflateSync(bits))
  return platform.sign({ typ: 'statuslist+jwt' }, { iss: 'onevisit', iat: now(), exp: now() + 3600, status_list: { bits: 2, lst } })
}

const licence = (claims: object = {}) =>
  issuer.sign({ typ: 'ovl' }, { iss: 'gongan', lt: 'ID', no: '110***', iat: now(), exp: now() + 600, ...claims })

beforeEach(async () => {
  issuer = await signer('EdDSA', 'k-ga', 'gongan')
  platform = await signer('ES256', 'k-ov', 'onevisit')
  jwks = { keys: [issuer.jwk, platform.jwk], issuers: { gongan: ['公安局', 'Police'] }, types: {}, fields: {} }
  statusList = null
  serve()
})

describe('b64urlBytes', () => {
  it('decodes unpadded base64url', () => {
    expect([...b64urlBytes('_-8')]).toEqual([0xff, 0xef])
  })
})

describe('signatureValid', () => {
  it('verifies EdDSA and ES256 signatures and refuses tampered tokens', async () => {
    const ed = await licence()
    expect(await signatureValid(ed, issuer.jwk)).toBe(true)
    const es = await platform.sign({ typ: 'x' }, { a: 1 })
    expect(await signatureValid(es, platform.jwk)).toBe(true)
    const [h, , sig] = ed.split('.')
    expect(await signatureValid(`${h}.${b64url('{"iss":"gongan","lt":"FAKE"}')}.${sig}`, issuer.jwk)).toBe(false)
    expect(await signatureValid(ed, { ...issuer.jwk, alg: 'RS256' })).toBe(false)
  })
})

describe('checkToken', () => {
  it('finds a licence signed by a known issuer valid', async () => {
    const checked = await checkToken(await licence())
    expect(checked.verdict).toBe('valid')
    expect(checked.claims?.lt).toBe('ID')
    expect(checked.status).toBe('unchecked') // no status index: nothing to look up
  })

  it('calls anything that is not a compact licence JWS malformed', async () => {
    expect((await checkToken('not a token')).verdict).toBe('malformed')
    expect((await checkToken(`${b64url('{"alg":"none","typ":"ovl"}')}.e30.`)).verdict).toBe('malformed')
    const other = await issuer.sign({ typ: 'JWT' }, { iss: 'gongan' })
    expect((await checkToken(other)).verdict).toBe('malformed')
  })

  it('refuses a forged signature and an unknown or mismatched issuer', async () => {
    const stranger = await signer('EdDSA', 'k-ga', 'gongan') // same kid, other key
    expect((await checkToken(await stranger.sign({ typ: 'ovl' }, { iss: 'gongan', lt: 'ID' }))).verdict).toBe('bad_signature')
    const unknown = await signer('EdDSA', 'k-unknown', 'gongan')
    expect((await checkToken(await unknown.sign({ typ: 'ovl' }, { iss: 'gongan' }))).verdict).toBe('unknown_issuer')
    expect((await checkToken(await licence({ iss: 'someone-else' }))).verdict).toBe('unknown_issuer')
    // the platform's own key signs status lists, never licences
    expect((await checkToken(await platform.sign({ typ: 'ovl' }, { iss: 'onevisit' }))).verdict).toBe('unknown_issuer')
  })

  it('says expired past the QR’s lifetime (with 30 s of leeway)', async () => {
    expect((await checkToken(await licence({ exp: now() - 10 }))).verdict).toBe('valid')
    expect((await checkToken(await licence({ exp: now() - 120 }))).verdict).toBe('expired')
  })

  it('reads revoked and suspended from the signed status list', async () => {
    statusList = await signedStatus({ 5: 1, 6: 2 })
    const revoked = await checkToken(await licence({ si: 5 }))
    expect(revoked).toMatchObject({ verdict: 'revoked', status: 'online' })
    expect((await checkToken(await licence({ si: 6 }))).verdict).toBe('suspended')
    expect((await checkToken(await licence({ si: 7 }))).verdict).toBe('valid')
  })

  it('ignores a status list that is not signed by the platform', async () => {
    const [h, p] = (await signedStatus({ 5: 1 })).split('.')
    statusList = `${h}.${p}.${b64url(new Uint8Array(64))}`
    expect(await checkToken(await licence({ si: 5 }))).toMatchObject({ verdict: 'valid', status: 'unchecked' })
  })

  it('works offline with the keys and status list saved on an earlier visit', async () => {
    statusList = await signedStatus({ 5: 1 })
    const token = await licence({ si: 5 })
    expect((await checkToken(token)).verdict).toBe('revoked') // online: both saved
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
    expect(await checkToken(token)).toMatchObject({ verdict: 'revoked', status: 'saved' })
  })

  it('says so when it has no keys at all', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
    expect((await checkToken(await licence())).verdict).toBe('no_keys')
  })
})
