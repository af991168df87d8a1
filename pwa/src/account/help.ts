/**
 * /help?code=<item or bundle>: 请帮办员协助. A citizen leaves a phone and an address; the request goes
 * to the nearest helper team; its state (dispatched, taken by a named helper, done) shows here. And
 * the helper's side: the open requests of their teams on /helper, to take and to finish.
 */
import type { View } from '../views/view'
import { helpRequestsForMe, moveHelpRequest, myHelpRequests, requestHelp, type HelpRequest, type HelpingError } from './api'
import { guide, html, navigate, pick, type Html } from '../shared/kit'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { errorText, isDomainError, setError } from '../shared/feedback'
import { alertRegion, busy, say } from '../shared/live'
import { fail, field } from './ui'

const isHelpingError = (r: unknown): r is HelpingError => isDomainError(r) && (r as HelpingError).__typename === 'HelpingError'

const FIELD_OF: Record<string, string> = { PHONE_REQUIRED: 'help-phone', ADDRESS_REQUIRED: 'help-address' }

function requestRow(r: HelpRequest, helperSide: boolean): Html {
  const t = s()
  const tone = r.status === 'ASSIGNED' || r.status === 'DONE' ? ' ok' : r.status === 'CANCELLED' ? '' : ' warn'
  const button = helperSide
    ? r.status === 'DISPATCHED'
      ? html`<button type="button" class="btn small" data-move="take" data-id="${r.id}">${t.takeHelp}</button>`
      : r.status === 'ASSIGNED'
        ? html`<button type="button" class="btn alt small" data-move="finish" data-id="${r.id}">${t.finishHelp}</button>`
        : ''
    : r.status === 'DISPATCHED' || r.status === 'REQUESTED'
      ? html`<button type="button" class="btn alt small" data-move="cancel" data-id="${r.id}">${t.cancelHelp}</button>`
      : ''
  return html`<li class="row help-request" data-id="${r.id}" data-status="${r.status}">
<div class="row-main"><span class="row-t">${r.itemName || t.helpTitle}</span>
<span class="badge${tone}">${pick(r.statusZh, r.statusEn)}</span>
${helperSide && r.citizenName ? html`<span class="m">${t.helpFrom(r.citizenName, r.phone)}</span>` : ''}
<span class="m">${r.address}</span>
${r.team ? html`<span class="m">${t.helpTeam(pick(r.team.name, r.team.nameEn))}</span>` : ''}
${r.helperName ? html`<span class="m">${t.helpHelper(r.helperName)}</span>` : ''}
<span class="m">${dateTime(r.createdAt)}</span></div>
${button}
</li>`
}

/** The buttons of a list of requests: each moves one request and draws the page again. */
function wireMoves(root: HTMLElement, again: () => void): void {
  root.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]')
    if (!button?.dataset.id) return
    const undo = busy(button)
    try {
      const result = await moveHelpRequest(button.dataset.id, button.dataset.move as 'take' | 'finish' | 'cancel')
      undo()
      if (isHelpingError(result)) return say(root, 'alert', errorText(result), 'bad')
      again()
    } catch (err) {
      undo()
      fail(root, 'alert', err)
    }
  })
}

export async function helpView(query: URLSearchParams): Promise<View> {
  const t = s()
  const code = (query.get('code') ?? '').trim().toUpperCase()
  const [mine, g] = await Promise.all([myHelpRequests(), code ? guide(code).catch(() => null) : null])
  const what = g && g.__typename !== 'NotFound' ? pick(g.name, g.nameEn) : ''
  const body = html`<h1 tabindex="-1">${t.helpTitle}</h1>
<p class="lede">${t.helpLead}</p>
${what ? html`<p class="notice" id="help-what">${t.helpFor(what)}</p>` : ''}
${alertRegion()}
<form id="help-form" method="post" class="form" novalidate>
${field({ id: 'help-phone', label: t.helpPhone, type: 'tel', autocomplete: 'tel', inputmode: 'numeric', maxlength: 11, required: true, value: mine.phone ?? '' })}
${field({ id: 'help-address', label: t.helpAddress, hint: t.helpAddressHint, autocomplete: 'street-address', maxlength: 160, required: true })}
${field({ id: 'help-note', label: t.helpNote, maxlength: 300 })}
<p><button type="submit" class="btn block" id="help-submit">${t.helpSend}</button></p>
</form>
<section class="sec" aria-labelledby="help-mine-h"><h2 id="help-mine-h">${t.myHelpRequests}</h2>
${mine.requests.length ? html`<ul class="rows" id="help-list">${mine.requests.map((r) => requestRow(r, false))}</ul>` : html`<p id="help-none">${t.noHelpRequests}</p>`}
</section>`
  const again = () => navigate(`/help${code ? `?code=${encodeURIComponent(code)}` : ''}`, true)
  return { title: pageTitle(t.helpTitle), body, mount: (root) => mountHelp(root, code, again) }
}

function mountHelp(root: HTMLElement, code: string, again: () => void): void {
  wireMoves(root, again)
  const form = root.querySelector<HTMLFormElement>('#help-form')
  form?.addEventListener('submit', async (e) => {
    e.preventDefault()
    const value = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? ''
    for (const id of ['help-phone', 'help-address']) setError(root, id, null)
    const undo = busy(root.querySelector<HTMLButtonElement>('#help-submit'))
    try {
      const result = await requestHelp({ code, phone: value('help-phone'), address: value('help-address'), note: value('help-note') })
      undo()
      if (isHelpingError(result)) {
        const id = FIELD_OF[result.code]
        if (id) {
          setError(root, id, errorText(result))
          root.querySelector<HTMLElement>(`#${id}`)?.focus()
        } else say(root, 'alert', errorText(result), 'bad')
        return
      }
      again()
    } catch (err) {
      undo()
      fail(root, 'alert', err)
    }
  })
}

/** The helper's part of /helper: their teams' open requests and the ones they took. */
export async function helperRequestsHtml(): Promise<Html> {
  const t = s()
  const list = await helpRequestsForMe().catch(() => [])
  return html`<section class="sec" aria-labelledby="help-queue-h" id="help-queue"><h2 id="help-queue-h">${t.helpQueue}</h2>
${list.length ? html`<ul class="rows">${list.map((r) => requestRow(r, true))}</ul>` : html`<p>${t.helpQueueEmpty}</p>`}
</section>`
}

export const wireHelperRequests = (root: HTMLElement): void => wireMoves(root, () => navigate('/helper', true))
