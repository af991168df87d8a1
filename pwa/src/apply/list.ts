/**
 * /applications: my applications and drafts (myApplications, newest first), and above them what
 * waits in this device's outbox. The list follows the outbox as it is sent.
 */
import { currentUser } from '../shared/session'
import type { View } from '../views/view'
import { deleteDraft, isError, myApplications, type Summary } from './api'
import { html, pick, type Html } from '../shared/kit'
import * as outbox from './outbox'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { errorText, fail, isOffline, problemText } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { applicantTone } from '../shared/status'
import { pageTitle } from '../shared/strings'
import { draftUrl } from './form/state'

function outboxRow(o: outbox.Outgoing): Html {
  const t = s()
  const failed = o.state === 'failed'
  return html`<li class="row outbox" data-key="${o.key}">
<div class="row-main"><span class="row-t">${o.name}</span>
<span class="${failed ? 'bad-text' : 'wait-text'}">${failed ? t.outboxFailed : t.outboxWaiting}</span>
<span class="m">${t.queuedAt(dateTime(o.queuedAt))}</span>
${failed && o.error ? html`<span class="bad-text">${errorText(o.error)}</span>` : ''}</div>
<div class="row-btns">${
    failed
      ? html`<a class="btn small" href="/apply/${encodeURIComponent(o.code)}?outbox=${encodeURIComponent(o.key)}">${t.edit}</a>`
      : html`<button type="button" class="btn small" data-send="${o.key}">${t.sendNow}</button>`
  }<button type="button" class="btn alt small" data-discard="${o.key}">${t.discard}<span class="sr">：${o.name}</span></button></div>
</li>`
}

/** 帮办代办: "代 X 申请" in the helper's list, "由 X 代办" in the applicant's. */
function helperLine(a: Summary): Html {
  if (!a.filedFor) return html``
  const forMe = a.filedFor.id === currentUser()?.userId
  return html`<span class="m filed-by">${forMe ? s().filedBy(a.filedByName ?? '') : s().filedFor(a.filedFor.name)}</span>`
}

function appRow(a: Summary): Html {
  const t = s()
  if (a.status === 'DRAFT') {
    const forId = a.filedFor && a.filedFor.id !== currentUser()?.userId ? a.filedFor.id : null
    return html`<li class="row draft" data-id="${a.id}">
<div class="row-main"><a class="row-t" href="${draftUrl(a.code, a.id, forId)}">${pick(a.name, a.nameEn)}</a>
<span>${badge(pick(a.statusLabel.zh, a.statusLabel.en))}</span><span class="m">${t.savedAt(dateTime(a.createdAt))}</span>${helperLine(a)}</div>
<div class="row-btns"><button type="button" class="btn alt small" data-delete="${a.id}">${t.deleteDraft}<span class="sr">：${pick(a.name, a.nameEn)}</span></button></div>
</li>`
  }
  const next = pick(a.nextAction.zh, a.nextAction.en)
  return html`<li class="row app" data-id="${a.id}">
<div class="row-main"><a class="row-t" href="/applications/${encodeURIComponent(a.id)}">${pick(a.name, a.nameEn)}</a>
<span>${badge(pick(a.statusLabel.zh, a.statusLabel.en), applicantTone(a.status))}</span>
<span class="m">${t.trackingNumber}${pick('：', ': ')}<span class="tn">${a.trackingNumber ?? ''}</span></span>
${a.submittedAt ? html`<span class="m">${t.submittedAt(dateTime(a.submittedAt))}</span>` : ''}${helperLine(a)}
${next && a.status === 'NEEDS_CORRECTION' ? html`<span class="bad-text">${next}</span>` : ''}</div>
</li>`
}

interface Loaded {
  nodes: Summary[]
  nextCursor: string | null
  error: unknown
}

async function load(after: string | null): Promise<Loaded> {
  try {
    return { ...(await myApplications(after)), error: null }
  } catch (err) {
    if (!isOffline(err)) throw err
    return { nodes: [], nextCursor: null, error: err }
  }
}

