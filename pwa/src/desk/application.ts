/**
 * /desk/applications/<id>: one application at the desk.
 *
 * - Window clerk, pre-review: claim (or release), view each material's file, mark it OK or
 *   "needs correction" with the reason, send ONE complete correction list (一次性告知), or accept:
 *   normal, 容缺 (deferred materials with due dates) or 告知承诺 (on commitment).
 * - Reviewer: their department's decision (approve, or reject with the reason).
 * - Window clerk, after the decisions: how the result reaches the applicant (window, 24-hour locker,
 *   mail), then record the collection at the window.
 * - Everyone on the desk: the form data, the departments' lanes, the consultation thread, the history.
 */
import { html, type Html, pick } from '../shared/kit'
import type { View } from '../views/view'
import {
  accept,
  claim,
  decide,
  fetchApplication,
  fetchMessages,
  fetchQueue,
  judge,
  postMessage,
  recordCollection,
  release,
  requestCorrections,
  setPickup,
  startReview,
  type AcceptanceMode,
  type Application,
  type FormField,
  type Lane,
  type Material,
  type Me,
  type Message,
  type PickupInput,
  type Verdict,
} from './api'
import { s } from './strings'
import { fail, isClerk } from './ui'
import { date, dateTime, isoDay } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { applicationStatusLabel, isApplicationStatus, materialStatusLabel, materialTone, staffTone } from '../shared/status'
import { dropFiles, mountViewers, viewerHtml } from './viewer'
import { pageTitle } from '../shared/strings'

type ClaimState = { kind: 'none' } | { kind: 'mine' } | { kind: 'other'; name: string } | null

interface Ctx {
  me: Me
  claim: ClaimState
  messages: Message[]
}

const PRE_REVIEW = new Set(['SUBMITTED', 'PRE_REVIEW'])
const JUDGEABLE = new Set(['PROVIDED', 'ACCEPTED', 'NEEDS_CORRECTION', 'MISSING'])
const DONE = new Set(['COMPLETED', 'PARTLY_COMPLETED'])

async function claimState(a: Application, me: Me): Promise<ClaimState> {
  if (!isClerk(me) || !PRE_REVIEW.has(a.status)) return null
  const queue = await fetchQueue()
  const entry = queue.nodes.find((n) => n.application.id === a.id)
  if (!entry) return { kind: 'none' }
  if (entry.claimedByMe) return { kind: 'mine' }
  return entry.claimedBy ? { kind: 'other', name: entry.claimedBy } : { kind: 'none' }
}

const reviewing = (ctx: Ctx, a: Application): boolean => ctx.claim?.kind === 'mine' && PRE_REVIEW.has(a.status)

// --- pieces -------------------------------------------------------------------------------------

function headHtml(a: Application): Html {
  const t = s()
  return html`<h1 tabindex="-1">${a.name}</h1>
<p class="lede">${badge(pick(a.statusLabel.zh, a.statusLabel.en), staffTone(a.status))}
<span class="m">${t.trackingNumber} <span class="tn" id="tracking-number">${a.trackingNumber ?? ''}</span></span>
${a.submittedAt ? html`<span class="m">· ${t.submittedAt} ${dateTime(a.submittedAt)}</span>` : ''}
${a.acceptance ? html`<span class="m">· ${t.acceptance[a.acceptance] ?? a.acceptance}</span>` : ''}
${a.filedByHelper ? html`<span class="m">· ${t.filedByHelper}</span>` : ''}</p>`
}

function valueText(f: FormField | undefined, value: unknown): string {
  const t = s()
  if (value === null || value === undefined || value === '') return t.none
  if (typeof value === 'boolean') return value ? t.yes : t.no
  const choices = f?.rules?.choices ?? []
  const name = (v: unknown) => {
    const c = choices.find((x) => x.value === v)
    return c ? pick(c.name, c.name_en) : String(v)
  }
  if (Array.isArray(value)) return value.map(name).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  return name(value)
}

