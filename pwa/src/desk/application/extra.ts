/**
 * Correction lists after the one-time notice (补充补正): the clerk asks with the reason (a supervisor
 * at the window sends it at once), a supervisor approves or refuses it with a note; every request is
 * listed on the application and flagged in e-supervision (/desk/corrections).
 */
import { html, type Html } from '../../shared/kit'
import { decideExtraCorrection, judge, requestCorrections, type Application, type ExtraCorrection, type Me } from '../api'
import { s } from '../strings'
import { dateTime } from '../../shared/dates'
import { errLine, setError } from '../../shared/feedback'
import { badge } from '../../shared/parts'
import { type Ctx, reviewing } from './context'
import { readVerdicts } from './review'
import { type Desk } from './page'

export const isApprover = (me: Me): boolean => me.roles.includes('SUPERVISOR')

const TONE: Record<string, 'warn' | 'ok' | 'bad'> = { PENDING: 'warn', SENT: 'ok', REFUSED: 'bad' }

function askHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  if (!reviewing(ctx, a) || a.correctionLists < 1 || ctx.extras.some((x) => x.status === 'PENDING')) return html``
  return html`<section class="panel-box" aria-labelledby="extra-h"><h2 id="extra-h">${t.extraTitle}</h2>
<p class="m">${t.extraLead(a.correctionLists)}</p>
<form id="extra-form" method="post" novalidate>
<div class="field"><label for="extra-reason">${t.extraReason}</label><p class="hint" id="extra-reason-hint">${t.extraReasonHint}</p>
<textarea id="extra-reason" rows="3" maxlength="1000" aria-describedby="extra-reason-hint extra-reason-err" required aria-required="true"></textarea>${errLine('extra-reason')}</div>
<div class="field"><label for="extra-summary">${t.correctionSummary}</label><textarea id="extra-summary" rows="2" maxlength="500"></textarea></div>
<p><button type="submit" class="btn block" id="send-extra">${isApprover(ctx.me) ? t.sendExtraNow : t.askExtra}</button></p>
</form></section>`
}

function requestHtml(x: ExtraCorrection, me: Me): Html {
  const t = s()
  return html`<li class="extra" data-request="${x.id}">
<div class="mat-h"><span class="mat-n">${t.extraRound(x.round)}</span>${badge(t.extraStatus[x.status] ?? x.status, TONE[x.status] ?? 'warn')}</div>
<p><strong>${t.colReason}：</strong>${x.reason}</p>
<ul class="m">${x.materials.map((m) => html`<li>${m.name}：${m.note}</li>`)}</ul>
<p class="m">${t.extraAskedBy(x.requestedBy ?? '', dateTime(x.createdAt))}${x.decidedAt ? html` · ${t.extraDecidedBy(x.decidedBy ?? '', dateTime(x.decidedAt))}` : ''}</p>
${x.decisionNote ? html`<p class="note"><strong>${t.extraDecideNote}：</strong>${x.decisionNote}</p>` : ''}
${
  x.status === 'PENDING' && isApprover(me)
    ? html`<form id="extra-decide-form" method="post" novalidate data-request="${x.id}">
<div class="field"><label for="extra-note">${t.extraDecideNote}</label><p class="hint" id="extra-note-hint">${t.extraDecideNoteHint}</p>
<textarea id="extra-note" rows="2" maxlength="1000" aria-describedby="extra-note-hint extra-note-err"></textarea>${errLine('extra-note')}</div>
<div class="actions"><button type="submit" class="btn" value="approve" id="extra-approve">${t.extraApprove}</button>
<button type="submit" class="btn alt danger" value="refuse" id="extra-refuse">${t.extraRefuse}</button></div></form>`
    : ''
}</li>`
}

export function extraHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const list = ctx.extras.length
    ? html`<section class="panel-box" aria-labelledby="extras-h"><h2 id="extras-h">${t.extraListTitle}</h2>
<ul class="extras" id="extras">${[...ctx.extras].reverse().map((x) => requestHtml(x, ctx.me))}</ul></section>`
    : ''
  return html`${askHtml(a, ctx)}${list}`
}

/** An extra list: the verdicts chosen, then the list with its reason (asked, or sent by a supervisor). */
export function submitExtra(desk: Desk, submitter: HTMLButtonElement | null): void {
  const { root, id, ctx } = desk
  const t = s()
  const reason = root.querySelector<HTMLTextAreaElement>('#extra-reason')
  setError(root, 'extra-reason', null)
  if (!reason?.value.trim()) {
    setError(root, 'extra-reason', t.extraReasonRequired)
    return reason?.focus()
  }
  const verdicts = readVerdicts(root)
  if (!verdicts) return
  const summary = root.querySelector<HTMLTextAreaElement>('#extra-summary')?.value ?? ''
  const run = async () => {
    if (verdicts.length) await judge(id, verdicts)
    return requestCorrections(id, summary, reason.value.trim())
  }
  void desk.act(submitter, run, isApprover(ctx.me) ? t.extraSent : t.extraAsked)
}

/** A supervisor's answer; refusing needs the note. */
export function submitExtraDecision(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  const t = s()
  const approve = submitter?.value !== 'refuse'
  const note = form.querySelector<HTMLTextAreaElement>('#extra-note')
  setError(form, 'extra-note', null)
  if (!approve && !note?.value.trim()) {
    setError(form, 'extra-note', t.extraRefuseNeedsNote)
    return note?.focus()
  }
  const request = form.dataset.request ?? ''
  void desk.act(submitter, () => decideExtraCorrection(request, approve, note?.value.trim() ?? ''), t.extraDecided(approve))
}
