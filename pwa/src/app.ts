/**
 * The app: preferences, server preload, frame, router, rendering, service worker. Two entries start
 * it: main.ts (index.html, every page) and guide-main.ts (guide.html, what a hall QR code opens),
 * which only carries the guide views so that page's HTML stays small (see vite.guide.config.ts).
 */
import { loadStrings } from './i18n'
import { consumePreload } from './preload'
import { apply } from './prefs'
import { APP_PATH, commit, match, navigate, savedScroll, start, type Nav, type NavKind, type Route } from './router'
import { initShell, paintShell, setFromCache } from './shell'
import { registerServiceWorker } from './sw-register'
import { errorView, loadingHtml } from './views/misc'
import type { View, ViewFn } from './views/view'

/**
 * Views by route. A route without one is left to the browser: a full page load, which the server
 * (or the service worker) answers with index.html and all the views.
 */
export type Views = Partial<Record<Route['name'], ViewFn>>

export function startApp(views: Views): void {
  const main = document.getElementById('main') as HTMLElement
  let seq = 0
  let showingError = false

  async function render(nav: Nav): Promise<void> {
    const id = ++seq
    const target = nav.url ? new URL(nav.url, location.href) : location
    const route = match(target.pathname, target.search)
    const viewFn = views[route.name]
    if (!viewFn) {
      if (nav.url) location.assign(nav.url)
      else location.reload()
      return
    }
    // Only show "loading" when it takes a while (no flash for cached answers).
    const slow = window.setTimeout(() => {
      if (id !== seq) return
      main.setAttribute('aria-busy', 'true')
      main.innerHTML = loadingHtml()
    }, 300)
    await loadStrings() // the English ones, the first time (guide.html)
    if (!nav.url && id === seq) paintShell(route.name) // the address is already this page's
    let view: View
    try {
      view = await viewFn(route)
      showingError = false
    } catch (err) {
      view = errorView(err, () => void render({ kind: 'refresh' }))
      showingError = true
    }
    window.clearTimeout(slow)
    if (id !== seq) return // a newer navigation won
    commit(nav)
    paintShell(route.name)
    main.removeAttribute('aria-busy')
    main.innerHTML = view.body.value
    document.title = view.title
    view.mount?.(main)
    setFromCache(!!view.fromCache)
    settle(nav.kind)
  }

  /** Scroll and focus after a render. */
  function settle(kind: NavKind): void {
    if (kind === 'refresh') return // toggles and retries keep the place
    if (kind === 'pop') {
      window.scrollTo(0, savedScroll())
      return
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
    if (target) target.scrollIntoView()
    else if (kind === 'push') window.scrollTo(0, 0)
    if (kind === 'push') {
      // Move focus to the new page's heading, as a page load would reset it.
      main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: !!target })
    }
  }

  /** GET forms to app routes (search, department filter) navigate in place. */
  function onSubmit(e: SubmitEvent): void {
    const form = e.target as HTMLFormElement
    const action = new URL(form.action, location.href)
    if (form.method !== 'get' || action.origin !== location.origin || !APP_PATH.test(action.pathname)) return
    e.preventDefault()
    const params = new URLSearchParams()
    new FormData(form).forEach((value, key) => {
      const v = typeof value === 'string' ? value.trim() : '' // GET forms carry no files
      if (v) params.append(key, v)
    })
    const query = params.toString()
    navigate(action.pathname + (query ? `?${query}` : '') + (form.dataset.hash ? `#${form.dataset.hash}` : ''))
  }

  apply()
  consumePreload()
  initShell(() => void render({ kind: 'refresh' }))
  document.addEventListener('submit', onSubmit)
  window.addEventListener('online', () => {
    if (showingError) void render({ kind: 'refresh' })
  })
  start((nav) => void render(nav))
  registerServiceWorker()
}