function formDataHtml(a: Application): Html {
  const t = s()
  const fields = a.formSchema?.fields ?? []
  const known = new Set(fields.map((f) => f.code))
  const rows: [string, string][] = fields.filter((f) => f.code in a.data).map((f) => [pick(f.name, f.name_en), valueText(f, a.data[f.code])])
  for (const [code, value] of Object.entries(a.data)) if (!known.has(code)) rows.push([code, valueText(undefined, value)])
  return html`<section class="sec" aria-labelledby="form-h"><h2 id="form-h">${t.formData}</h2>
${rows.length ? html`<dl class="kv form-data">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : html`<p>${t.noFormData}</p>`}
</section>`
}

function verdictHtml(m: Material): Html {
  const t = s()
  const key = m.material
  const current = m.status === 'ACCEPTED' ? 'ok' : m.status === 'NEEDS_CORRECTION' ? 'fix' : ''
  return html`<fieldset class="verdict" id="v-${key}" aria-describedby="v-${key}-err">
<legend class="sr">${t.verdict(m.name)}</legend>
<div class="seg">
${m.status === 'MISSING' ? '' : html`<label class="choice"><input type="radio" name="v-${key}" value="ok"${current === 'ok' ? html` checked` : ''}> ${t.verdictOk}</label>`}
<label class="choice"><input type="radio" name="v-${key}" value="fix"${current === 'fix' ? html` checked` : ''}> ${t.verdictFix}</label>
</div>
<div class="field reason" id="note-${key}-field"${current === 'fix' ? '' : html` hidden`}>
<label for="note-${key}">${t.reason}</label>
<p class="hint" id="note-${key}-hint">${t.reasonHint}</p>
<textarea id="note-${key}" rows="2" maxlength="500" aria-describedby="note-${key}-hint note-${key}-err">${m.status === 'NEEDS_CORRECTION' ? m.note : ''}</textarea>
${errLine(`note-${key}`)}
</div>
${errLine(`v-${key}`)}
</fieldset>`
}

function materialHtml(m: Material, judging: boolean): Html {
  const t = s()
  return html`<li class="mat desk-mat" data-material="${m.material}">
<div class="mat-h"><span class="mat-n" id="mn-${m.material}">${m.name}</span>
${badge(materialStatusLabel(m.status), materialTone(m.status))}
<span class="m">${m.required ? t.required : t.optional}${m.deferrable ? ` · ${t.deferrable}` : ''}</span></div>
${m.note && !(judging && m.status === 'NEEDS_CORRECTION') ? html`<p class="note">${m.note}</p>` : ''}
${m.upload ? viewerHtml(m.material, m.upload, m.name) : ''}
${judging && JUDGEABLE.has(m.status) ? verdictHtml(m) : ''}
</li>`
}

function materialsHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const judging = reviewing(ctx, a)
  return html`<section class="sec" aria-labelledby="mats-h"><h2 id="mats-h">${t.materials}</h2>
${judging ? html`<p class="m">${t.materialsLead}</p>` : ''}
<form id="review-form" method="post" novalidate>
<ul class="mats">${a.materials.map((m) => materialHtml(m, judging))}</ul>
${judging ? html`<p><button type="submit" class="btn alt" id="save-verdicts">${t.saveVerdicts}</button></p>` : ''}
</form></section>`
}

function claimHtml(ctx: Ctx): Html {
  const t = s()
  const c = ctx.claim
  if (!c) return html``
  return html`<section class="panel-box claim" aria-labelledby="claim-h"><h2 id="claim-h">${t.claimState}</h2>
${
  c.kind === 'mine'
    ? html`<p>${t.claimedMine}</p><p><button type="button" class="btn alt small" id="release">${t.release}</button></p>`
    : c.kind === 'other'
      ? html`<p>${t.claimedOther(c.name)}</p>`
      : html`<p>${t.notClaimed}</p><p><button type="button" class="btn" id="claim">${t.claim}</button></p>`
}</section>`
}

function correctionHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  if (!reviewing(ctx, a)) return html``
  return html`<section class="panel-box" aria-labelledby="corr-h"><h2 id="corr-h">${t.correction}</h2>
