/**
 * 容缺 on the progress page: each deferred material still owed, with its due date and an upload in
 * place (camera or file); a chosen file is uploaded and handed in at once, then the window checks it.
 */
import { SignInNeeded } from '../../shared/session'
import { type AppMaterial, type Application, handInOwed, isError } from '../api'
import { html, pick, type Html } from '../../shared/kit'
import { s } from '../strings'
import { date } from '../../shared/dates'
import { errorText, fail, isOffline, setError } from '../../shared/feedback'
import { badge } from '../../shared/parts'
import { say } from '../../shared/live'
import { upload, UploadRefused } from '../upload'
import { type Detail } from './page'

export const owedList = (a: Application): AppMaterial[] => a.materials.filter((m) => m.owed)

function owedItem(m: AppMaterial): Html {
  const t = s()
  const id = `o-${m.material}`
  const late = m.status === 'DEFERRED' && m.late
  const state =
    m.status === 'PROVIDED' ? badge(t.owedChecking, 'ok') : m.note ? badge(t.owedSentBack, 'warn') : late ? badge(t.overdue, 'bad') : ''
  const when = m.dueOn ? (late ? t.owedLate(date(m.dueOn)) : t.owedDue(date(m.dueOn))) : ''
  return html`<li class="upl" id="${id}-field" data-state="${m.status === 'PROVIDED' ? 'done' : 'empty'}">
<div class="upl-h"><span class="mat-n" id="${id}-name">${m.name}</span>${state}</div>
<p class="m${late ? ' bad-text' : ''}" id="${id}-due">${when}</p>
${m.note ? html`<p class="reviewer-note" id="${id}-note"><strong>${t.reviewerNote}${pick('：', ': ')}</strong>${m.note}</p>` : ''}
<div class="upl-st" id="${id}-st" aria-live="polite"></div>
${
  m.status === 'DEFERRED'
    ? html`<div class="upl-btns">
<input type="file" class="sr" id="${id}-cam" accept="image/*" capture="environment" data-owed="${m.material}" aria-describedby="${id}-name ${id}-due ${id}-st ${id}-err"><label class="btn alt small" for="${id}-cam">${t.takePhoto}<span class="sr">：${m.name}</span></label>
<input type="file" class="sr" id="${id}-file" accept="image/*,application/pdf" data-owed="${m.material}" aria-describedby="${id}-name ${id}-due ${id}-st ${id}-err"><label class="btn alt small" for="${id}-file">${t.chooseFile}<span class="sr">：${m.name}</span></label>
</div>`
    : ''
}
<p class="err" id="${id}-err" hidden></p>
</li>`
}

/** The owed materials, with an upload in place for those still to hand in. */
export function owedHtml(a: Application): Html {
  const t = s()
  const owed = owedList(a)
  if (!owed.length || !['ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'PARTLY_COMPLETED'].includes(a.status)) return html``
  return html`<section class="sec correction owed" aria-labelledby="owed-h" id="owed">
<h2 id="owed-h">${t.owedTitle}</h2>
<p>${t.owedLead}</p>
<ul class="upls">${owed.map(owedItem)}</ul>
</section>`
}

/** A file chosen for an owed material: uploaded, then handed in; the page is redrawn with the answer. */
export async function handIn(detail: Detail, material: string, file: File): Promise<void> {
  const { root, content } = detail
  const t = s()
  const id = `o-${material}`
  const row = content.querySelector<HTMLElement>(`#${id}-field`)
  const st = content.querySelector<HTMLElement>(`#${id}-st`)
  const name = detail.a.materials.find((m) => m.material === material)?.name ?? material
  setError(content, id, null)
  if (row) row.dataset.state = 'uploading'
  if (st) st.textContent = t.uploading(0)
  try {
    const up = await upload(file, file.name, (p) => {
      if (st) st.textContent = t.uploading(Math.round(p * 100))
    })
    const r = await handInOwed(detail.a.id, { material, upload: up.id })
    if (isError(r)) {
      if (row) row.dataset.state = 'failed'
      if (st) st.textContent = ''
      return setError(content, id, errorText(r))
    }
    detail.redraw(r, false)
    say(root, 'status', t.owedHandedIn(name), 'ok')
    root.querySelector<HTMLElement>('#owed-h')?.focus()
  } catch (err) {
    if (row) row.dataset.state = 'failed'
    if (st) st.textContent = ''
    if (err instanceof SignInNeeded) return fail(root, 'alert', err)
    setError(content, id, err instanceof UploadRefused ? pick(err.zh, err.en) : isOffline(err) ? t.offline : t.uploadFailed)
  }
}
