/**
 * GraphQL client for the public persisted queries.
 *
 * GET /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":…}}&variables=…
 * Hashes come from the build (virtual:persisted-queries); variables are written
 * with keys in the order the document declares them and null/undefined left
 * out, so one question always has one URL (one HTTP / service-worker cache key).
 */
import { ops } from 'virtual:persisted-queries'
import { FROM_CACHE_HEADER, GRAPHQL_CACHE } from './cache-names'
import type { OpName, Operations } from './types'

export type Vars<K extends OpName> = Operations[K][0]
export type Data<K extends OpName> = Operations[K][1]

export interface Result<T> {
  data: T
  /** Served from a saved copy (service worker cache or Cache Storage), not the network. */
  fromCache: boolean
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
  ) {
    super(message)
  }
}

export function canonicalVariables(op: OpName, vars: object): string {
  const source = vars as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of ops[op].vars) {
    const value = source[key]
    if (value !== undefined && value !== null) out[key] = value
  }
  return JSON.stringify(out)
}

export function queryUrl<K extends OpName>(op: K, vars: Vars<K>): string {
  const extensions = `{"persistedQuery":{"version":1,"sha256Hash":"${ops[op].hash}"}}`
  return `/graphql?extensions=${encodeURIComponent(extensions)}&variables=${encodeURIComponent(canonicalVariables(op, vars))}`
}

/** Results already in hand this session (reused on re-render, back/forward), for a minute. */
const FRESH_MS = 60_000
const memo = new Map<string, { at: number; result: Result<unknown> }>()

function remember<T>(url: string, result: Result<T>): Result<T> {
  memo.set(url, { at: Date.now(), result })
  return result
}

async function savedCopy(url: string): Promise<Response | undefined> {
  if (!('caches' in window)) return undefined
  try {
    return await caches.match(url, { cacheName: GRAPHQL_CACHE })
  } catch {
    return undefined
  }
}

async function decode<T>(res: Response): Promise<T> {
  let body: { data?: T | null; errors?: { message: string }[] }
  try {
    body = (await res.json()) as typeof body
  } catch {
    throw new ApiError(`HTTP ${res.status}`, false)
  }
  if (body.data) return body.data
  throw new ApiError(body.errors?.map((e) => e.message).join('; ') || `HTTP ${res.status}`, false)
}

/** `reuse: false` asks the network (or the service worker) even for a result in hand. */
export async function query<K extends OpName>(op: K, vars: Vars<K>, { reuse = true } = {}): Promise<Result<Data<K>>> {
  const url = queryUrl(op, vars)
  const hit = memo.get(url)
  if (reuse && hit && Date.now() - hit.at < FRESH_MS) return hit.result as Result<Data<K>>

  let res: Response | undefined
  try {
    res = await fetch(url)
  } catch {
    res = undefined // offline, or the server is unreachable
  }
  if (!res || res.status >= 500) {
    // No service worker (or it had nothing): try the saved copy ourselves.
    const saved = await savedCopy(url)
    if (saved) return remember(url, { data: await decode<Data<K>>(saved), fromCache: true })
    throw new ApiError(res ? `HTTP ${res.status}` : 'offline', !res)
  }
  const data = await decode<Data<K>>(res)
  return remember(url, { data, fromCache: res.headers.get(FROM_CACHE_HEADER) === '1' })
}

/**
 * Keep a result obtained another way (the server's preload, or an item seen
 * inside a bundle) as if it had been fetched: in memory, and in the cache the
 * service worker falls back to, so the guide opens again offline.
 */
export function prime<K extends OpName>(op: K, vars: Vars<K>, data: Data<K>, overwrite = true): void {
  const url = queryUrl(op, vars)
  if (overwrite || !memo.has(url)) remember(url, { data, fromCache: false })
  if (!('caches' in window)) return
  const body = JSON.stringify({ data })
  setTimeout(async () => {
    try {
      const cache = await caches.open(GRAPHQL_CACHE)
      if (!overwrite && (await cache.match(url))) return
      await cache.put(
        url,
        new Response(body, { headers: { 'content-type': 'application/json', date: new Date().toUTCString() } }),
      )
    } catch {
      /* storage full or unavailable: only the memory copy */
    }
  }, 0)
}
