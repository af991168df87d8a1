/**
 * 好差评 on /applications/<id>: the applicant rates a finished application (completed, partly
 * completed, ready for pickup, collected, closed or rejected) on five levels, a radio group, with an
 * optional comment — the whole application or one department's part. Changeable for 7 days (the
 * server's rule). 不满意 or worse opens a rectification case: its number and deadline are said at once,
 * and the application's cases are listed here (to confirm an answer: /cases).
 *
 * Loaded by the application chunk (src/apply/detail.ts) with import(); it uses the kit that chunk
 * has set (../account/kit) and brings its own styles.
 */
import { html, type Html, pick } from '../shared/kit'
import { isError, myCases, rateApplication, type Rating } from './api'
import { caseHtml } from './cases'
import { s } from './strings'
import { addStyles } from './ui'
import { date, dateTime } from '../shared/dates'
import { errorText, fail, setError } from '../shared/feedback'
import { busy, say } from '../shared/live'

/** What the rating needs of an application (src/apply/api.ts Application has it). */
export interface Rateable {
  id: string
  status: string
  lanes: { departmentCode: string; departmentName: string }[]
}

const RATABLE = new Set(['COMPLETED', 'PARTLY_COMPLETED', 'READY_FOR_PICKUP', 'COLLECTED', 'CLOSED', 'REJECTED'])

export const isRatable = (status: string): boolean => RATABLE.has(status)

function formHtml(a: Rateable): Html {
  const t = s()
  const departments = a.lanes.length > 1 ? a.lanes : []
  return html`<form id="rate-form" method="post" novalidate>
${
  departments.length
    ? html`<div class="field"><label for="rate-scope">${t.rateScope}</label><select id="rate-scope">
<option value="">${t.wholeApplication}</option>${departments.map((l) => html`<option value="${l.departmentCode}">${l.departmentName}</option>`)}</select></div>`
    : ''
}
<fieldset class="field levels" id="rate-level-field" role="radiogroup" aria-required="true" aria-describedby="rate-level-err">
<legend>${t.rateLevel}</legend>
<div class="level-list">${[1, 2, 3, 4, 5].map(
    (n) => html`<label class="level"><input type="radio" name="level" value="${n}" data-for="rate-level"><span class="lv-n" aria-hidden="true">${n}</span><span>${t.levels[n]}</span></label>`,
  )}</div>
<p class="err" id="rate-level-err" hidden></p>
</fieldset>
<div class="field"><label for="rate-comment">${t.rateComment}<span class="opt">${t.optional}</span></label>
<p class="hint" id="rate-comment-hint">${t.rateCommentHint}</p>
<textarea id="rate-comment" rows="3" maxlength="2000" aria-describedby="rate-comment-hint"></textarea></div>
<p><button type="submit" class="btn" id="rate-submit">${t.rateSubmit}</button></p>
</form>`
}

function resultHtml(r: Rating, known: Set<string>): Html {
  const t = s()
  const c = r.rectificationCase
  const said = c ? (known.has(c.id) ? t.caseOngoing(c.number, date(c.deadline)) : t.caseOpened(c.number, date(c.deadline))) : ''
  return html`<div class="panel${c ? ' queued' : ''}" id="rate-done" tabindex="-1">
<p>${t.rated(pick(r.levelLabel, r.levelLabelEn), dateTime(r.changeableUntil))}</p>
${c ? html`<p class="panel-t" id="case-opened">${said}</p><p><a href="/cases">${t.seeCases}</a></p>` : ''}
</div>`
}

/** Draw the rating into `slot`; returns what to call when the application changes (live updates). */
export function mountRating(slot: HTMLElement, app: Rateable): (next: Rateable) => void {
  addStyles()
  let a = app
  const t = s()
  const known = new Set<string>() // cases of this application already open before this rating

  const loadCases = async () => {
    const box = slot.querySelector<HTMLElement>('#rate-cases')
    if (!box) return
    try {
      const mine = (await myCases()).nodes.filter((c) => c.applicationId === a.id)
      for (const c of mine) known.add(c.id)
      box.innerHTML = mine.length
        ? html`<h3>${t.thisAppCases}</h3><ul class="cases">${mine.map((c) => caseHtml(c, false))}</ul><p><a href="/cases">${t.seeCases}</a></p>`.value
        : ''
    } catch {
      /* the list is a courtesy: the rating works without it */
    }
  }

  const draw = () => {
    if (!isRatable(a.status)) {
      slot.replaceChildren()
      return
    }
    slot.innerHTML = html`<section class="sec rate" aria-labelledby="rate-h">
<h2 id="rate-h">${t.rateTitle}</h2>
<p>${t.rateLead}</p>
<div class="alert" id="rate-alert" role="alert" tabindex="-1"></div>
<div id="rate-result" role="status" aria-live="polite"></div>
${formHtml(a)}
<div id="rate-cases"></div>
</section>`.value
    void loadCases()
  }

  slot.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'level') setError(slot, 'rate-level', null)
  })

  slot.addEventListener('submit', async (e) => {
    const form = e.target as HTMLFormElement
    if (form.id !== 'rate-form') return
    e.preventDefault()
    const level = Number(form.querySelector<HTMLInputElement>('input[name=level]:checked')?.value ?? 0)
    if (!level) {
      setError(slot, 'rate-level', t.pickLevel)
      return form.querySelector<HTMLInputElement>('input[name=level]')?.focus()
    }
    const comment = form.querySelector<HTMLTextAreaElement>('#rate-comment')?.value.trim() ?? ''
    const scope = form.querySelector<HTMLSelectElement>('#rate-scope')?.value || null
    say(slot, 'rate-alert', '')
    const done = busy(form.querySelector<HTMLButtonElement>('#rate-submit'))
    try {
      const r = await rateApplication(a.id, level, comment, scope)
      done()
      if (isError(r)) {
        say(slot, 'rate-alert', errorText(r), 'bad')
        return slot.querySelector<HTMLElement>('#rate-alert')?.focus()
      }
      const result = slot.querySelector<HTMLElement>('#rate-result')
      if (result) result.innerHTML = resultHtml(r, known).value
      slot.querySelector<HTMLElement>('#rate-done')?.focus()
      void loadCases()
    } catch (err) {
      done()
      fail(slot, 'rate-alert', err)
    }
  })

  draw()
  return (next) => {
    const was = isRatable(a.status)
    a = next
    if (isRatable(a.status) !== was) draw()
  }
}
