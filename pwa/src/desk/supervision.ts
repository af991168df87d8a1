/** /desk/supervision: 电子监察 — on-time rates per department and the overdue list (supervisors). */
import { html, type Html, navigate, pick } from '../shared/kit'
import type { View } from '../views/view'
import { fetchSupervision, type Stats, type StatsRow } from './oversight-api'
import { fetchOverdueChecks } from './commitments-api'
import { overdueChecksHtml } from './commitments'
import { s } from './strings'
import { percent } from './ui'
import { date, isoDay } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const ISO = /^\d{4}-\d{2}-\d{2}$/

function row(name: Html | string, st: Stats, head = false): Html {
  const t = s()
  const cell = head ? (v: Html | string) => html`<th scope="row" data-label="${t.colDepartment}">${v}</th>` : (v: Html | string) => html`<td>${v}</td>`
  const late = st.overdueNow ? badge(String(st.overdueNow), 'bad') : '0'
  return html`<tr>${cell(name)}
<td data-label="${t.colTasks}">${st.tasks}</td>
<td data-label="${t.colDone}">${st.done}</td>
<td data-label="${t.colOnTime}"><strong>${percent(st.onTimeRate)}</strong></td>
<td data-label="${t.colOverdueNow}">${late}</td>
<td data-label="${t.colDueSoon}">${st.dueSoonNow}</td>
<td data-label="${t.colCases}">${st.casesClosed}/${st.casesOpened}</td>
<td data-label="${t.colRectRate}">${percent(st.rectificationRate)}</td></tr>`
}

function tableHead(): Html {
  const t = s()
  return html`<thead><tr><th scope="col">${t.colDepartment}</th><th scope="col">${t.colTasks}</th><th scope="col">${t.colDone}</th><th scope="col">${t.colOnTime}</th><th scope="col">${t.colOverdueNow}</th><th scope="col">${t.colDueSoon}</th><th scope="col">${t.colCases}</th><th scope="col">${t.colRectRate}</th></tr></thead>`
}

export async function supervisionPage(query: URLSearchParams): Promise<View> {
  const t = s()
  const qFrom = query.get('from') ?? ''
  const qTo = query.get('to') ?? ''
  const from = ISO.test(qFrom) ? qFrom : isoDay(undefined, -30)
  const to = ISO.test(qTo) ? qTo : isoDay()
  const [{ dashboard, overdue, paused }, overdueChecks] = await Promise.all([fetchSupervision(from, to), fetchOverdueChecks()])
  const rows: StatsRow[] = dashboard.departments
  const total = dashboard.total
  const facts: [string, string][] = [
    [t.colOnTime, percent(total.onTimeRate)],
    [t.colDone, `${total.done}/${total.tasks}`],
    [t.colOverdueNow, String(total.overdueNow)],
    [t.colRectRate, percent(total.rectificationRate)],
  ]
  return {
    title: pageTitle(t.supervisionTitle),
    body: html`<div class="desk wide" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.supervisionTitle}</h1>
<p class="lede">${t.supervisionLead}</p>
${alertRegion()}
<form id="range" method="post" class="range" novalidate>
<div class="field"><label for="from">${t.from}</label><input type="date" id="from" value="${from}" aria-describedby="from-err">${errLine('from')}</div>
<div class="field"><label for="to">${t.to}</label><input type="date" id="to" value="${to}"></div>
<p><button type="submit" class="btn">${t.apply}</button></p>
</form>
<section class="sec" aria-labelledby="total-h"><h2 id="total-h">${t.totalTitle} <span class="m">${date(dashboard.from)} – ${date(dashboard.to)}</span></h2>
<dl class="facts" id="totals">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></section>
<section class="sec" aria-labelledby="dept-h"><h2 id="dept-h">${t.byDepartment}</h2>
<table class="grid" id="departments"><caption class="sr">${t.byDepartment}</caption>${tableHead()}
<tbody>${rows.map((r) => row(r.name, r.stats, true))}</tbody></table></section>
<section class="sec" aria-labelledby="overdue-h"><h2 id="overdue-h">${t.overdueTitle} <span class="m">(${overdue.totalCount})</span></h2>
${
  overdue.nodes.length
    ? html`<table class="grid" id="overdue"><caption class="sr">${t.overdueTitle}</caption>
<thead><tr><th scope="col">${t.colTracking}</th><th scope="col">${t.colName}</th><th scope="col">${t.colDepartment}</th><th scope="col">${t.colDue}</th><th scope="col">${t.colLate}</th></tr></thead>
<tbody>${overdue.nodes.map(
        (n) => html`<tr><th scope="row" data-label="${t.colTracking}"><a class="tn" href="/desk/applications/${n.applicationId}">${n.trackingNumber}</a></th>
<td data-label="${t.colName}">${n.catalogName}<br><span class="m">${n.itemNames.join('、')}</span></td>
<td data-label="${t.colDepartment}">${n.departmentName}</td>
<td data-label="${t.colDue}">${date(n.dueOn)}</td>
<td data-label="${t.colLate}">${badge(t.lateDays(n.workingDaysLate), 'bad')}${n.escalatedOn ? html` <span class="m">${t.escalated(date(n.escalatedOn))}</span>` : ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${t.overdueEmpty}</p>`
}</section>
${overdueChecksHtml(overdueChecks)}
<section class="sec" aria-labelledby="paused-h"><h2 id="paused-h">${t.pausedTitle} <span class="m">(${paused.totalCount})</span></h2>
${
  paused.nodes.length
    ? html`<table class="grid" id="paused"><caption class="sr">${t.pausedTitle}</caption>
<thead><tr><th scope="col">${t.colTracking}</th><th scope="col">${t.colName}</th><th scope="col">${t.colDepartment}</th><th scope="col">${t.colPausedSince}</th><th scope="col">${t.colPausedWhy}</th></tr></thead>
<tbody>${paused.nodes.map(
        (n) => html`<tr><th scope="row" data-label="${t.colTracking}"><a class="tn" href="/desk/applications/${n.applicationId}">${n.trackingNumber}</a></th>
<td data-label="${t.colName}">${n.catalogName}</td>
<td data-label="${t.colDepartment}">${n.departmentName}</td>
<td data-label="${t.colPausedSince}">${date(n.pausedOn)}<br><span class="m">${t.daysLeft(n.workingDaysLeft)}</span></td>
<td data-label="${t.colPausedWhy}">${badge(t.pausedFlag, 'warn')} ${n.reason}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${t.pausedEmpty}</p>`
}</section>
<p class="m"><a href="/desk/cases">${t.casesCard}</a> · ${pick('统计日', 'As of')} ${date(dashboard.today)}</p></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      root?.querySelector<HTMLFormElement>('#range')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const f = root.querySelector<HTMLInputElement>('#from')?.value ?? ''
        const tt = root.querySelector<HTMLInputElement>('#to')?.value ?? ''
        setError(root, 'from', null)
        if (!ISO.test(f) || !ISO.test(tt) || f > tt) {
          setError(root, 'from', t.badRange)
          return root.querySelector<HTMLElement>('#from')?.focus()
        }
        navigate(`/desk/supervision?from=${f}&to=${tt}`)
      })
    },
  }
}
