/**
 * Client-side routes on the History API. Links stay real <a href> links; clicks
 * on same-origin links to app routes are handled here without a page load.
 */
export type Route =
  | { name: 'home'; query: URLSearchParams }
  | { name: 'guide'; code: string; query: URLSearchParams }
  | { name: 'tree'; query: URLSearchParams }
  | { name: 'search'; query: URLSearchParams }
  | { name: 'missing'; query: URLSearchParams }
  | { name: 'account'; path: string; query: URLSearchParams }

/** Paths the app (and the service worker's navigation route) handles. */
export const APP_PATH = /^\/(?:g\/[^/]+\/?|tree\/?|search\/?)?$/

/**
 * Routes an entry adds with the views it has (main.ts: the account screens). Elsewhere (guide.html)
 * their links are plain page loads, so the page a QR code opens carries nothing of them.
 */
const added: RegExp[] = []
export function addAccountRoutes(paths: RegExp): void {
  added.push(paths)
}
const isAdded = (path: string): boolean => added.some((re) => re.test(path))

export function match(path: string, search: string): Route {
  const query = new URLSearchParams(search)
  if (path === '/') return { name: 'home', query }
  const g = /^\/g\/([^/]+)\/?$/.exec(path)
  if (g) {
    let code = g[1]
    try {
      code = decodeURIComponent(code)
    } catch {
      /* keep as typed */
    }
    // Codes are upper case (the server reads them that way too).
    return { name: 'guide', code: code.trim().toUpperCase(), query }
  }
  if (/^\/tree\/?$/.test(path)) return { name: 'tree', query }
  if (/^\/search\/?$/.test(path)) return { name: 'search', query }
  if (isAdded(path)) return { name: 'account', path, query }
  return { name: 'missing', query }
}

export type NavKind = 'initial' | 'push' | 'pop' | 'refresh'
/** A navigation to render; for 'push' the URL is committed (see commit) once the page is ready. */
export interface Nav {
  kind: NavKind
  url?: string
  replace?: boolean
}
type Listener = (nav: Nav) => void

let listener: Listener = () => {}

function saveScroll(): void {
  history.replaceState({ ...(history.state ?? {}), y: window.scrollY }, '')
}

/**
 * Go to an app URL. The address changes when the new page is rendered, not
 * before, so the URL always names what is on screen (and a slow answer never
 * shows one page under another's address).
 */
export function navigate(url: string, replace = false): void {
  saveScroll()
  listener({ kind: 'push', url, replace })
}

export function commit(nav: Nav): void {
  if (!nav.url) return
  if (nav.replace) history.replaceState({ y: 0 }, '', nav.url)
  else history.pushState({ y: 0 }, '', nav.url)
}

function onClick(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  const a = (e.target as Element | null)?.closest?.('a')
  if (!a || a.target || a.hasAttribute('download')) return
  const url = new URL(a.href, location.href)
  if (url.origin !== location.origin || !(APP_PATH.test(url.pathname) || isAdded(url.pathname))) return
  e.preventDefault()
  if (url.pathname === location.pathname && url.search === location.search) {
    if (url.hash) location.hash = url.hash // same page: jump to the anchor
    return
  }
  navigate(url.pathname + url.search + url.hash)
}

export function start(onRoute: Listener): void {
  listener = onRoute
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual'
  document.addEventListener('click', onClick)
  window.addEventListener('popstate', () => listener({ kind: 'pop' }))
  onRoute({ kind: 'initial' })
}

/** Scroll position saved for the current history entry (back/forward). */
export function savedScroll(): number {
  const y = (history.state as { y?: number } | null)?.y
  return typeof y === 'number' ? y : 0
}