function listsHtml(waiting: outbox.Outgoing[], apps: Summary[], error: unknown, nextCursor: string | null): Html {
  const t = s()
  const drafts = apps.filter((a) => a.status === 'DRAFT')
  const filed = apps.filter((a) => a.status !== 'DRAFT')
  const empty = !waiting.length && !apps.length && !error
  return html`${
    waiting.length
      ? html`<section class="sec" aria-labelledby="outbox-h"><h2 id="outbox-h">${t.outboxTitle}</h2><ul class="rows" id="outbox-list">${waiting.map(outboxRow)}</ul></section>`
      : ''
  }
${error ? html`<p class="notice">${problemText(error)}</p>` : ''}
${
  filed.length
    ? html`<section class="sec" aria-labelledby="filed-h"><h2 id="filed-h">${t.submittedTitle}</h2><ul class="rows" id="app-list">${filed.map(appRow)}</ul></section>`
    : ''
}
${
  drafts.length
    ? html`<section class="sec" aria-labelledby="drafts-h"><h2 id="drafts-h">${t.draftsTitle}</h2><ul class="rows" id="draft-list">${drafts.map(appRow)}</ul></section>`
    : ''
}
${nextCursor ? html`<p><button type="button" class="btn alt" id="more">${t.loadMore}</button></p>` : ''}
${empty ? html`<p>${t.none}</p><p><a class="btn" href="/">${t.browse}</a></p>` : ''}`
}

export async function listPage(): Promise<View> {
  const t = s()
  const first = await load(null)
  const userId = currentUser()?.userId ?? ''
  let waiting = await outbox.mine(userId)
  let apps = first.nodes
  let cursor = first.nextCursor
  let error = first.error

  return {
    title: pageTitle(t.listTitle),
    body: html`<h1 tabindex="-1">${t.listTitle}</h1>
<p class="lede">${t.listLead}</p>
<ul class="links" id="visit-links"><li><a href="/appointments">${t.appointmentsLink}</a></li><li><a href="/cases">${t.casesLink}</a></li></ul>
${alertRegion()}
<div id="lists">${listsHtml(waiting, apps, error, cursor)}</div>
${statusRegion()}`,
    mount: (root) => {
      const box = root.querySelector<HTMLElement>('#lists')
      if (!box) return
      const repaint = () => {
        if (box.isConnected) box.innerHTML = listsHtml(waiting, apps, error, cursor).value
      }
      const refresh = async () => {
        try {
          const again = await load(null)
          if (!again.error) {
            apps = again.nodes
            cursor = again.nextCursor
          }
          error = again.error
        } catch {
          /* keep what is shown */
        }
        waiting = await outbox.mine(userId)
        repaint()
      }
      const onOutbox = (e: Event) => {
        if (!box.isConnected) return window.removeEventListener('ov-outbox', onOutbox)
        const detail = (e as CustomEvent<outbox.OutboxEvent | null>).detail
        if (detail?.application) say(root, 'status', t.sentLead(detail.application.trackingNumber ?? ''), 'ok')
        void refresh()
      }
      window.addEventListener('ov-outbox', onOutbox)
      if (waiting.some((o) => o.state === 'waiting')) void outbox.flush()

      box.addEventListener('click', async (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button')
        if (!button) return
        if (button.dataset.send) {
          const done = busy(button, t.outboxSending)
          await outbox.flush()
          done()
          await refresh()
          if (navigator.onLine === false) say(root, 'status', t.offline, 'bad')
        } else if (button.dataset.discard) {
          if (!window.confirm(t.discardConfirm)) return
          await outbox.remove(button.dataset.discard)
          waiting = await outbox.mine(userId)
          repaint()
        } else if (button.dataset.delete) {
          if (!window.confirm(t.deleteDraftConfirm)) return
          const done = busy(button)
          try {
            const r = await deleteDraft(button.dataset.delete)
            if (isError(r)) say(root, 'alert', errorText(r), 'bad')
            else {
              apps = apps.filter((a) => a.id !== button.dataset.delete)
              repaint()
              root.querySelector<HTMLElement>('h1')?.focus()
            }
          } catch (err) {
            done()
            fail(root, 'alert', err)
          }
        } else if (button.id === 'more' && cursor) {
          const done = busy(button)
          try {
            const more = await load(cursor)
            apps = [...apps, ...more.nodes]
            cursor = more.nextCursor
            repaint()
            const first = more.nodes[0]
            if (first) box.querySelector<HTMLElement>(`[data-id="${first.id}"] a`)?.focus()
          } catch (err) {
            done()
            fail(root, 'alert', err)
          }
        }
      })
    },
  }
}
