/**
 * The main bundle's side of the visit screens (index.html only; guide.html has none of it): their
 * routes (/appointments, /report, /cases), loading their chunk on first use, and the links that
 * lead there — "预约办理" under an item guide's apply button (items handled at a window), "办不成事？
 * 反映问题" at the end of every guide, and the same in the footer. The links are added to the page
 * once drawn, so the guide views (and guide.html, what a hall QR code opens) stay as they are.
 *
 * Nothing here may be imported by the chunk (plugins/lazy-chunk.ts): it is only reached through the
 * virtual module's URL, and the few strings are here rather than in i18n.ts (which guide.html carries).
 */
import { url as visitChunk } from 'virtual:lazy/visit'
import { query } from '../api'
import { chunkKit } from '../chunk-kit'
import type * as VisitChunk from './index'
import { esc } from '../dom'
import { prefs } from '../prefs'
import { addAccountRoutes, type Route } from '../router'
import type { View } from '../views/view'

const PATHS = /^\/(?:appointments|report|cases|hall\/[A-Za-z0-9]{1,8}(?:\/display|\/desk)?)\/?$/
addAccountRoutes(PATHS)

export const isVisitPath = (path: string): boolean => PATHS.test(path)

export const visitView = (route: Route): Promise<View> =>
  import(/* @vite-ignore */ visitChunk).then((m: typeof VisitChunk) =>
    m.visitView(route, chunkKit),
  )

const en = (): boolean => prefs.lang === 'en'
const REPORT = (): string => (en() ? "Can't get it done? Report a problem" : '办不成事？反映问题')

/** A guide page with its links to booking a visit and reporting a problem. */
export async function withVisitLinks(route: Route, view: View): Promise<View> {
  if (route.name !== 'guide') return view
  let g
  try {
    g = (await query('Guide', { code: route.code })).data.guide // the answer just drawn, from memory
  } catch {
    return view
  }
  if (g.__typename === 'NotFound') return view
  const code = encodeURIComponent(g.code)
  const book = g.__typename === 'ServiceItem' && g.channels.includes('WINDOW')
  const mount = view.mount
  return {
    ...view,
    mount: (root) => {
      mount?.(root)
      const article = root.querySelector('article.guide')
      if (book) {
        root.querySelector('#apply')?.parentElement?.insertAdjacentHTML(
          'afterend',
          `<p><a class="btn alt block" id="book" href="/appointments?item=${esc(code)}">${en() ? 'Book a visit' : '预约办理'}</a></p>`,
        )
      }
      article?.insertAdjacentHTML('beforeend', `<p class="report-line"><a id="report-problem" href="/report?code=${esc(code)}">${esc(REPORT())}</a></p>`)
    },
  }
}

/** "办不成事？反映问题" in the footer of every page of index.html, in the page's language. */
function footerLink(): void {
  const foot = document.getElementById('foot')
  if (!foot) return
  const link = Object.assign(document.createElement('a'), { id: 'foot-report', href: '/report' })
  const line = document.createElement('p')
  line.append(link)
  foot.after(line)
  const paint = () => {
    link.textContent = REPORT()
  }
  // Each page drawn repaints the footer's text (shell.ts): the language may have changed.
  new MutationObserver(paint).observe(foot, { childList: true })
  paint()
}

footerLink()
