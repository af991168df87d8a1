/**
 * The main bundle's side of the application screens (index.html only; guide.html has none of it):
 * their routes, loading their chunk on first use, and sending the outbox — submissions made
 * offline — when the app starts, when the connection comes back, and when the service worker's
 * Background Sync asks. The chunk keeps a count of what waits in localStorage ('ov.outbox', see
 * outbox.ts), so nothing is loaded when there is nothing to send.
 *
 * Nothing here may be imported by the chunk (plugins/lazy-chunk.ts), and the chunk is only reached
 * through the virtual module's URL.
 */
import { url as applyChunk } from 'virtual:lazy/apply'
import { chunkKit } from '../chunk-kit'
import type * as ApplyChunk from './index'
import { addAccountRoutes, type Route } from '../router'
import type { View } from '../views/view'

const PATHS = /^\/(?:apply\/[^/]+|applications(?:\/[^/]+)?|track)\/?$/
addAccountRoutes(PATHS)

export const isApplyPath = (path: string): boolean => PATHS.test(path)

type Chunk = typeof ApplyChunk
let chunk: Promise<Chunk> | null = null

function load(): Promise<Chunk> {
  chunk ??= import(/* @vite-ignore */ applyChunk).then(
    (m: Chunk) => {
      m.useKits(chunkKit)
      return m
    },
    (err) => {
      chunk = null
      throw err
    },
  )
  return chunk
}

export const applyView = (route: Route): Promise<View> => load().then((m) => m.applyView(route))

function waiting(): boolean {
  try {
    return Number(localStorage.getItem('ov.outbox') ?? 0) > 0
  } catch {
    return false
  }
}

function flushOutbox(): void {
  if (!waiting() || navigator.onLine === false) return
  load()
    .then((m) => m.flushOutbox())
    .catch(() => {
      /* tried again on the next occasion */
    })
}

window.addEventListener('online', flushOutbox)
navigator.serviceWorker?.addEventListener('message', (e: MessageEvent) => {
  if ((e.data as { type?: string } | null)?.type === 'ov-outbox') flushOutbox()
})
if (document.readyState === 'complete') window.setTimeout(flushOutbox, 500)
else window.addEventListener('load', () => window.setTimeout(flushOutbox, 500), { once: true })
