/**
 * The main bundle's part of the inbox (index.html only; guide.html has none of it): the unread
 * count on 我的 in the navigation, kept fresh without drawing any inbox screen.
 *
 * - The count is what the inbox chunk last learnt (localStorage, src/inbox/api.ts writes it), shown
 *   only while a session is stored; the chunk is loaded to ask the server once the page has
 *   loaded, when a push arrives (the service worker tells its pages), after a sign-in, and when the
 *   app comes back to the foreground after a while.
 * - The badge is a pseudo-element positioned over the link, so the header keeps its height (also
 *   in 关怀版); screen readers get the count as the link's description.
 * - /inbox is drawn by the chunk (route registered here, like src/apply/hook.ts).
 * - Nothing from the chunks is imported here (plugins/lazy-chunk.ts): keys are repeated.
 */
import { url as inboxChunk } from 'virtual:lazy/inbox'
import { chunkKit } from '../chunk-kit'
import type * as InboxChunk from './index'
import { addAccountRoutes, type Route } from '../router'
import type { View } from '../views/view'

const UNREAD_KEY = 'ov.unread' // src/inbox/api.ts
const UNREAD_EVENT = 'ov:unread' // src/inbox/api.ts
const SESSION_KEY = 'ov.session' // src/shared/session.ts
const STALE_MS = 60_000
const CSS =
  '#nav-me{position:relative}' +
  '#nav-me[data-unread]::after{content:attr(data-unread);content:attr(data-unread)/"";position:absolute;top:.15rem;right:-.2rem;' +
  'min-width:1.25rem;height:1.25rem;padding:0 .3rem;box-sizing:border-box;border-radius:.625rem;background:#c81e1e;color:#fff;' +
  'font-size:.75rem;font-weight:700;line-height:1.25rem;text-align:center;pointer-events:none}' +
  '.care #nav-me[data-unread]::after{top:0;right:-.8rem}' // 关怀版: bigger text, narrower padding

const PATHS = /^\/inbox\/?$/
addAccountRoutes(PATHS)

export const isInboxPath = (path: string): boolean => PATHS.test(path)

type Chunk = typeof InboxChunk
let chunk: Promise<Chunk> | null = null

function load(): Promise<Chunk> {
  chunk ??= import(/* @vite-ignore */ inboxChunk).catch((err) => {
    chunk = null
    throw err
  })
  return chunk
}

export const inboxView = (route: Route): Promise<View> =>
  load().then((m) => m.inboxScreen(route, chunkKit))

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function startBadge(): void {
  const me = document.getElementById('nav-me')
  if (!me) return
  const sheet = new CSSStyleSheet() // not a <style>: see src/shared/stylesheet.ts
  sheet.replaceSync(CSS)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  const description = Object.assign(document.createElement('span'), { id: 'nav-unread', hidden: true })
  document.body.append(description)

  let signedIn = !!read(SESSION_KEY)
  let checkedAt = 0

  const refresh = (): void => {
    if (!read(SESSION_KEY)) return
    checkedAt = Date.now()
    load()
      .then((m) => m.refreshUnread())
      .catch(() => {
        /* offline: the badge keeps the last count */
      })
  }

  const paint = (): void => {
    const nowSignedIn = !!read(SESSION_KEY)
    if (!nowSignedIn && read(UNREAD_KEY)) {
      try {
        localStorage.removeItem(UNREAD_KEY) // signed out: the next person must not see this count
      } catch {
        /* shown only while signed in anyway */
      }
    }
    const count = nowSignedIn ? Number(read(UNREAD_KEY)) || 0 : 0
    if (count > 0) {
      me.dataset.unread = count > 99 ? '99+' : String(count)
      const en = document.documentElement.lang === 'en'
      description.textContent = en ? `${count} unread message${count === 1 ? '' : 's'}` : `${count} 条未读消息`
      me.setAttribute('aria-describedby', description.id)
    } else {
      delete me.dataset.unread
      me.removeAttribute('aria-describedby')
    }
    if (nowSignedIn && !signedIn) refresh() // just signed in (or another tab did)
    signedIn = nowSignedIn
  }

  // Each page drawn repaints the navigation (shell.ts sets its text): sign-in, sign-out, language.
  new MutationObserver(paint).observe(me, { childList: true })
  window.addEventListener(UNREAD_EVENT, paint)
  window.addEventListener('storage', (e) => {
    if (e.key === UNREAD_KEY || e.key === SESSION_KEY || e.key === null) paint()
  })
  navigator.serviceWorker?.addEventListener('message', (e: MessageEvent) => {
    if ((e.data as { type?: string } | null)?.type === 'ov-push') refresh()
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - checkedAt > STALE_MS) refresh()
  })
  paint()
  if (signedIn && location.pathname !== '/inbox') {
    const later = () => window.setTimeout(refresh, 1000)
    if (document.readyState === 'complete') later()
    else window.addEventListener('load', later, { once: true })
  }
}

startBadge()
