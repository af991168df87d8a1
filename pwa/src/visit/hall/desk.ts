/**
 * /hall/<code>/desk (叫号台), for window clerks: call the next number of a window group to their window
 * (预约号 first; the server never gives one ticket to two windows), check a booking in by the code the
 * person shows, and publish the hall's appointment slots (./publish.ts).
 */
import { html, pick } from '../../shared/kit'
import { alertRegion, busy, say, statusRegion } from '../../shared/live'
import { problemText, signInUrl } from '../../shared/feedback'
import { hasSession } from '../../shared/session'
import { pageTitle } from '../../shared/strings'
import type { View } from '../../views/view'
import { board, callNext, checkInByCode, field, hallInfo, isProblem, type TicketOrProblem } from './api'
import { publishHtml, mountPublish } from './publish'
import { s } from './strings'

const WINDOW_KEY = 'ov.hall.window'

async function run(root: HTMLElement, button: HTMLButtonElement | null, call: () => Promise<TicketOrProblem>, ok: (label: string, window: string) => string): Promise<void> {
  const done = busy(button)
  try {
    const r = await call()
    if (isProblem(r)) say(root, 'alert', pick(r.message, r.messageEn), 'bad')
    else {
      say(root, 'alert', '')
      say(root, 'status', ok(r.label, r.window ?? ''), 'ok')
      const last = root.querySelector<HTMLElement>('#last-called')
      if (last) last.textContent = r.label
    }
  } catch (err) {
    say(root, 'alert', problemText(err), 'bad')
  } finally {
    done()
  }
}

export async function deskPage(hall: string): Promise<View> {
  const t = s()
  if (!hasSession()) {
    const next = signInUrl(`/hall/${encodeURIComponent(hall)}/desk`, true)
    return { title: pageTitle(t.deskTitle), body: html`<div class="visit"><h1 tabindex="-1">${t.deskTitle}</h1><p class="notice">${t.staffSignIn}</p><p><a class="btn" href="${next}">${t.signIn}</a></p></div>` }
  }
  const [first, info] = await Promise.all([board(hall), hallInfo(hall)])
  const name = info ? pick(info.name, info.nameEn) : t.hallFallback(hall)
  if (isProblem(first)) return { title: pageTitle(t.deskTitle), body: html`<div class="visit"><h1 tabindex="-1">${t.deskTitle}</h1><p class="notice">${pick(first.message, first.messageEn)}</p></div>` }
  const savedWindow = localStorage.getItem(WINDOW_KEY) ?? ''
  const body = html`<div class="visit" id="hall-desk">
<h1 tabindex="-1">${name} · ${t.deskTitle}</h1>
<p class="lede">${t.deskLead} <a href="/hall/${encodeURIComponent(hall)}/display" target="_blank" rel="noopener">${t.openDisplay}</a></p>
${alertRegion()}${statusRegion()}
<section class="sec" aria-labelledby="call-h"><h2 id="call-h">${t.callNext}</h2>
<form id="call" method="post" novalidate>
<div class="field"><label for="call-group">${t.group}</label><select id="call-group" name="group">${first.lines.map(
    (l) => html`<option value="${l.group.code}">${l.group.code} ${pick(l.group.name, l.group.nameEn)} (${t.windows(l.group.windows)})</option>`,
  )}</select></div>
<div class="field"><label for="call-window">${t.windowNo}</label><input id="call-window" name="window" required autocomplete="off" value="${savedWindow}" placeholder="3号窗口"></div>
<p><button class="btn" type="submit" id="call-next">${t.callNext}</button> <strong class="big-code" id="last-called" aria-live="off"></strong></p>
</form></section>
<section class="sec" aria-labelledby="code-h"><h2 id="code-h">${t.codeTitle}</h2>
<form id="by-code" method="post" novalidate>
<div class="field"><label for="booking-code">${t.code}</label><input id="booking-code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false"></div>
<p><button class="btn alt" type="submit">${t.checkIn}</button></p>
</form></section>
<section class="sec" aria-labelledby="qr-h"><h2 id="qr-h">${t.qrTitle}</h2>
<p>${t.qrLead}</p><p><img id="checkin-qr" src="/halls/${encodeURIComponent(hall)}/checkin.svg" alt="${t.qrAlt(name)}" width="160" height="160"> <a href="/halls/${encodeURIComponent(hall)}/checkin.png" download>${t.qrDownload}</a></p></section>
${publishHtml()}
</div>`
  return {
    title: pageTitle(`${name} · ${t.deskTitle}`),
    body,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#hall-desk')
      if (!root) return
      const call = root.querySelector<HTMLFormElement>('#call')
      call?.addEventListener('submit', (e) => {
        e.preventDefault()
        const group = field(call, 'group')
        const window = field(call, 'window')
        if (!window) return say(root, 'alert', `${t.windowNo}?`, 'bad')
        localStorage.setItem(WINDOW_KEY, window)
        void run(root, call.querySelector('button'), () => callNext(hall, group, window), (label, w) => s().called(label, w))
      })
      const byCode = root.querySelector<HTMLFormElement>('#by-code')
      byCode?.addEventListener('submit', (e) => {
        e.preventDefault()
        const code = field(byCode, 'code')
        if (!code) return
        void run(root, byCode.querySelector('button'), () => checkInByCode(hall, code), (label) => s().checkedIn(label))
      })
      mountPublish(root, hall)
    },
  }
}
