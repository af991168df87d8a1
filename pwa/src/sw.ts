/// <reference lib="webworker" />
/**
 * Service worker (vite-plugin-pwa, injectManifest).
 *
 * - app shell precached (index.html, JS, manifest, icons);
 * - navigations to app routes: network first with a short timeout, since the
 *   server injects the guide's data into index.html for /g/<CODE>; offline or
 *   slow → the precached shell, and the page fetches its data (from the cache);
 * - persisted GraphQL GETs: network first (3 s), then the saved copy, marked
 *   with a header so the page can say it is offline;
 * - QR images /q/*.svg: cache first;
 * - Web Push: shows the notification; a tap focuses or opens the page it is about (end of file).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { FROM_CACHE_HEADER, GRAPHQL_CACHE, QR_CACHE } from './cache-names'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] }

const APP_ROUTE = /^\/(?:g\/[^/]+\/?|tree\/?|search\/?|signin|signup|enroll|me|consents|access-log|helper(?:\/consent)?|help|consent\/[^/]*|wallet|verify|inbox)?$/ // same as router.ts APP_PATH
const APPLY_ROUTE = /^\/(?:apply\/[^/]+|applications(?:\/[^/]+)?|track)\/?$/ // same as src/apply/hook.ts
const VISIT_ROUTE = /^\/(?:appointments|report|cases)\/?$/ // same as src/visit/hook.ts
const NAVIGATION_TIMEOUT_MS = 2500
const DAY = 24 * 60 * 60

void self.skipWaiting()
clientsClaim()
// Navigation preload: the page request starts while the worker boots.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.registration.navigationPreload?.enable() ?? Promise.resolve())
})

// Registered before the precache route so it wins for navigations to "/" too.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    url.origin === self.location.origin &&
    (APP_ROUTE.test(url.pathname) || APPLY_ROUTE.test(url.pathname) || VISIT_ROUTE.test(url.pathname)),
  async ({ request, event }) => {
    const shell = () => matchPrecache('/index.html')
    const preload = (event as FetchEvent).preloadResponse?.catch(() => undefined)
    if (!self.navigator.onLine) {
      const cached = await shell()
      if (cached) return cached
    }
    try {
      const res = await Promise.race([
        (async () => ((await preload) as Response | undefined) ?? fetch(request))(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), NAVIGATION_TIMEOUT_MS)),
      ])
      if (res.status < 500) return res
    } catch {
      /* offline or too slow */
    }
    return (await shell()) ?? Response.error()
  },
)

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

/** Marks responses that come from the cache rather than the network. */
const markFromCache: WorkboxPlugin = {
  cachedResponseWillBeUsed: ({ cachedResponse }) => {
    if (!cachedResponse) return Promise.resolve(null)
    const headers = new Headers(cachedResponse.headers)
    headers.set(FROM_CACHE_HEADER, '1')
    return Promise.resolve(new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers }))
  },
}

registerRoute(
  ({ request, url }) =>
    request.method === 'GET' && url.origin === self.location.origin && url.pathname === '/graphql' && url.searchParams.has('extensions'),
  new NetworkFirst({
    cacheName: GRAPHQL_CACHE,
    networkTimeoutSeconds: 3,
    plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY }), markFromCache],
  }),
)

registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/q\/[^/]+\.svg$/.test(url.pathname),
  new CacheFirst({
    cacheName: QR_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY })],
  }),
)

// Background Sync (src/apply/outbox.ts registers 'ov-outbox' when a submission is saved offline):
// the pages send it, with their session; the worker holds no token, it only tells them it is time.
self.addEventListener('sync', (event) => {
  const e = event as ExtendableEvent & { tag?: string }
  if (e.tag !== 'ov-outbox') return
  e.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((pages) => {
      for (const page of pages) page.postMessage({ type: 'ov-outbox' })
    }),
  )
})

// --- Web Push ------------------------------------------------------------------------------------
// The payload (notifications/channels.py push_data, decrypted by the browser):
// {title, body, url, kind, tag, messageId}. The tag is per application, so a newer message about the
// same application replaces the older one; urgent kinds alert again when they do (renotify).

/** Kinds the server sends with Urgency: high (notifications/templates.py). */
const URGENT_KINDS = new Set(['correction_needed', 'ready_for_pickup', 'deferred_material_due', 'task_overdue'])

interface PushPayload {
  title?: string
  body?: string
  url?: string
  kind?: string
  tag?: string
  messageId?: string
}

/** A path of this site to open; anything else (another origin, nothing) opens the inbox. */
function pushTarget(url: unknown): string {
  try {
    const u = new URL(typeof url === 'string' && url ? url : '/inbox', self.location.origin)
    return u.origin === self.location.origin ? u.pathname + u.search + u.hash : '/inbox'
  } catch {
    return '/inbox'
  }
}

self.addEventListener('push', (event) => {
  let data: PushPayload = {}
  try {
    data = (event.data?.json() ?? {}) as PushPayload
  } catch {
    data = { body: event.data?.text() ?? '' }
  }
  const urgent = URGENT_KINDS.has(data.kind ?? '')
  const url = pushTarget(data.url)
  // renotify, vibrate and timestamp are missing from TypeScript's NotificationOptions
  const options: NotificationOptions & { renotify?: boolean; vibrate?: number[]; timestamp?: number } = {
    body: data.body ?? '',
    icon: '/icons/icon-192.png',
    tag: data.tag || undefined,
    renotify: urgent && !!data.tag, // needs a tag
    vibrate: urgent ? [200, 100, 200] : undefined,
    timestamp: Date.now(),
    data: { url, kind: data.kind ?? '', messageId: data.messageId ?? '' },
  }
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(data.title || '一次办', options),
      // open pages refresh the unread count and the inbox (src/inbox/hook.ts, src/inbox/view.ts)
      self.clients.matchAll({ type: 'window' }).then((pages) => {
        for (const page of pages) page.postMessage({ type: 'ov-push', kind: data.kind ?? '', url })
      }),
    ]),
  )
})

/** Focus a window of the app already showing the page of `path` (whatever its query), else open one. */
async function openPage(path: string): Promise<WindowClient | null> {
  const target = new URL(path, self.location.origin)
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const showing = windows.find((w) => {
    const u = new URL(w.url)
    return u.origin === target.origin && u.pathname === target.pathname
  })
  if (showing) return showing.focus().catch(() => showing)
  return self.clients.openWindow(target.href)
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(openPage(pushTarget((event.notification.data as { url?: unknown } | null)?.url)))
})
