/**
 * /desk/cases: rectification cases (整改工单) opened by bad ratings and problem reports. A supervisor
 * sees all, assigns them to a department (转办 / 督办) and may answer; a reviewer answers their
 * department's.
 */
import { html, type Html, navigate, pick } from '../shared/kit'
import type { View } from '../views/view'
import type { Me } from './api'
import { answerCase, assignCase, fetchCases, fetchDepartments, type CaseStatus, type RectificationCase } from './oversight-api'
import { s } from './strings'
import { deskParts, fail, isSupervisor } from './ui'
import { date, dateTime } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const STATUSES: CaseStatus[] = ['OPEN', 'ASSIGNED', 'REOPENED', 'ANSWERED', 'CONFIRMED']
const WORKING = new Set<CaseStatus>(['OPEN', 'ASSIGNED', 'REOPENED'])

type Dept = { code: string; name: string; nameEn: string }

function caseHtml(c: RectificationCase, me: Me, departments: Dept[]): Html {
  const t = s()
  const key = `c-${c.id}`
  const supervisor = isSupervisor(me)
  const mayAnswer = WORKING.has(c.status) && (supervisor || (!!c.departmentCode && c.departmentCode === me.departmentCode))
  const tone = c.status === 'CONFIRMED' ? 'ok' : c.status === 'ANSWERED' ? '' : 'warn'
  return html`<li class="task case" id="${key}" data-case="${c.id}">
<div class="mat-h"><span class="mat-n">${t.caseNo(c.number)} · ${c.catalogName || t.caseSource[c.source]}</span>
${badge(t.caseStatus[c.status] ?? c.status, tone)}${c.overdue ? badge(t.overdue, 'bad') : ''}</div>
<p class="m">${t.caseSource[c.source]}${c.ratingLevel ? ` · ${t.rating(c.ratingLevel)}（${t.ratingLevels[c.ratingLevel] ?? ''}）` : ''}${
    c.trackingNumber ? html` · ${c.applicationId ? html`<a class="tn" href="/desk/applications/${c.applicationId}">${c.trackingNumber}</a>` : c.trackingNumber}` : ''
  }${c.departmentName ? ` · ${c.departmentName}` : ''}</p>
<p class="case-sum">${c.summary}</p>
<p class="m">${date(c.openedOn)} · ${t.deadline(date(c.deadline))}${c.contactPhone ? ` · ${t.contact} ${c.contactPhone}` : ''}</p>
${c.instruction ? html`<p class="note"><strong>${t.instruction}：</strong>${c.instruction}</p>` : ''}
${c.answer ? html`<p class="note"><strong>${t.answer}（${dateTime(c.answeredAt)}）：</strong>${c.answer}</p>` : ''}
${c.satisfied !== null ? html`<p class="m">${t.satisfied(c.satisfied)}</p>` : ''}
${
  supervisor && WORKING.has(c.status)
    ? html`<form class="assign inline-form" method="post" novalidate data-case="${c.id}">
<div class="field"><label for="${key}-dept">${t.assignTo}</label><select id="${key}-dept" aria-describedby="${key}-dept-err">
<option value="">${t.pickDepartment}</option>${departments.map((d) => html`<option value="${d.code}"${d.code === c.departmentCode ? html` selected` : ''}>${pick(d.name, d.nameEn)}</option>`)}
</select>${errLine(`${key}-dept`)}</div>
<div class="field"><label for="${key}-instr">${t.instruction}</label><textarea id="${key}-instr" rows="2" maxlength="2000"></textarea></div>
<p><button type="submit" class="btn alt small">${t.assign}</button></p></form>`
    : ''
}
${
  mayAnswer
    ? html`<form class="answer inline-form" method="post" novalidate data-case="${c.id}">
<div class="field"><label for="${key}-answer">${t.answerLabel}</label><textarea id="${key}-answer" rows="3" maxlength="2000" aria-describedby="${key}-answer-err"></textarea>${errLine(`${key}-answer`)}</div>
<p><button type="submit" class="btn small">${t.answerButton}</button></p></form>`
    : ''
}</li>`
}

export async function casesPage(me: Me, query: URLSearchParams): Promise<View> {
  const t = s()
  const wanted = query.get('status') as CaseStatus | null
  const status = wanted && STATUSES.includes(wanted) ? wanted : null
  const [page, departments] = await Promise.all([fetchCases(status), isSupervisor(me) ? fetchDepartments() : Promise.resolve([] as Dept[])])
  const list = (cases: RectificationCase[]) =>
    cases.length ? html`<ul class="tasks" id="cases">${cases.map((c) => caseHtml(c, me, departments))}</ul>` : html`<p class="empty">${t.casesEmpty}</p>`
  return {
    title: pageTitle(t.casesTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.casesTitle}</h1>
<p class="lede">${t.casesLead}</p>
<form id="case-filter" method="post" class="range" novalidate>
<div class="field"><label for="case-status">${t.caseFilter}</label><select id="case-status">
<option value="">${t.allStatuses}</option>${STATUSES.map((x) => html`<option value="${x}"${x === status ? html` selected` : ''}>${t.caseStatus[x]}</option>`)}
</select></div><p><button type="submit" class="btn alt">${t.apply}</button></p></form>
${alertRegion()}
${statusRegion()}
<div id="list">${list(page.nodes)}</div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      root.addEventListener('submit', async (e) => {
        const form = e.target as HTMLFormElement
        e.preventDefault()
        if (form.id === 'case-filter') {
          const v = root.querySelector<HTMLSelectElement>('#case-status')?.value ?? ''
          return navigate(v ? `/desk/cases?status=${v}` : '/desk/cases')
        }
        const id = form.dataset.case ?? ''
        const key = `c-${id}`
        const submitter = (e).submitter as HTMLButtonElement | null
        let run: () => Promise<unknown>
        let done: string
        if (form.classList.contains('assign')) {
          const dept = form.querySelector<HTMLSelectElement>(`#${key}-dept`)
          setError(form, `${key}-dept`, null)
          if (!dept?.value) {
            setError(form, `${key}-dept`, t.pickDepartment)
            return dept?.focus()
          }
          const instruction = form.querySelector<HTMLTextAreaElement>(`#${key}-instr`)?.value ?? ''
          run = () => assignCase(id, dept.value, instruction)
          done = t.assigned
        } else {
          const answer = form.querySelector<HTMLTextAreaElement>(`#${key}-answer`)
          setError(form, `${key}-answer`, null)
          if ((answer?.value.trim().length ?? 0) < 5) {
            setError(form, `${key}-answer`, t.answerTooShort)
            return answer?.focus()
          }
          run = () => answerCase(id, answer?.value ?? '')
          done = t.answered
        }
        say(root, 'alert', '')
        const undo = busy(submitter)
        try {
          await run()
          box.innerHTML = list((await fetchCases(status)).nodes).value
          say(root, 'status', done, 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
