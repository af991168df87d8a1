/**
 * After acceptance: the reviewer's decision for their department (the delivery: ./delivery.ts);
 * and the page's content in one piece.
 */
import { signedCommitmentsHtml } from './commitments'
import { html, type Html, pick } from '../../shared/kit'
import { type Application } from '../api'
import { s } from '../strings'
import { errLine } from '../../shared/feedback'
import { type Ctx, myLane } from './context'
import { formDataHtml, laneHtml, threadHtml, timelineHtml } from './record'
import { materialsHtml, claimHtml, correctionHtml, acceptHtml } from './review'
import { pickupHtml } from './delivery'
import { extraHtml } from './extra'
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

export function contentHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  return html`<div class="app-grid">
<div class="app-main">
<div class="next-action" id="next-action"><h2>${t.nextAction}</h2><p>${pick(a.nextAction.zh, a.nextAction.en)}</p></div>
${claimHtml(ctx)}
${formDataHtml(a)}
${materialsHtml(a, ctx)}
${signedCommitmentsHtml(a)}
${a.lanes.length ? html`<section class="sec" aria-labelledby="lanes-h"><h2 id="lanes-h">${t.lanes}</h2><ul class="lanes">${a.lanes.map(laneHtml)}</ul></section>` : ''}
${timelineHtml(a)}
</div>
<div class="app-side">
${correctionHtml(a, ctx)}
${extraHtml(a, ctx)}
${acceptHtml(a, ctx)}
${owedHtml(a, ctx)}
${decideHtml(a, ctx)}
${pickupHtml(a, ctx)}
${threadHtml(ctx)}
</div>
</div>`
}
