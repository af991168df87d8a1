/**
 * 容缺 at the desk after acceptance: each deferred material still owed, its due date, and for one the
 * applicant has handed in, the file and the window clerk's check (accept, or send back with the reason).
 */
import { html, type Html, pick } from '../../shared/kit'
import { type Application, type Material } from '../api'
import { s } from '../strings'
import { date } from '../../shared/dates'
import { errLine } from '../../shared/feedback'
import { badge } from '../../shared/parts'
import { isClerk } from '../ui'
import { viewerHtml } from '../viewer'
import { type Ctx } from './context'

function owedItem(m: Material, clerk: boolean): Html {
  const t = s()
  const due = m.dueOn ? date(m.dueOn) : ''
  const key = m.material
  const state =
    m.status === 'PROVIDED' ? badge(t.owedHandedIn, 'warn') : m.late ? badge(t.overdue, 'bad') : ''
  return html`<li class="mat desk-mat owed-mat" data-material="${key}">
<div class="mat-h"><span class="mat-n" id="on-${key}">${pick(m.name, m.nameEn)}</span>${state}</div>
${m.status === 'PROVIDED' ? '' : html`<p class="m">${m.late ? t.owedLate(due) : t.owedWaiting(due)}</p>`}
${m.note ? html`<p class="note">${m.note}</p>` : ''}
${m.status === 'PROVIDED' && m.upload ? viewerHtml(`owed-${key}`, m.upload, pick(m.name, m.nameEn)) : ''}
${
  m.status === 'PROVIDED' && clerk
    ? html`<form class="owed-form" id="owed-form-${key}" data-material="${key}" method="post" novalidate aria-labelledby="on-${key}">
<div class="field"><label for="owed-note-${key}">${t.owedNote}</label>
<textarea id="owed-note-${key}" rows="2" maxlength="500" aria-describedby="owed-note-${key}-err"></textarea>${errLine(`owed-note-${key}`)}</div>
<div class="actions"><button type="submit" class="btn" value="ok" id="owed-ok-${key}">${t.owedOk}<span class="sr">：${pick(m.name, m.nameEn)}</span></button>
<button type="submit" class="btn alt" value="back" id="owed-back-${key}">${t.owedBack}<span class="sr">：${pick(m.name, m.nameEn)}</span></button></div>
</form>`
    : ''
}</li>`
}

/** The owed materials of an accepted application; the check is the window clerk's. */
export function owedHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const owed = a.materials.filter((m) => m.owed)
  if (!owed.length) return html``
  const clerk = isClerk(ctx.me)
  return html`<section class="panel-box owed" aria-labelledby="owed-h" id="owed"><h2 id="owed-h">${t.owedTitle}</h2>
${clerk ? html`<p class="m">${t.owedLead}</p>` : ''}
<ul class="mats">${owed.map((m) => owedItem(m, clerk))}</ul></section>`
}
