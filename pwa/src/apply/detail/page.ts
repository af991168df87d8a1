/**
 * /applications/<id>: the timeline of one application, kept live by the applicationUpdated
 * subscription (a newer version redraws it).
 */
import { SignInNeeded } from '../../shared/session'
import { type View } from '../../views/view'
import { type Application, application as fetchApplication, LIVE, type LiveUpdate } from '../api'
import { html, pick } from '../../shared/kit'
import { s } from '../strings'
import { problemText } from '../../shared/feedback'
import { alertRegion, say, statusRegion } from '../../shared/live'
import { subscribe } from '../ws'
import { pageTitle } from '../../shared/strings'

import { eventHtml } from './timeline'
import { contentHtml, headHtml, dialogHtml, qr } from './panels'
import { mountActions } from './actions'

/** The subscription of the page on screen (one at a time). */
export let live: (() => void) | null = null

/** The progress page while it is open: the application as last drawn, and the corrections chosen. */
export interface Detail {
  root: HTMLElement
  content: HTMLElement
  a: Application
  /** Correction: material → the upload chosen for it. */
  chosen: Map<string, string>
  /** Draw the application again; `announce` says a new state aloud. */
  redraw: (next: Application, announce: boolean) => void
}

/** Draw a newer version of the application. While something is typed or uploaded, only the log changes (unless the state did). */
export function redrawn(detail: Detail, head: HTMLElement, rated: () => ((next: Application) => void) | null): Detail['redraw'] {
  return (next, announce) => {
    const { root, content } = detail
    const before = detail.a.status
    const a = (detail.a = next)
    const active = document.activeElement
    const typing = active && content.contains(active) && (active as HTMLElement).closest('form')
    head.innerHTML = headHtml(a).value
    if (!typing || before !== a.status) {
      content.innerHTML = contentHtml(a).value
      detail.chosen.clear()
    } else {
      const log = content.querySelector('#log')
      const departments = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
      if (log) log.innerHTML = html`${[...a.events].reverse().map((e) => eventHtml(e, departments))}`.value
    }
    if (announce && before !== a.status) say(root, 'status', s().updated(pick(a.statusLabel.zh, a.statusLabel.en)), 'ok')
    rated()?.(a)
  }
}

/** Follow the application live (the server sends it as it is, then on each change) until the page goes. */
export function follow(detail: Detail): void {
  const { root, content } = detail
  const stateLine = root.querySelector<HTMLElement>('#live-state')
  let first = true
  const end: () => void = subscribe<LiveUpdate>(
    LIVE,
    { id: detail.a.id },
    {
      next: (data) => {
        if (!root.contains(content)) return end()
        const announce = !first
        first = false
        if (JSON.stringify(data.applicationUpdated) !== JSON.stringify(detail.a)) detail.redraw(data.applicationUpdated, announce)
      },
      state: (on) => {
        if (!root.contains(content)) return end()
        if (stateLine) stateLine.textContent = on ? s().live : s().liveOff
      },
      error: () => {
        if (stateLine) stateLine.textContent = ''
      },
    },
  )
  live = end
  // Leaving the page ends the subscription.
  const gone = new MutationObserver(() => {
    if (content.isConnected) return
    gone.disconnect()
    end()
  })
  gone.observe(root, { childList: true })
}

export function mount(root: HTMLElement, first: Application, justSent: boolean): void {
  live?.()
  if (justSent) {
    history.replaceState(history.state, '', location.pathname) // a reload is not "just sent"
    // Now is when notifications make sense (progress, corrections, pickup): offer them once.
    void import('../../inbox/push').then((m) => m.offerPush(root.querySelector('#offer-slot'))).catch(() => undefined)
  }
  const content = root.querySelector<HTMLElement>('#content') as HTMLElement
  const head = root.querySelector<HTMLElement>('#head') as HTMLElement
  // 好差评 once the application is done: src/visit/rating.ts, loaded on its own (a chunk of the visit screens).
  let rated: ((next: Application) => void) | null = null
  const detail: Detail = { root, content, a: first, chosen: new Map(), redraw: () => undefined }
  detail.redraw = redrawn(detail, head, () => rated)
  const rateSlot = root.querySelector<HTMLElement>('#rate-slot')
  if (rateSlot) void import('../../visit/rating').then((m) => (rated = m.mountRating(rateSlot, first))).catch(() => undefined)
  follow(detail)
  mountActions(detail)
}

export async function detailPage(id: string, query: URLSearchParams): Promise<View> {
  const t = s()
  let a: Application
  try {
    ;[a] = await Promise.all([
      fetchApplication(id),
      qr.svg ? null : import('../../account/qr').then((m) => (qr.svg = m.qrSvg)).catch(() => null),
    ])
  } catch (err) {
    if (err instanceof SignInNeeded) throw err
    return {
      title: pageTitle(t.detailTitle),
      body: html`<h1 tabindex="-1">${t.detailTitle}</h1><p class="notice">${problemText(err)}</p><p><a class="btn alt" href="/applications">${t.backToList}</a></p>`,
    }
  }
  const justSent = query.get('new') === '1'
  return {
    title: pageTitle(`${t.detailTitle} · ${pick(a.name, a.nameEn)}`),
    body: html`<p class="crumbs-back"><a href="/applications">← ${t.backToList}</a></p>
<div id="head">${headHtml(a)}</div>
${justSent ? html`<p class="status on" data-tone="ok">${t.sentLead(a.trackingNumber ?? '')}</p><div id="offer-slot"></div>` : ''}
${alertRegion()}
${statusRegion()}
<p class="live-state m" id="live-state" aria-live="off"></p>
<div id="content">${contentHtml(a)}</div>
<div id="rate-slot"></div>
${dialogHtml()}`,
    mount: (root) => mount(root, a, justSent),
  }
}
