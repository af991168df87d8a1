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
 * - QR images /q/*.svg: cache first.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { FROM_CACHE_HEADER, GRAPHQL_CACHE, QR_CACHE } from './cache-names'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] }

const APP_ROUTE = /^\/(?:g\/[^/]+\/?|tree\/?|search\/?|signin|signup|enroll|me|consents|access-log|helper\/consent|consent\/[^/]*)?$/ // same as router.ts APP_PATH
const NAVIGATION_TIMEOUT_MS = 2500
const DAY = 24 * 60 * 60

self.skipWaiting()
clientsClaim()
// Navigation preload: the page request starts while the worker boots.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.registration.navigationPreload?.enable() ?? Promise.resolve())
})

// Registered before the precache route so it wins for navigations to "/" too.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && APP_ROUTE.test(url.pathname),
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
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return null
    const headers = new Headers(cachedResponse.headers)
    headers.set(FROM_CACHE_HEADER, '1')
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers })
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
