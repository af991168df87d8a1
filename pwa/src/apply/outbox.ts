/**
 * The outbox: submissions made without a connection, kept in IndexedDB until they can be sent.
 *
 * - Each keeps the idempotency key its form was given, so sending it again (a retry, another tab,
 *   a response lost on the way back) returns the application the first attempt created: exactly once.
 * - Files not yet uploaded are kept as Blobs and uploaded first.
 * - Sent from the page, with the page's session (the service worker never sees a token): on the
 *   `online` event, when the app starts, and when the service worker's Background Sync fires (it
 *   asks open pages to flush). The main bundle learns whether there is anything to send from a
 *   count in localStorage (FLAG), without opening the database.
 * - Each belongs to the person who made it: another person signed in on the same device never
 *   sends it (nor sees it).
 */
import { SignInNeeded } from '../shared/session'
import { type Application, type ApplicationError, type ApplicationInput, isError, me, submitApplication } from './api'
import { isTransient, upload, UploadRefused } from './upload'

const DB_NAME = 'ov-apply'
const STORE = 'outbox'
/** Read by the main bundle (src/apply/hook.ts): keep in step. */
const FLAG = 'ov.outbox'
const SYNC_TAG = 'ov-outbox'

export interface PendingFile {
  material: string
  blob: Blob
  name: string
}

export interface Outgoing {
  key: string
  userId: string
  code: string
  name: string
  input: ApplicationInput
  files: PendingFile[]
  queuedAt: string
  state: 'waiting' | 'failed'
  error?: Pick<ApplicationError, 'code' | 'message' | 'messageEn' | 'problems'>
}

export interface OutboxEvent {
  key: string
  application?: Application
  error?: Outgoing['error']
}

let db: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  }).catch((err) => {
    db = null
    throw err
  })
  return db
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const store = (await open()).transaction(STORE, mode).objectStore(STORE)
  return new Promise<T>((resolve, reject) => {
    const req = run(store)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

export const all = (): Promise<Outgoing[]> => tx('readonly', (s) => s.getAll() as IDBRequest<Outgoing[]>)
export const get = (key: string): Promise<Outgoing | undefined> => tx('readonly', (s) => s.get(key) as IDBRequest<Outgoing | undefined>)

async function countWaiting(): Promise<void> {
  try {
    const n = (await all()).filter((o) => o.state === 'waiting').length
    if (n) localStorage.setItem(FLAG, String(n))
    else localStorage.removeItem(FLAG)
  } catch {
    /* storage unavailable */
  }
}

function emit(detail: OutboxEvent | null): void {
  window.dispatchEvent(new CustomEvent('ov-outbox', { detail }))
}

export async function put(o: Outgoing): Promise<void> {
  await tx('readwrite', (s) => s.put(o))
  await countWaiting()
}

export async function remove(key: string): Promise<void> {
  await tx('readwrite', (s) => s.delete(key))
  await countWaiting()
  emit({ key })
}

/** Keep a submission to send later, and ask the service worker to wake us when online. */
export async function enqueue(o: Outgoing): Promise<void> {
  await put(o)
  emit(null)
  try {
    const reg = await navigator.serviceWorker?.getRegistration()
    if (reg && 'sync' in reg) await (reg.sync as { register(tag: string): Promise<void> }).register(SYNC_TAG)
  } catch {
    /* no Background Sync: the online event and the next start do it */
  }
  scheduleRetry()
}

/** The outbox of the signed-in person (and of nobody else), oldest first. */
export async function mine(userId: string): Promise<Outgoing[]> {
  try {
    return (await all()).filter((o) => o.userId === userId).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt))
  } catch {
    return []
  }
}

let retry = 0
let delay = 15_000

function scheduleRetry(): void {
  window.clearTimeout(retry)
  retry = window.setTimeout(() => void flush(), delay)
}

async function sendOne(o: Outgoing): Promise<boolean> {
  // Files chosen without a connection: upload them first, remembering each as it is done.
  while (o.files.length) {
    const f = o.files[0]
    const up = await upload(f.blob, f.name)
    o.input.materials = [...o.input.materials.filter((m) => m.material !== f.material), { material: f.material, upload: up.id }]
    o.files = o.files.slice(1)
    await put(o)
  }
  const result = await submitApplication({ ...o.input, idempotencyKey: o.key })
  if (isError(result)) {
    o.state = 'failed'
    o.error = { code: result.code, message: result.message, messageEn: result.messageEn, problems: result.problems }
    await put(o)
    emit({ key: o.key, error: o.error })
    return true
  }
  await tx('readwrite', (s) => s.delete(o.key))
  await countWaiting()
  emit({ key: o.key, application: result.application })
  return true
}

async function run(): Promise<void> {
  let waiting = (await all()).filter((o) => o.state === 'waiting')
  if (!waiting.length) return void (await countWaiting())
  if (navigator.onLine === false) return
  let userId: string
  try {
    userId = await me() // also refreshes the session
  } catch (err) {
    if (!(err instanceof SignInNeeded)) scheduleRetry()
    return
  }
  waiting = waiting.filter((o) => o.userId === userId)
  for (const o of waiting) {
    try {
      await sendOne(o)
    } catch (err) {
      if (err instanceof UploadRefused) {
        o.state = 'failed'
        o.error = { code: err.code, message: err.zh, messageEn: err.en, problems: [] }
        await put(o)
        emit({ key: o.key, error: o.error })
        continue
      }
      if (isTransient(err)) {
        delay = Math.min(delay * 2, 5 * 60_000)
        scheduleRetry()
      }
      return // offline again, signed out, or the server is down: later
    }
  }
  delay = 15_000
}

let running: Promise<void> | null = null

/**
 * Send what is waiting. One run at a time in this page, and across tabs (Web Locks); even two runs
 * at once would create one application per key.
 */
export function flush(): Promise<void> {
  if (!running) {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks
    const go = locks ? locks.request('ov-outbox', run) : run()
    running = Promise.resolve(go)
      .catch(() => undefined)
      .finally(() => {
        running = null
      })
  }
  return running
}
