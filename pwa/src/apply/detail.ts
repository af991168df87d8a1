/**
 * /applications/<id>: the timeline. The tracking number (big, with its QR code) and the verification
 * code, what to do next, the main stages, one lane per department with its due date on the working-
 * day calendar, the log, and the materials. Live: the applicationUpdated subscription redraws it.
 * Withdraw (before acceptance), answer a correction notice, open the pickup locker.
 */
import { SignInNeeded } from '../shared/session'
import type { View } from '../views/view'
import { answerCorrection, LIVE, type LiveUpdate, type Application, application as fetchApplication, collectFromLocker, isError, type Lane, type TimelineEvent, withdraw } from './api'
import { html, pick, raw, type Html } from '../shared/kit'
import { s } from './strings'
import { date, dateTime } from '../shared/dates'
import { errorText, fail, isOffline, problemText, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { applicantTone, applicationStatusLabel, isApplicationStatus, materialStatusLabel } from '../shared/status'
import { subscribe } from './ws'
import { pageTitle } from '../shared/strings'
import { upload, UploadRefused } from './upload'

const WITHDRAWABLE = new Set(['SUBMITTED', 'PRE_REVIEW', 'NEEDS_CORRECTION'])

/** Which of the six main stages an application is at (index), and whether that stage is done. */
function stage(status: string): { at: number; done: boolean } {
  switch (status) {
    case 'DRAFT':
      return { at: 0, done: false }
    case 'SUBMITTED':
      return { at: 1, done: false }
    case 'PRE_REVIEW':
    case 'NEEDS_CORRECTION':
      return { at: 1, done: false }
    case 'ACCEPTED':
      return { at: 3, done: false }
    case 'IN_PROGRESS':
      return { at: 3, done: false }
    case 'COMPLETED':
    case 'PARTLY_COMPLETED':
    case 'REJECTED':
      return { at: 4, done: true }
    case 'READY_FOR_PICKUP':
      return { at: 5, done: false }
    default: // COLLECTED, CLOSED
      return { at: 5, done: true }
  }
}

function stepsHtml(a: Application): Html {
  const t = s()
  if (a.status === 'WITHDRAWN') return html`<p class="notice">${t.withdrawnNote}</p>`
  const { at, done } = stage(a.status)
  return html`<ol class="stages">${t.steps.map((name, i) => {
    const state = i < at || (i === at && done) ? 'done' : i === at ? 'now' : 'todo'
    return html`<li class="${state}"${state === 'now' ? html` aria-current="step"` : ''}><span class="dot" aria-hidden="true">${
      state === 'done' ? '✓' : i + 1
    }</span><span>${name}</span>${state === 'done' ? html`<span class="sr">（${t.stepDone}）</span>` : ''}</li>`
  })}</ol>${a.status === 'REJECTED' ? html`<p class="notice">${t.rejectedNote}</p>` : ''}`
}

function laneHtml(l: Lane): Html {
  const t = s()
  const tone = l.status === 'APPROVED' ? 'ok' : l.status === 'REJECTED' ? 'warn' : ''
  return html`<li class="lane${l.overdue ? ' late' : ''}">
<div class="lane-h"><span class="lane-n">${l.departmentName}</span>${badge(t.laneStatus[l.status] ?? l.status, tone)}${
    l.overdue ? badge(t.overdue, 'bad') : ''
  }${l.paused ? badge(t.paused, 'warn') : ''}</div>
<p class="m">${t.laneItems}${pick('：', ': ')}${l.items.join(pick('、', ', '))}</p>
<p>${t.promised(l.promisedDays)}${pick('，', ', ')}${
    l.dueOn ? html`<strong>${t.dueOn(date(l.dueOn))}</strong>` : t.notStarted
  }${l.remainingWorkingDays != null && l.status !== 'APPROVED' && l.status !== 'REJECTED' ? html`${pick('，', ', ')}<strong class="${
    l.remainingWorkingDays < 0 ? 'bad-text' : ''
  }">${t.remaining(l.remainingWorkingDays)}</strong>` : ''}</p>
${l.paused ? html`<p class="m">${t.pausedWhy}</p>` : ''}
${l.decisionNote ? html`<p><strong>${t.decisionNote}${pick('：', ': ')}</strong>${l.decisionNote}</p>` : ''}
</li>`
}

function who(e: TimelineEvent): string {
  const t = s()
  if (e.actorKind === 'HELPER') return t.helperActed(e.actorName ?? '', e.actingForName ?? '')
  const name = e.actorName ?? ''
  const label = t.actor[e.actorKind]
  return label ? label(name) : name
}

function eventHtml(e: TimelineEvent, departments: Map<string, string>): Html {
  const t = s()
  const dept = e.departmentCode ? departments.get(e.departmentCode) ?? e.departmentCode : ''
  const label = isApplicationStatus(e.toStatus) ? applicationStatusLabel(e.toStatus) : (t.taskEvent[e.toStatus] ?? e.toStatus)
  return html`<li><time datetime="${e.at}">${dateTime(e.at)}</time>
<span class="ev-t">${dept ? html`${dept} · ` : ''}${label}</span>
<span class="m">${who(e)}</span>
${e.reason ? html`<span class="ev-r">${e.reason}</span>` : ''}</li>`
}

function materialsHtml(a: Application): Html {
  const t = s()
  const list = a.materials.filter((m) => m.status !== 'NEEDS_CORRECTION')
  if (!list.length) return html``
  return html`<details class="sec"><summary>${t.materialsTitle}</summary><ul class="mats">${list.map(
    (m) => html`<li class="mat"><div class="mat-h"><span class="mat-n">${m.name}</span>${badge(
      materialStatusLabel(m.status),
      m.status === 'ACCEPTED' || m.status === 'PROVIDED' ? 'ok' : m.status === 'WAIVED' || m.status === 'PRODUCED' ? 'ok' : 'warn',
    )}</div>${m.note ? html`<p class="note">${m.note}</p>` : ''}</li>`,
  )}</ul></details>`
}

function correctionHtml(a: Application): Html {
  const t = s()
  const flagged = a.materials.filter((m) => m.status === 'NEEDS_CORRECTION')
  if (a.status !== 'NEEDS_CORRECTION' || !flagged.length) return html``
  return html`<section class="sec correction" aria-labelledby="corr-h">
<h2 id="corr-h">${t.correctionTitle}</h2>
<p>${t.correctionLead}</p>
<form id="correction-form" method="post" novalidate>
<ul class="upls">${flagged.map((m) => {
    const id = `c-${m.material}`
    return html`<li class="upl" id="${id}-field" data-state="empty">
<div class="upl-h"><span class="mat-n" id="${id}-name">${m.name}</span>${badge(materialStatusLabel('NEEDS_CORRECTION'), 'warn')}</div>
${m.note ? html`<p class="reviewer-note" id="${id}-note"><strong>${t.reviewerNote}${pick('：', ': ')}</strong>${m.note}</p>` : ''}
<div class="upl-st" id="${id}-st" aria-live="polite"></div>
<div class="upl-btns">
<input type="file" class="sr" id="${id}-cam" accept="image/*" capture="environment" data-material="${m.material}" data-for="${id}" aria-describedby="${id}-name ${id}-note ${id}-st ${id}-err"><label class="btn alt small" for="${id}-cam">${t.takePhoto}<span class="sr">：${m.name}</span></label>
<input type="file" class="sr" id="${id}-file" name="${id}" accept="image/*,application/pdf" data-material="${m.material}" data-for="${id}" aria-describedby="${id}-name ${id}-note ${id}-st ${id}-err"><label class="btn alt small" for="${id}-file">${t.chooseFile}<span class="sr">：${m.name}</span></label>
</div>
<p class="err" id="${id}-err" hidden></p>
</li>`
  })}</ul>
<p><button type="submit" class="btn block" id="send-correction">${t.sendCorrection}</button></p>
</form>
</section>`
}

function pickupHtml(a: Application): Html {
  const t = s()
  if (a.status !== 'READY_FOR_PICKUP') return html``
  const p = a.pickup ?? {}
  if (!p.method) return html``
  const until = p.expiresAt ? dateTime(p.expiresAt) : ''
  const text =
    p.method === 'window'
      ? t.pickupWindow(p.window ?? '', p.hours ?? '')
      : p.method === 'locker'
        ? t.pickupLocker(p.locker ?? '', until)
        : t.pickupMail(p.carrier ?? '', p.tracking ?? '')
  const locker = p.method === 'locker' && a.status === 'READY_FOR_PICKUP'
  return html`<section class="sec pickup" aria-labelledby="pickup-h">
<h2 id="pickup-h">${t.pickupTitle}</h2>
<p>${text}</p>
${
  locker
    ? html`<form id="collect-form" method="post" class="inline-form" novalidate>
<div class="field" id="pickup-code-field"><label for="pickup-code">${t.pickupCode}</label>
<p class="hint" id="pickup-code-hint">${t.pickupCodeHint}</p>
<input id="pickup-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-for="pickup-code" aria-describedby="pickup-code-hint pickup-code-err" required aria-required="true">
<p class="err" id="pickup-code-err" hidden></p></div>
<p><button type="submit" class="btn block" id="collect">${t.collect}</button></p>
</form>`
    : ''
}
</section>`
}

function contentHtml(a: Application): Html {
  const t = s()
  const next = pick(a.nextAction.zh, a.nextAction.en)
  const departments = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
  const tn = a.trackingNumber ?? ''
  return html`<div class="next-action${a.status === 'NEEDS_CORRECTION' || a.status === 'READY_FOR_PICKUP' ? ' act' : ''}" id="next-action">
<h2>${t.nextAction}</h2><p>${next || t.nothingToDo}</p></div>
${pickupHtml(a)}
${correctionHtml(a)}
<section class="sec track-box" aria-labelledby="tn-h">
<h2 id="tn-h">${t.trackingNumber}</h2>
<p class="big-code tn" id="tracking-number">${tn}</p>
${a.verificationCode ? html`<p>${t.verificationCode}${pick('：', ': ')}<strong class="vcode" id="verification-code">${a.verificationCode}</strong></p>` : ''}
${tn && qrSvg ? html`<div class="qr-box">${raw(qrSvg(tn, t.qrLabel(tn)))}</div>` : ''}
<p class="hint">${t.trackHint}</p>
</section>
<section class="sec" aria-labelledby="steps-h"><h2 id="steps-h">${t.mainSteps}</h2>${stepsHtml(a)}</section>
${
  a.lanes.length
    ? html`<section class="sec" aria-labelledby="lanes-h"><h2 id="lanes-h">${t.lanesTitle}</h2><ul class="lanes">${a.lanes.map(laneHtml)}</ul></section>`
    : ''
}
<section class="sec" aria-labelledby="log-h"><h2 id="log-h">${t.logTitle}</h2><ol class="log" id="log">${[...a.events]
    .reverse()
    .map((e) => eventHtml(e, departments))}</ol></section>
${materialsHtml(a)}
${
  WITHDRAWABLE.has(a.status)
    ? html`<p class="more"><button type="button" class="btn alt" id="withdraw">${t.withdraw}</button></p>`
    : ''
}`
}

function headHtml(a: Application): Html {
  const t = s()
  return html`<h1 tabindex="-1">${a.name}</h1>
<p class="lede">${badge(pick(a.statusLabel.zh, a.statusLabel.en), applicantTone(a.status))} ${
    a.submittedAt ? t.submittedAt(dateTime(a.submittedAt)) : ''
  }${a.filedByHelper ? html` · ${t.filedByHelper}` : ''}${a.acceptance && t.acceptance[a.acceptance] ? html` · ${t.acceptance[a.acceptance]}` : ''}</p>`
}

function dialogHtml(): Html {
  const t = s()
  return html`<dialog id="withdraw-dialog" aria-labelledby="wd-h" aria-describedby="wd-lead">
<form method="dialog" id="withdraw-form">
<h2 id="wd-h">${t.withdrawTitle}</h2>
<p id="wd-lead">${t.withdrawLead}</p>
<div class="field"><label for="withdraw-reason">${t.withdrawReason}</label><textarea id="withdraw-reason" rows="2" maxlength="500"></textarea></div>
<div class="actions"><button type="submit" class="btn" value="yes" id="withdraw-yes">${t.withdrawConfirm}</button><button type="submit" class="btn alt" value="no" id="withdraw-no">${t.cancel}</button></div>
</form>
</dialog>`
}

/** The QR encoder (its own chunk, shared with the account screens), loaded with the first timeline. */
let qrSvg: ((text: string, label: string) => string) | null = null

/** The subscription of the page on screen (one at a time). */
let live: (() => void) | null = null

export async function detailPage(id: string, query: URLSearchParams): Promise<View> {
  const t = s()
  let a: Application
  try {
    ;[a] = await Promise.all([
      fetchApplication(id),
      qrSvg ? null : import('../account/qr').then((m) => (qrSvg = m.qrSvg)).catch(() => null),
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
    title: pageTitle(`${t.detailTitle} · ${a.name}`),
    body: html`<p class="crumbs-back"><a href="/applications">← ${t.backToList}</a></p>
<div id="head">${headHtml(a)}</div>
${justSent ? html`<p class="status on" data-tone="ok">${t.sentLead(a.trackingNumber ?? '')}</p><div id="offer-slot"></div>` : ''}
${alertRegion()}
${statusRegion()}
<p class="live-state m" id="live-state" aria-live="off"></p>
<div id="content">${contentHtml(a)}</div>
<div id="rate-slot"></div>
${dialogHtml()}`,
    mount: (root) => {
      live?.()
      if (justSent) {
        history.replaceState(history.state, '', location.pathname) // a reload is not "just sent"
        // Now is when notifications make sense (progress, corrections, pickup): offer them once.
        void import('../inbox/push').then((m) => m.offerPush(root.querySelector('#offer-slot'))).catch(() => undefined)
      }
      const content = root.querySelector<HTMLElement>('#content') as HTMLElement
      const head = root.querySelector<HTMLElement>('#head') as HTMLElement
      const chosen = new Map<string, string>() // correction: material → upload id
      // 好差评 once the application is done: src/visit/rating.ts, loaded on its own (a chunk of the visit screens).
      let rated: ((next: Application) => void) | null = null
      const rateSlot = root.querySelector<HTMLElement>('#rate-slot')
      if (rateSlot) void import('../visit/rating').then((m) => (rated = m.mountRating(rateSlot, a))).catch(() => undefined)

      const redraw = (next: Application, announce: boolean) => {
        const before = a.status
        a = next
        // Keep what is being typed or uploaded: only redraw when something the page shows changed.
        const active = document.activeElement
        const typing = active && content.contains(active) && (active as HTMLElement).closest('form')
        head.innerHTML = headHtml(a).value
        if (!typing || before !== a.status) {
          content.innerHTML = contentHtml(a).value
          chosen.clear()
        } else {
          const log = content.querySelector('#log')
          const departments = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
          if (log) log.innerHTML = html`${[...a.events].reverse().map((e) => eventHtml(e, departments))}`.value
        }
        if (announce && before !== a.status) say(root, 'status', t.updated(pick(a.statusLabel.zh, a.statusLabel.en)), 'ok')
        rated?.(a)
      }

      const stateLine = root.querySelector<HTMLElement>('#live-state')
      let first = true
      live = subscribe<LiveUpdate>(
        LIVE,
        { id: a.id },
        {
          next: (data) => {
            if (!root.contains(content)) return live?.()
            const announce = !first
            first = false
            if (JSON.stringify(data.applicationUpdated) !== JSON.stringify(a)) redraw(data.applicationUpdated, announce)
          },
          state: (on) => {
            if (!root.contains(content)) return live?.()
            if (stateLine) stateLine.textContent = on ? s().live : s().liveOff
          },
          error: () => {
            if (stateLine) stateLine.textContent = ''
          },
        },
      )

      // Leaving the page ends the subscription.
      const gone = new MutationObserver(() => {
        if (content.isConnected) return
        gone.disconnect()
        live?.()
      })
      gone.observe(root, { childList: true })

      const dialog = root.querySelector<HTMLDialogElement>('#withdraw-dialog')
      dialog?.addEventListener('close', async () => {
        if (dialog.returnValue !== 'yes') return root.querySelector<HTMLElement>('#withdraw')?.focus()
        const reason = (root.querySelector<HTMLTextAreaElement>('#withdraw-reason')?.value ?? '').trim()
        const button = root.querySelector<HTMLButtonElement>('#withdraw')
        const done = busy(button)
        try {
          const r = await withdraw(a.id, reason)
          if (isError(r)) {
            done()
            return say(root, 'alert', errorText(r), 'bad')
          }
          redraw(r, false)
          say(root, 'status', t.withdrawn, 'ok')
          root.querySelector<HTMLElement>('h1')?.focus()
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      })

      content.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button')
        if (button?.id !== 'withdraw') return
        if (dialog && typeof dialog.showModal === 'function') {
          dialog.returnValue = ''
          dialog.showModal()
          root.querySelector<HTMLElement>('#withdraw-no')?.focus()
        } else if (window.confirm(`${t.withdrawTitle}\n${t.withdrawLead}`)) {
          if (dialog) dialog.returnValue = 'yes'
          dialog?.dispatchEvent(new Event('close'))
        }
      })

      // Correction: each flagged material uploaded as it is chosen, then sent together.
      content.addEventListener('change', async (e) => {
        const input = e.target as HTMLInputElement
        const material = input.dataset.material
        const file = input.files?.[0]
        if (input.type !== 'file' || !material || !file) return
        input.value = ''
        const id = `c-${material}`
        const row = content.querySelector<HTMLElement>(`#${id}-field`)
        const st = content.querySelector<HTMLElement>(`#${id}-st`)
        chosen.delete(material)
        setError(content, id, null)
        if (row) row.dataset.state = 'uploading'
        if (st) st.textContent = t.uploading(0)
        try {
          const up = await upload(file, file.name, (p) => {
            if (st) st.textContent = t.uploading(Math.round(p * 100))
          })
          chosen.set(material, up.id)
          if (row) row.dataset.state = 'done'
          if (st) st.innerHTML = html`<span class="fname">${file.name}</span> <span class="ok-text">✓ ${t.uploaded}</span>`.value
        } catch (err) {
          if (row) row.dataset.state = 'failed'
          if (st) st.textContent = ''
          if (err instanceof SignInNeeded) return fail(root, 'alert', err)
          setError(content, id, err instanceof UploadRefused ? pick(err.zh, err.en) : isOffline(err) ? t.offline : t.uploadFailed)
        }
      })

      content.addEventListener('submit', async (e) => {
        const form = e.target as HTMLFormElement
        e.preventDefault()
        if (form.id === 'correction-form') {
          const flagged = a.materials.filter((m) => m.status === 'NEEDS_CORRECTION')
          const missing = flagged.filter((m) => !chosen.has(m.material))
          for (const m of flagged) setError(content, `c-${m.material}`, missing.includes(m) ? t.uploadThis(m.name) : null)
          if (missing.length) {
            say(root, 'alert', t.problems(missing.length), 'bad')
            return content.querySelector<HTMLElement>(`#c-${missing[0].material}-file`)?.focus()
          }
          const done = busy(content.querySelector<HTMLButtonElement>('#send-correction'))
          try {
            const r = await answerCorrection(
              a.id,
              [...chosen].map(([material, upload]) => ({ material, upload })),
            )
            if (isError(r)) {
              done()
              return say(root, 'alert', errorText(r), 'bad')
            }
            say(root, 'alert', '')
            redraw(r, false)
            say(root, 'status', t.correctionSent, 'ok')
            root.querySelector<HTMLElement>('#next-action')?.scrollIntoView({ block: 'center' })
          } catch (err) {
            done()
            fail(root, 'alert', err)
          }
        } else if (form.id === 'collect-form') {
          const code = (content.querySelector<HTMLInputElement>('#pickup-code')?.value ?? '').replace(/\s/g, '')
          if (!/^\d{6}$/.test(code)) {
            setError(content, 'pickup-code', t.pickupCodeHint)
            return content.querySelector<HTMLElement>('#pickup-code')?.focus()
          }
          const done = busy(content.querySelector<HTMLButtonElement>('#collect'))
          try {
            const r = await collectFromLocker(a.id, code)
            if (isError(r)) {
              done()
              setError(content, 'pickup-code', errorText(r))
              return content.querySelector<HTMLElement>('#pickup-code')?.focus()
            }
            redraw(r, false)
            say(root, 'status', t.collected, 'ok')
          } catch (err) {
            done()
            fail(root, 'alert', err)
          }
        }
      })
    },
  }
}