<p class="m">${t.correctionLead}</p>
<form id="correction-form" method="post" novalidate>
<div class="field"><label for="correction-summary">${t.correctionSummary}</label>
<textarea id="correction-summary" rows="2" maxlength="500"></textarea></div>
<p><button type="submit" class="btn block" id="send-correction">${t.sendCorrection}</button></p>
</form></section>`
}

function acceptHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  if (!reviewing(ctx, a)) return html``
  const deferrable = a.materials.filter((m) => m.deferrable && !['ACCEPTED', 'WAIVED', 'PRODUCED', 'DEFERRED'].includes(m.status))
  const mode = (value: AcceptanceMode, label: string, hint: string, checked = false) =>
    html`<label class="choice mode"><input type="radio" name="mode" value="${value}"${checked ? html` checked` : ''} aria-describedby="mode-${value}-hint"> <span><strong>${label}</strong><span class="hint" id="mode-${value}-hint">${hint}</span></span></label>`
  return html`<section class="panel-box" aria-labelledby="accept-h"><h2 id="accept-h">${t.acceptTitle}</h2>
<p class="m">${t.acceptLead}</p>
<form id="accept-form" method="post" novalidate>
<fieldset class="field choices"><legend>${t.mode}</legend>
${mode('NORMAL', t.modeNormal, t.modeNormalHint, true)}
${mode('DEFERRED', t.modeDeferred, t.modeDeferredHint)}
${mode('COMMITMENT', t.modeCommitment, t.modeCommitmentHint)}
</fieldset>
<fieldset class="field deferred" id="deferred" hidden aria-describedby="deferred-err"><legend>${t.deferredPick}</legend>
${
  deferrable.length
    ? deferrable.map(
        (m) => html`<div class="defer-row">
<label class="choice"><input type="checkbox" name="defer" value="${m.material}" id="defer-${m.material}"> ${m.name}</label>
<label class="sr" for="due-${m.material}">${t.deferredDue(m.name)}</label>
<input type="date" id="due-${m.material}" class="due" min="${isoDay(undefined, 1)}" value="${isoDay(undefined, 7)}" aria-describedby="due-${m.material}-err">
${errLine(`due-${m.material}`)}
</div>`,
      )
    : html`<p class="m">${t.deferredNone}</p>`
}
${errLine('deferred')}
</fieldset>
<p><button type="submit" class="btn block" id="accept">${t.acceptButton}</button></p>
</form></section>`
}

function laneHtml(l: Lane): Html {
  const t = s()
  const done = l.status === 'APPROVED' || l.status === 'REJECTED'
  return html`<li class="lane" data-dept="${l.departmentCode}">
<div class="mat-h"><span class="mat-n">${l.departmentName}</span>${badge(t.taskStatus[l.status] ?? l.status, staffTone(l.status))}
${l.overdue && !done ? badge(t.overdue, 'bad') : ''}${l.paused ? badge(t.paused, 'warn') : ''}</div>
<p class="m">${l.items.join('、')}</p>
<p class="m">${l.dueOn ? t.laneDue(date(l.dueOn), done ? null : l.remainingWorkingDays) : t.laneNotStarted(l.promisedDays)}</p>
${l.decisionNote ? html`<p class="note"><strong>${t.decisionNote}：</strong>${l.decisionNote}</p>` : ''}
</li>`
}

function myLane(a: Application, me: Me): Lane | undefined {
  if (!me.roles.includes('REVIEWER') || !me.departmentCode) return undefined
  return a.lanes.find((l) => l.departmentCode === me.departmentCode)
}

function decideHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const lane = myLane(a, ctx.me)
  if (!lane || !['ACCEPTED', 'IN_PROGRESS'].includes(a.status) || !['PENDING', 'IN_REVIEW'].includes(lane.status)) return html``
  return html`<section class="panel-box" aria-labelledby="decide-h"><h2 id="decide-h">${t.decideTitle}</h2>
