/** The page frame from index.html: header toggles, navigation, footer, offline banner. */
import { t } from './i18n'
import { prefs, setCare, setLang } from './prefs'
import type { Route } from './router'

const $ = (id: string) => document.getElementById(id)

let servedFromCache = false

function paintOffline(): void {
  const el = $('offline')
  if (!el) return
  const show = !navigator.onLine || servedFromCache
  el.textContent = show ? t().offline : ''
  el.classList.toggle('on', show)
}

/** Tell the banner whether the page's data came from a saved copy. */
export function setFromCache(fromCache: boolean): void {
  servedFromCache = fromCache
  paintOffline()
}

/** Texts of the frame in the current language. */
export function paintShell(current: Route['name']): void {
  const s = t()
  const set = (id: string, text: string) => {
    const el = $(id)
    if (el) el.textContent = text
  }
  set('skip', s.skip)
  set('nav-home', s.navHome)
  set('nav-tree', s.navTree)
  set('nav-search', s.navSearch)
  set('nav-me', s.navMe)
  set('foot', s.footer)
  set('brand-name', s.appName)
  $('nav')?.setAttribute('aria-label', s.navLabel)
  const lang = $('lang')
  if (lang) {
    lang.textContent = s.switchLang
    lang.setAttribute('lang', prefs.lang === 'en' ? 'zh-CN' : 'en')
  }
  const care = $('care')
  if (care) {
    care.textContent = s.care
    care.setAttribute('aria-pressed', String(prefs.care))
  }
  const here = { home: 'nav-home', tree: 'nav-tree', search: 'nav-search', account: 'nav-me' } as Record<string, string>
  for (const id of ['nav-home', 'nav-tree', 'nav-search', 'nav-me']) {
    const a = $(id)
    if (!a) continue
    if (here[current] === id) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  paintOffline()
}

/** Wire the header buttons; `rerender` redraws the page after a change. */
export function initShell(rerender: () => void): void {
  $('lang')?.addEventListener('click', () => {
    setLang(prefs.lang === 'en' ? 'zh-CN' : 'en')
    rerender()
  })
  $('care')?.addEventListener('click', () => {
    setCare(!prefs.care)
    rerender()
  })
  window.addEventListener('online', paintOffline)
  window.addEventListener('offline', paintOffline)
}
