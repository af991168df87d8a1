/**
 * After acceptance: the reviewer's decision for their department, how the result reaches the
 * applicant, the collection at the window; and the page's content in one piece.
 */
import { html, type Html, pick } from '../../shared/kit'
import { type Application } from '../api'
import { s } from '../strings'
import { isClerk } from '../ui'
import { dateTime } from '../../shared/dates'
import { errLine } from '../../shared/feedback'
import { type Ctx, DONE, myLane } from './context'
import { formDataHtml, laneHtml, threadHtml, timelineHtml } from './record'
import { materialsHtml, claimHtml, correctionHtml, acceptHtml } from './review'
import { owedHtml } from './owed'

export function decideHtml(a: Application, ctx: Ctx): Html {
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

export function pickupText(a: Application): string {
  const t = s()
  const p = a.pickup ?? {}
  if (p.method === 'window') return t.pickupWindowText(p.window ?? '', p.hours ?? '')
  if (p.method === 'locker') return t.pickupLockerText(p.locker ?? '', p.expiresAt ? dateTime(p.expiresAt) : '')
  if (p.method === 'mail') return t.pickupMailText(p.carrier ?? '', p.tracking ?? '')
  return ''
}

export function pickupHtml(a: Application, ctx: Ctx): Html {
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

export function contentHtml(a: Application, ctx: Ctx): Html {
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
${owedHtml(a, ctx)}
${decideHtml(a, ctx)}
${pickupHtml(a, ctx)}
${threadHtml(ctx)}
</div>
</div>`
}