<p class="m">${lane.departmentName} · ${lane.items.join('、')}</p>
<form id="decide-form" method="post" novalidate data-task="${lane.taskId}" data-status="${lane.status}">
<div class="field"><label for="decision-note">${t.approveNote}</label>
<p class="hint" id="decision-note-hint">${t.rejectReason}</p>
<textarea id="decision-note" rows="3" maxlength="2000" aria-describedby="decision-note-hint decision-note-err"></textarea>
${errLine('decision-note')}</div>
<div class="actions">
<button type="submit" class="btn" value="approve" id="approve">${t.approve}</button>
<button type="submit" class="btn alt danger" value="reject" id="reject">${t.reject}</button>
</div></form></section>`
}

function pickupText(a: Application): string {
  const t = s()
  const p = a.pickup ?? {}
  if (p.method === 'window') return t.pickupWindowText(p.window ?? '', p.hours ?? '')
  if (p.method === 'locker') return t.pickupLockerText(p.locker ?? '', p.expiresAt ? dateTime(p.expiresAt) : '')
  if (p.method === 'mail') return t.pickupMailText(p.carrier ?? '', p.tracking ?? '')
  return ''
}

function pickupHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const clerk = isClerk(ctx.me)
  if (DONE.has(a.status) && clerk) {
    const input = (id: string, label: string, hint = '', value = '') => html`<div class="field"><label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}<input id="${id}" type="text" maxlength="60" value="${value}" aria-describedby="${hint ? `${id}-hint ` : ''}${id}-err">${errLine(id)}</div>`
    return html`<section class="panel-box" aria-labelledby="pickup-h"><h2 id="pickup-h">${t.pickupTitle}</h2>
<p class="m">${t.pickupLead}</p>
<form id="pickup-form" method="post" novalidate>
<fieldset class="field choices"><legend>${t.pickupMethod}</legend>
<label class="choice"><input type="radio" name="method" value="WINDOW" checked> ${t.pickupWindow}</label>
<label class="choice"><input type="radio" name="method" value="LOCKER"> ${t.pickupLocker}</label>
<label class="choice"><input type="radio" name="method" value="MAIL"> ${t.pickupMail}</label>
</fieldset>
<div class="method" data-method="WINDOW">${input('pickup-window', t.window, t.windowHint)}${input('pickup-hours', t.hours, t.hoursHint)}</div>
<div class="method" data-method="LOCKER" hidden>${input('pickup-locker', t.locker, t.lockerHint)}</div>
<div class="method" data-method="MAIL" hidden>${input('pickup-carrier', t.carrier)}${input('pickup-tracking', t.tracking)}</div>
<p><button type="submit" class="btn block" id="set-pickup">${t.setPickup}</button></p>
</form></section>`
  }
  if ((a.status === 'READY_FOR_PICKUP' || a.status === 'COLLECTED') && a.pickup?.method) {
    const name = typeof a.data.applicant_name === 'string' ? a.data.applicant_name : ''
    return html`<section class="panel-box" aria-labelledby="pickup-h"><h2 id="pickup-h">${t.pickupIs}</h2>
<p id="pickup-text">${pickupText(a)}</p>
${
  a.status === 'READY_FOR_PICKUP' && clerk
    ? html`<form id="collect-form" method="post" novalidate><h3>${t.collectTitle}</h3>
<div class="field"><label for="collected-by">${t.collectedBy}</label><p class="hint" id="collected-by-hint">${t.collectedByHint}</p>
<input id="collected-by" type="text" maxlength="40" value="${name}" aria-describedby="collected-by-hint collected-by-err">${errLine('collected-by')}</div>
<div class="field"><label class="choice"><input type="checkbox" id="identity-checked" aria-describedby="identity-checked-err"> ${t.identityChecked}</label>${errLine('identity-checked')}</div>
<p><button type="submit" class="btn block" id="record-collection">${t.recordCollection}</button></p></form>`
    : ''
}</section>`
  }
  return html``
}

function messageHtml(m: Message): Html {
  const t = s()
  const mine = m.authorKind !== 'APPLICANT' && m.authorKind !== 'HELPER'
  return html`<li class="msg${mine ? ' staff' : ''}"><p class="msg-h"><strong>${m.authorName ?? t.authorKind[m.authorKind] ?? m.authorKind}</strong>
<span class="m">${t.authorKind[m.authorKind] ?? m.authorKind} · ${dateTime(m.at)}</span></p>
<p class="msg-b">${m.body}</p>
${m.attachment ? viewerHtml(`msg-${m.id}`, m.attachment, t.attachment) : ''}</li>`
}

function threadHtml(ctx: Ctx): Html {
  const t = s()
  return html`<section class="panel-box" aria-labelledby="thread-h"><h2 id="thread-h">${t.thread}</h2>
