/**
 * /hall/<code>/display (叫号屏): the numbers called last in large type, newest first, and each window
 * group's line — live through the public `hallBoardUpdated` subscription. It plays no sound (无声叫号):
 * the newest call is also put into a polite status region for a screen reader's own voice.
 */
import { html, pick, type Html } from '../../shared/kit'
import { pageTitle } from '../../shared/strings'
import type { View } from '../../views/view'
import { board, hallInfo, isProblem, type Board } from './api'
import { endWhenGone, followBoard } from './live'
import { s } from './strings'

const calledHtml = (b: Board): Html => {
  const t = s()
  if (!b.called.length) return html`<li class="none">${t.noneCalled}</li>`
  return html`${b.called.map((c) => html`<li><span class="num">${c.label}</span><span class="win">${t.toWindow(c.window)}</span></li>`)}`
}

const linesHtml = (b: Board): Html =>
  html`${b.lines.map((l) => html`<li><strong>${l.group.code} ${pick(l.group.name, l.group.nameEn)}</strong><br>${s().waitingLine(l.waiting, l.estimatedWaitMinutes)}</li>`)}`

function paint(root: HTMLElement, b: Board): void {
  const called = root.querySelector<HTMLElement>('#called')
  const lines = root.querySelector<HTMLElement>('#lines')
  const news = root.querySelector<HTMLElement>('#newest')
  if (called) called.innerHTML = calledHtml(b).value
  if (lines) lines.innerHTML = linesHtml(b).value
  const newest = b.called[0]
  if (news && newest) {
    const text = `${newest.label} ${s().toWindow(newest.window)}`
    if (news.textContent !== text) news.textContent = text
  }
}

export async function displayPage(hall: string): Promise<View> {
  const t = s()
  const [first, info] = await Promise.all([board(hall), hallInfo(hall)])
  const name = info ? pick(info.name, info.nameEn) : t.hallFallback(hall)
  if (isProblem(first)) {
    return { title: pageTitle(t.displayTitle), body: html`<div class="visit"><h1 tabindex="-1">${t.displayTitle}</h1><p class="notice">${pick(first.message, first.messageEn)}</p></div>` }
  }
  const body = html`<div class="visit hall-display" id="hall-display" data-hall="${hall}">
<h1 tabindex="-1">${name} · ${t.displayTitle}</h1>
<p class="lede">${t.nowServing}</p>
<ol class="called-list" id="called" aria-label="${t.nowServing}">${calledHtml(first)}</ol>
<p class="sr-only" id="newest" role="status" aria-live="polite"></p>
<ul class="lines" id="lines">${linesHtml(first)}</ul>
<p class="state"><span id="live-state">${t.liveOff}</span> · ${t.silent}</p>
</div>`
  return {
    title: pageTitle(`${name} · ${t.displayTitle}`),
    body,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#hall-display')
      if (!root) return
      const state = root.querySelector<HTMLElement>('#live-state')
      const stop = followBoard(hall, (b) => paint(root, b), (on) => {
        root.dataset.live = on ? 'on' : 'off'
        if (state) state.textContent = on ? s().live : s().liveOff
      })
      endWhenGone(root, stop)
    },
  }
}
