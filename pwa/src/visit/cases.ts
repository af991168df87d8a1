/**
 * /cases: the rectification cases (整改工单) my bad ratings and 办不成事 reports opened, newest first,
 * with where each stands and its deadline; once a department has answered, I say whether I am
 * satisfied (closes it) or not (reopens it).
 */
import { html, type Html } from '../shared/kit'
import { hasSession, SignInNeeded } from '../shared/session'
import type { View } from '../views/view'
import { confirmCase, isError, myCases, type RectificationCase } from './api'
import { s } from './strings'
import { date, dateTime } from '../shared/dates'
import { errorText, fail } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

export function caseHtml(c: RectificationCase, withForm = true): Html {
  const t = s()
  const key = `case-${c.id}`
  const tone = c.status === 'CONFIRMED' ? 'ok' : c.status === 'ANSWERED' ? 'kind' : 'warn'
  return html`<li class="case" id="${key}" data-case="${c.id}">
<div class="case-h"><span class="row-t" id="${key}-t">${t.caseNo(c.number)} · ${c.catalogName || t.caseSource[c.source]}</span>
${badge(t.caseStatus[c.status] ?? c.status, tone)}${c.overdue ? badge(t.overdue, 'bad') : ''}</div>
<p class="m">${t.caseSource[c.source]}${c.ratingLevel ? html` · ${t.rating(c.ratingLevel, s().levels[c.ratingLevel] ?? '')}` : ''}${
    c.trackingNumber ? html` · ${c.applicationId ? html`<a href="/applications/${encodeURIComponent(c.applicationId)}">${c.trackingNumber}</a>` : c.trackingNumber}` : ''
  }${c.departmentName ? ` · ${c.departmentName}` : ''}</p>
<p class="case-sum">${c.summary}</p>
<p class="m">${t.openedOn(date(c.openedOn))}${c.status !== 'CONFIRMED' ? html` · <strong>${t.answerBy(date(c.deadline))}</strong>` : ''}</p>
${c.answer ? html`<div class="answer"><p><strong>${t.answer}${c.answeredAt ? `（${dateTime(c.answeredAt)}）` : ''}${t.colon}</strong></p><p>${c.answer}</p></div>` : ''}
${c.satisfied !== null && c.status !== 'ANSWERED' ? html`<p class="m">${t.yourWord(c.satisfied)}</p>` : ''}
${
  withForm && c.status === 'ANSWERED'
    ? html`<form class="confirm inline-form" method="post" novalidate data-case="${c.id}" aria-labelledby="${key}-ask">
<p class="ask" id="${key}-ask">${t.confirmAsk}</p>
<div class="field"><label for="${key}-comment">${t.confirmComment}<span class="opt">${t.optional}</span></label><textarea id="${key}-comment" rows="2" maxlength="2000"></textarea></div>
<div class="actions"><button type="submit" class="btn" value="yes">${t.satisfiedYes}<span class="sr">${t.colon}${t.caseNo(c.number)}</span></button><button type="submit" class="btn alt" value="no">${t.satisfiedNo}<span class="sr">${t.colon}${t.caseNo(c.number)}</span></button></div>
</form>`
    : ''
}</li>`
}

export async function casesPage(): Promise<View> {
  const t = s()
  if (!hasSession()) throw new SignInNeeded()
  const first = await myCases()
  let nodes = first.nodes
  let cursor = first.nextCursor
  const listHtml = (): Html =>
    html`${nodes.length ? html`<ul class="cases" id="cases">${nodes.map((c) => caseHtml(c))}</ul>` : html`<p id="cases-empty">${t.casesEmpty}</p>`}
${cursor ? html`<p><button type="button" class="btn alt" id="more">${t.loadMore}</button></p>` : ''}`
  return {
    title: pageTitle(t.casesTitle),
    body: html`<div class="visit" id="visit">
<h1 tabindex="-1">${t.casesTitle}</h1>
<p class="lede">${t.casesLead}</p>
<p><a href="/report">${t.reportLink}</a></p>
${alertRegion()}
${statusRegion()}
<div id="list">${listHtml()}</div></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#visit')
      const box = root?.querySelector<HTMLElement>('#list')
      if (!root || !box) return
      box.addEventListener('click', async (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('#more')
        if (!button || !cursor) return
        const done = busy(button)
        try {
          const more = await myCases(cursor)
          const at = nodes.length
          nodes = [...nodes, ...more.nodes]
          cursor = more.nextCursor
          box.innerHTML = listHtml().value
          box.querySelectorAll<HTMLElement>('li.case .row-t')[at]?.setAttribute('tabindex', '-1')
          box.querySelectorAll<HTMLElement>('li.case .row-t')[at]?.focus()
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      })
      box.addEventListener('submit', async (e) => {
        e.preventDefault()
        const form = e.target as HTMLFormElement
        const id = form.dataset.case ?? ''
        const submitter = (e).submitter as HTMLButtonElement | null
        const satisfied = submitter?.value !== 'no'
        const comment = form.querySelector<HTMLTextAreaElement>('textarea')?.value.trim() ?? ''
        say(root, 'alert', '')
        const done = busy(submitter)
        try {
          const r = await confirmCase(id, satisfied, comment)
          if (isError(r)) {
            done()
            say(root, 'alert', errorText(r), 'bad')
            return root.querySelector<HTMLElement>('#alert')?.focus()
          }
          nodes = nodes.map((c) => (c.id === r.id ? r : c))
          box.innerHTML = listHtml().value
          say(root, 'status', satisfied ? t.confirmedYes : t.confirmedNo, 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