<p class="m">${t.threadLead}</p>
<ol class="thread" id="thread">${ctx.messages.length ? ctx.messages.map(messageHtml) : html`<li class="m empty">${t.threadEmpty}</li>`}</ol>
<form id="message-form" method="post" novalidate>
<div class="field"><label for="message-body">${t.messageBody}</label>
<textarea id="message-body" rows="3" maxlength="4000" aria-describedby="message-body-err"></textarea>${errLine('message-body')}</div>
<p><button type="submit" class="btn alt" id="send-message">${t.send}</button></p>
</form></section>`
}

function timelineHtml(a: Application): Html {
  const t = s()
  const names = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
  return html`<section class="sec" aria-labelledby="log-h"><h2 id="log-h">${t.timeline}</h2>
<ol class="log">${[...a.events].reverse().map((e) => {
    const status = isApplicationStatus(e.toStatus) ? applicationStatusLabel(e.toStatus) : (t.taskStatus[e.toStatus.toUpperCase()] ?? e.toStatus)
    const who = [e.departmentCode ? names.get(e.departmentCode) : '', e.actorName ?? t.actorKind[e.actorKind] ?? e.actorKind].filter(Boolean).join(' · ')
    return html`<li><span class="ev-t">${dateTime(e.at)}</span> <strong>${status}</strong> <span class="m">${who}</span>${e.reason ? html`<span class="ev-r">${e.reason}</span>` : ''}</li>`
  })}</ol></section>`
}

function contentHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  return html`<div class="app-grid">
<div class="app-main">
<div class="next-action" id="next-action"><h2>${t.nextAction}</h2><p>${pick(a.nextAction.zh, a.nextAction.en)}</p></div>
${claimHtml(ctx)}
${formDataHtml(a)}
${materialsHtml(a, ctx)}
${a.lanes.length ? html`<section class="sec" aria-labelledby="lanes-h"><h2 id="lanes-h">${t.lanes}</h2><ul class="lanes">${a.lanes.map(laneHtml)}</ul></section>` : ''}
${timelineHtml(a)}
</div>
<div class="app-side">
${correctionHtml(a, ctx)}
${acceptHtml(a, ctx)}
${decideHtml(a, ctx)}
${pickupHtml(a, ctx)}
${threadHtml(ctx)}
</div>
</div>`
}

// --- behaviour ----------------------------------------------------------------------------------

/** The verdicts chosen on the page, checked: a correction needs its reason. */
function readVerdicts(root: HTMLElement): Verdict[] | null {
  const t = s()
  const verdicts: Verdict[] = []
  let firstBad: HTMLElement | null = null
  for (const set of root.querySelectorAll<HTMLFieldSetElement>('fieldset.verdict')) {
    const key = set.id.slice(2)
    const choice = set.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value
    setError(root, `note-${key}`, null)
    if (!choice) continue
    const note = root.querySelector<HTMLTextAreaElement>(`#note-${key}`)?.value.trim() ?? ''
    if (choice === 'fix' && !note) {
      setError(root, `note-${key}`, t.reasonRequired)
      firstBad ??= root.querySelector<HTMLElement>(`#note-${key}`)
      continue
    }
    verdicts.push({ material: key, ok: choice === 'ok', note: choice === 'fix' ? note : '' })
  }
  if (firstBad) {
    firstBad.focus()
    return null
  }
  return verdicts
}

