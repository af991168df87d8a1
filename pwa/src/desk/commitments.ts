/**
 * /desk/commitments: 告知承诺核查 — a reviewer's department's applications accepted on a commitment,
 * the earliest verify-by date first, each with its light (overdue, due soon, in time); the verdict
 * "verified" or "false commitment" (findings required: it revokes the e-licence and tells the holder).
 * Also the overdue checks' table of the supervision page.
 */
import { html, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { fetchChecks, recordCheck, type CommitmentCheck, type Outcome } from './commitments-api'
import { s } from './strings'
import { deskParts, fail } from './ui'
import { date, dateTime } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const OUTCOMES: Outcome[] = ['PENDING', 'VERIFIED', 'FALSE']
const URGENCY_TONE: Record<string, 'bad' | 'warn' | 'ok' | ''> = { OVERDUE: 'bad', DUE_SOON: 'warn', ON_TIME: 'ok', DONE: '', NOT_SCHEDULED: '' }
const MIN_FINDINGS = 5

function checkHtml(c: CommitmentCheck): Html {
  const t = s()
  const key = `ck-${c.id}`
  const open = c.outcome === 'PENDING'
  return html`<li class="task commitment-check" id="${key}" data-id="${c.id}" data-urgency="${c.urgency}">
<div class="mat-h"><a class="mat-n" href="/desk/applications/${c.applicationId}" aria-label="${t.openApplicationNamed(c.trackingNumber)}">${c.catalogName}</a>
${open ? badge(t.urgency[c.urgency] ?? c.urgency, URGENCY_TONE[c.urgency]) : badge(t.outcomeLabel[c.outcome] ?? c.outcome, c.outcome === 'FALSE' ? 'bad' : 'ok')}</div>
<p class="m"><span class="tn">${c.trackingNumber}</span> · ${t.checkItem(c.itemName, c.version)}</p>
<p class="m">${t.holder}：${c.holderName} · ${t.signedOn(c.signedByName ?? '', dateTime(c.signedAt), c.signedByHelper)}</p>
<p class="m due">${c.verifyBy ? t.verifyByLine(date(c.verifyBy), open ? c.workingDaysLeft : null) : ''}</p>
${c.licences.length ? html`<p class="m licences">${t.licencesLine}：${c.licences.map((l) => html`${l.name} ${l.number} ${badge(t.licenceStatus[l.status] ?? l.status, l.status === 'ACTIVE' ? 'ok' : 'bad')} `)}</p>` : ''}
${c.findings ? html`<p class="note"><strong>${t.findings}：</strong>${c.findings}</p>` : ''}
${c.checkedAt ? html`<p class="m">${t.checkedBy(c.checkedByName ?? '', dateTime(c.checkedAt))}</p>` : ''}
${
  open
    ? html`<form class="decide check-form" method="post" novalidate data-id="${c.id}">
<div class="field"><label for="${key}-findings">${t.findings}</label><p class="hint" id="${key}-findings-hint">${t.findingsHint}</p>
<textarea id="${key}-findings" rows="2" maxlength="2000" aria-describedby="${key}-findings-hint ${key}-findings-err"></textarea>${errLine(`${key}-findings`)}</div>
<div class="actions"><button type="submit" class="btn" value="VERIFIED" aria-label="${t.markVerifiedNamed(c.trackingNumber)}">${t.markVerified}</button>
<button type="submit" class="btn alt danger" value="FALSE" aria-label="${t.markFalseNamed(c.trackingNumber)}">${t.markFalse}</button></div>
</form>`
    : ''
}</li>`
}

function listHtml(nodes: CommitmentCheck[]): Html {
  return nodes.length ? html`<ul class="tasks" id="checks">${nodes.map(checkHtml)}</ul>` : html`<p class="empty">${s().checksEmpty}</p>`
}

export async function commitmentsPage(query: URLSearchParams): Promise<View> {
  const t = s()
  const asked = query.get('outcome') as Outcome | null
  const outcome: Outcome = asked && OUTCOMES.includes(asked) ? asked : 'PENDING'
  const page = await fetchChecks(outcome)
  return {
    title: pageTitle(t.checksTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.checksTitle}</h1>
<p class="lede">${t.checksLead}</p>
<nav class="tabs" aria-label="${t.checksFilter}">${OUTCOMES.map(
      (o) => html`<a class="tab" href="/desk/commitments${o === 'PENDING' ? '' : `?outcome=${o}`}"${o === outcome ? html` aria-current="page"` : ''}>${t.checksTabs[o]}</a> `,
    )}</nav>
${alertRegion()}
${statusRegion()}
<h2 class="sr" id="list-h">${t.checksTabs[outcome]} (${page.totalCount})</h2>
<div id="list">${listHtml(page.nodes)}</div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      root.addEventListener('submit', async (e) => {
        const form = e.target as HTMLFormElement
        if (!form.classList.contains('check-form')) return
        e.preventDefault()
        const submitter = e.submitter as HTMLButtonElement | null
        const verdict: Outcome = submitter?.value === 'FALSE' ? 'FALSE' : 'VERIFIED'
        const id = form.dataset.id ?? ''
        const fieldId = `ck-${id}-findings`
        const findings = form.querySelector<HTMLTextAreaElement>(`#${fieldId}`)?.value.trim() ?? ''
        setError(form, fieldId, null)
        if (verdict === 'FALSE' && findings.length < MIN_FINDINGS) {
          setError(form, fieldId, t.findingsNeeded)
          return form.querySelector<HTMLElement>(`#${fieldId}`)?.focus()
        }
        say(root, 'alert', '')
        const undo = busy(submitter)
        try {
          await recordCheck(id, verdict, findings)
          box.innerHTML = listHtml((await fetchChecks(outcome)).nodes).value
          say(root, 'status', t.checked(verdict), 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}

/** The supervision page's table of checks past their verify-by date (every department). */
export function overdueChecksHtml(page: { totalCount: number; nodes: CommitmentCheck[] }): Html {
  const t = s()
  return html`<section class="sec" aria-labelledby="overdue-checks-h"><h2 id="overdue-checks-h">${t.overdueChecksTitle} <span class="m">(${page.totalCount})</span></h2>
${
  page.nodes.length
    ? html`<table class="grid" id="overdue-checks"><caption class="sr">${t.overdueChecksTitle}</caption>
<thead><tr><th scope="col">${t.colTracking}</th><th scope="col">${t.colItem}</th><th scope="col">${t.colDue}</th><th scope="col">${t.colLate}</th></tr></thead>
<tbody>${page.nodes.map(
        (c) => html`<tr><th scope="row" data-label="${t.colTracking}"><a class="tn" href="/desk/applications/${c.applicationId}">${c.trackingNumber}</a></th>
<td data-label="${t.colItem}">${c.itemName}<br><span class="m">${c.holderName}</span></td>
<td data-label="${t.colDue}">${c.verifyBy ? date(c.verifyBy) : ''}</td>
<td data-label="${t.colLate}">${badge(t.lateDays(-(c.workingDaysLeft ?? 0)), 'bad')}${c.escalatedOn ? html` <span class="m">${t.escalated(date(c.escalatedOn))}</span>` : ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${t.overdueChecksEmpty}</p>`
}</section>`
}
