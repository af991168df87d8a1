/** /desk/queue: the window clerk's pre-review queue, oldest first; claim → open the application. */
import { html, type Html, navigate, pick } from '../shared/kit'
import type { View } from '../views/view'
import { claim, fetchQueue, type QueueEntry } from './api'
import { s } from './strings'
import { fail } from './ui'
import { dateTime } from '../shared/dates'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { staffTone } from '../shared/status'
import { pageTitle } from '../shared/strings'

function waitedMinutes(iso: string | null): number {
  if (!iso) return 0
  return Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000))
}

function rowHtml(e: QueueEntry): Html {
  const t = s()
  const a = e.application
  const tn = a.trackingNumber ?? a.id
  const asked = a.materials.filter((m) => m.status !== 'WAIVED' && m.status !== 'PRODUCED')
  const given = asked.filter((m) => m.status !== 'MISSING')
  const claimText = e.claimedByMe ? t.claimedByMe : e.claimedBy ? t.claimedByOther(e.claimedBy) : t.unclaimed
  const action = e.claimedByMe
    ? html`<a class="btn small" href="/desk/applications/${a.id}" aria-label="${t.continueNamed(tn)}">${t.continueReview}</a>`
    : e.claimedBy
      ? html`<a class="btn alt small" href="/desk/applications/${a.id}" aria-label="${t.viewNamed(tn)}">${t.view}</a>`
      : html`<button type="button" class="btn small" data-claim="${a.id}" aria-label="${t.claimOpenNamed(tn)}">${t.claimOpen}</button>`
  return html`<tr data-id="${a.id}">
<th scope="row" data-label="${t.colTracking}"><span class="tn">${tn}</span></th>
<td data-label="${t.colName}">${pick(a.name, a.nameEn)}</td>
<td data-label="${t.colSubmitted}">${dateTime(a.submittedAt)}</td>
<td data-label="${t.colWaited}">${t.waited(waitedMinutes(a.submittedAt))}</td>
<td data-label="${t.colStatus}">${badge(pick(a.statusLabel.zh, a.statusLabel.en), staffTone(a.status))}</td>
<td data-label="${t.colMaterials}">${t.materialCount(given.length, asked.length)}</td>
<td data-label="${t.colClaim}">${e.claimedByMe ? badge(claimText, 'ok') : e.claimedBy ? badge(claimText, 'warn') : claimText}</td>
<td data-label="${t.colAction}">${action}</td>
</tr>`
}

function listHtml(nodes: QueueEntry[], total: number): Html {
  const t = s()
  if (!nodes.length) return html`<p class="empty" id="queue-empty">${t.queueEmpty}</p>`
  return html`<p class="m" id="queue-count">${t.queueCount(total)}</p>
<table class="grid" id="queue">
<caption class="sr">${t.queueTitle}</caption>
<thead><tr><th scope="col">${t.colTracking}</th><th scope="col">${t.colName}</th><th scope="col">${t.colSubmitted}</th><th scope="col">${t.colWaited}</th><th scope="col">${t.colStatus}</th><th scope="col">${t.colMaterials}</th><th scope="col">${t.colClaim}</th><th scope="col"><span class="sr">${t.colAction}</span></th></tr></thead>
<tbody>${nodes.map(rowHtml)}</tbody>
</table>`
}

export async function queuePage(): Promise<View> {
  const t = s()
  const first = await fetchQueue()
  return {
    title: pageTitle(t.queueTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<div class="head-row"><h1 tabindex="-1">${t.queueTitle}</h1><button type="button" class="btn alt small" id="refresh">${t.refresh}</button></div>
<p class="lede">${t.queueLead}</p>
${alertRegion()}
${statusRegion()}
<div id="list">${listHtml(first.nodes, first.totalCount)}</div></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      const list = root?.querySelector<HTMLElement>('#list')
      if (!root || !list) return
      const reload = async (announce: boolean) => {
        const q = await fetchQueue()
        list.innerHTML = listHtml(q.nodes, q.totalCount).value
        if (announce) say(root, 'status', s().refreshed, 'ok')
      }
      // The queue moves while it is on screen: look again every 30 s (not while hidden or acting).
      const timer = window.setInterval(() => {
        if (!root.isConnected) return window.clearInterval(timer)
        if (document.hidden || root.querySelector('[aria-busy=true]') || list.contains(document.activeElement)) return
        reload(false).catch(() => {})
      }, 30_000)
      root.addEventListener('click', async (e) => {
        const target = e.target as Element
        if (target.closest('#refresh')) {
          const undo = busy(target.closest<HTMLButtonElement>('#refresh'))
          say(root, 'alert', '')
          try {
            await reload(true)
          } catch (err) {
            fail(root, 'alert', err)
          } finally {
            undo()
          }
          return
        }
        const button = target.closest<HTMLButtonElement>('button[data-claim]')
        if (!button) return
        const id = button.dataset.claim ?? ''
        say(root, 'alert', '')
        const undo = busy(button)
        try {
          await claim(id)
          navigate(`/desk/applications/${id}`)
        } catch (err) {
          undo()
          fail(root, 'alert', err)
          await reload(false).catch(() => {}) // someone else was quicker: show who
        }
      })
    },
  }
}