export async function applicationPage(id: string, me: Me): Promise<View> {
  const t = s()
  let a = await fetchApplication(id)
  const [claimed, messages] = await Promise.all([claimState(a, me), fetchMessages(id).catch(() => [] as Message[])])
  const ctx: Ctx = { me, claim: claimed, messages }
  const back = isClerk(me) && PRE_REVIEW.has(a.status) ? html`<a href="/desk/queue">← ${t.queueTitle}</a>` : html`<a href="/desk">← ${t.backToDesk}</a>`

  return {
    title: pageTitle(`${a.trackingNumber ?? a.id} · ${a.name}`),
    body: html`<div class="desk wide" id="desk"><p class="crumbs-back">${back}</p>
<div class="head-row"><div id="head">${headHtml(a)}</div><button type="button" class="btn alt small" id="refresh">${t.refresh}</button></div>
${alertRegion()}
${statusRegion()}
<div id="content">${contentHtml(a, ctx)}</div></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      if (!root) return
      const head = root.querySelector<HTMLElement>('#head') as HTMLElement
      const content = root.querySelector<HTMLElement>('#content') as HTMLElement
      const status = root.querySelector<HTMLElement>('#status')
      status?.setAttribute('tabindex', '-1')
      mountViewers(root)

      const redraw = async (next: Application | null, message: string) => {
        a = next ?? (await fetchApplication(id))
        ;[ctx.claim, ctx.messages] = await Promise.all([claimState(a, me), fetchMessages(id).catch(() => ctx.messages)])
        head.innerHTML = headHtml(a).value
        dropFiles() // the open viewers go with the old content
        content.innerHTML = contentHtml(a, ctx).value
        say(root, 'alert', '')
        say(root, 'status', message, message ? 'ok' : '')
        if (message) status?.focus()
      }

      /** Run an action from a button: busy while it runs, the page redrawn after, errors in the alert. */
      const act = async (button: HTMLButtonElement | null, run: () => Promise<Application | null>, done: string) => {
        say(root, 'alert', '')
        say(root, 'status', '')
        const undo = busy(button)
        try {
          const next = await run()
          await redraw(next, done)
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      }

      root.addEventListener('change', (e) => {
        const input = e.target as HTMLInputElement
        if (input.type === 'radio' && input.name.startsWith('v-')) {
          const key = input.name.slice(2)
          const box = root.querySelector<HTMLElement>(`#note-${key}-field`)
          if (box) box.hidden = input.value !== 'fix'
          if (input.value === 'fix') root.querySelector<HTMLElement>(`#note-${key}`)?.focus()
        }
        if (input.name === 'mode') {
          const deferred = root.querySelector<HTMLElement>('#deferred')
          if (deferred) deferred.hidden = input.value !== 'DEFERRED'
        }
        if (input.name === 'method') {
          for (const box of root.querySelectorAll<HTMLElement>('.method')) box.hidden = box.dataset.method !== input.value
        }
      })

      root.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button')
        if (!button || button.type === 'submit') return
        if (button.id === 'refresh') void act(button, async () => null, t.refreshed)
        if (button.id === 'claim') void act(button, () => claim(id), t.claimed)
        if (button.id === 'release') void act(button, () => release(id), t.released)
      })

      root.addEventListener('submit', (e) => {
        const form = e.target as HTMLFormElement
        e.preventDefault()
        const submitter = (e).submitter as HTMLButtonElement | null
        switch (form.id) {
          case 'review-form': {
            const verdicts = readVerdicts(root)
            if (!verdicts) return
            if (!verdicts.length) return say(root, 'alert', t.nothingJudged, 'bad')
            return void act(submitter, () => judge(id, verdicts), t.verdictsSaved)
          }
          case 'correction-form': {
            const verdicts = readVerdicts(root)
            if (!verdicts) return
            if (!verdicts.some((v) => !v.ok) && !a.materials.some((m) => m.status === 'NEEDS_CORRECTION')) {
              say(root, 'alert', t.noneFlagged, 'bad')
              return root.querySelector<HTMLElement>('#alert')?.focus()
            }
            const summary = root.querySelector<HTMLTextAreaElement>('#correction-summary')?.value ?? ''
            return void act(
              submitter,
              async () => {
                if (verdicts.length) await judge(id, verdicts)
                return requestCorrections(id, summary)
              },
              t.correctionSent,
            )
          }
          case 'accept-form':
            return submitAccept(form, submitter)
          case 'decide-form':
            return submitDecision(form, submitter)
          case 'pickup-form':
            return submitPickup(form, submitter)
          case 'collect-form': {
            const by = root.querySelector<HTMLInputElement>('#collected-by')
            const checked = root.querySelector<HTMLInputElement>('#identity-checked')
            setError(root, 'collected-by', null)
            setError(root, 'identity-checked', null)
            if (!by?.value.trim()) {
              setError(root, 'collected-by', t.fill(t.collectedBy))
              return by?.focus()
            }
            if (!checked?.checked) {
              setError(root, 'identity-checked', t.identityRequired)
              return checked?.focus()
            }
            return void act(submitter, () => recordCollection(id, by.value.trim(), true), t.collectionRecorded)
          }
          case 'message-form': {
            const body = root.querySelector<HTMLTextAreaElement>('#message-body')
            setError(root, 'message-body', null)
            if (!body?.value.trim()) {
              setError(root, 'message-body', t.emptyMessage)
              return body?.focus()
            }
            return void act(submitter, () => postMessage(id, body.value.trim()), t.sent)
          }
        }
      })

      function submitAccept(form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
        const mode = (form.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value ?? 'NORMAL') as AcceptanceMode
        const verdicts = readVerdicts(root as HTMLElement)
        if (!verdicts) return
        const deferred: { material: string; dueOn: string }[] = []
        setError(form, 'deferred', null)
        if (mode === 'DEFERRED') {
          for (const box of form.querySelectorAll<HTMLInputElement>('input[name=defer]:checked')) {
            const due = form.querySelector<HTMLInputElement>(`#due-${box.value}`)
            setError(form, `due-${box.value}`, null)
            if (!due?.value || due.value <= isoDay()) {
              setError(form, `due-${box.value}`, t.pickDue)
              return due?.focus()
            }
            deferred.push({ material: box.value, dueOn: due.value })
          }
          if (!deferred.length) {
            setError(form, 'deferred', t.deferredPickOne)
            return form.querySelector<HTMLElement>('input[name=defer]')?.focus()
          }
        }
        const later = new Set(deferred.map((d) => d.material))
        const flagged = verdicts.filter((v) => !v.ok && !later.has(v.material))
        if (flagged.length) {
          say(root as HTMLElement, 'alert', t.flaggedBlock, 'bad')
          return (root as HTMLElement).querySelector<HTMLElement>('#alert')?.focus()
        }
        void act(
          submitter,
          async () => {
            if (verdicts.length) await judge(id, verdicts)
            return accept(id, mode, deferred)
          },
          t.accepted,
        )
      }

      function submitDecision(form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
        const approve = submitter?.value !== 'reject'
        const note = form.querySelector<HTMLTextAreaElement>('#decision-note')
        setError(form, 'decision-note', null)
        if (!approve && !note?.value.trim()) {
          setError(form, 'decision-note', t.rejectNeedsReason)
          return note?.focus()
        }
        const task = form.dataset.task ?? ''
        void act(
          submitter,
          async () => {
            if (form.dataset.status === 'PENDING') await startReview(task)
            return decide(task, approve, note?.value.trim() ?? '')
          },
          t.decided(approve),
        )
      }

      function submitPickup(form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
        const method = (form.querySelector<HTMLInputElement>('input[name=method]:checked')?.value ?? 'WINDOW') as PickupInput['method']
        const value = (key: string) => form.querySelector<HTMLInputElement>(`#pickup-${key}`)?.value.trim() ?? ''
        const need: [string, string][] =
          method === 'WINDOW' ? [['window', t.window]] : method === 'LOCKER' ? [['locker', t.locker]] : [['carrier', t.carrier], ['tracking', t.tracking]]
        for (const key of ['window', 'locker', 'carrier', 'tracking']) setError(form, `pickup-${key}`, null)
        for (const [key, label] of need) {
          if (!value(key)) {
            setError(form, `pickup-${key}`, t.fill(label))
            return form.querySelector<HTMLElement>(`#pickup-${key}`)?.focus()
          }
        }
        const pickup: PickupInput =
          method === 'WINDOW'
            ? { method, window: value('window'), hours: value('hours') }
            : method === 'LOCKER'
              ? { method, locker: value('locker') }
              : { method, carrier: value('carrier'), tracking: value('tracking') }
        void act(submitter, () => setPickup(id, pickup), t.pickupSet)
      }
    },
  }
}
