/**
 * Consents: /consent/<code> (a citizen answers a helper's request), /consents (helpers' consents
 * and mini-program grants, with revoke; a form to type a consent code).
 */
import type { View } from '../views/view'
import { guide, html, navigate, pick, type Html } from '../shared/kit'
import { GraphQLFailure } from '../shared/session'
import {
  answerConsent,
  fetchBundleNames,
  fetchClientGrants,
  fetchConsentRequest,
  fetchConsents,
  revokeClientGrant,
  revokeConsent,
  type ClientGrant,
  type Consent,
  type ConsentRequest,
  type ConsentScope,
  type ConsentStatus,
} from './api'
import { clientScopeLabel, consentScopeLabel, consentStatusLabel, s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { fail, field, isIdentityError, refusal } from './ui'
import { setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'

/** PENDING or ACTIVE past its time counts as expired. */
export function effectiveStatus(c: Consent, now = Date.now()): ConsentStatus | 'EXPIRED' {
  if (c.status === 'PENDING' && Date.parse(c.requestExpiresAt) <= now) return 'EXPIRED'
  if (c.status === 'ACTIVE' && Date.parse(c.validUntil) <= now) return 'EXPIRED'
  return c.status
}

/** Catalogue names of the bundles and items consents refer to (code → name in the page's language). */
export async function catalogNames(consents: { scope: ConsentScope; scopeRef: string }[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const items = [...new Set(consents.filter((c) => c.scope === 'ITEM').map((c) => c.scopeRef))].slice(0, 10)
  const wantBundles = consents.some((c) => c.scope === 'BUNDLE')
  const put = (n: { code: string; name: string; nameEn: string }) => names.set(n.code, pick(n.name, n.nameEn))
  // names are a nicety: the codes are shown anyway (items come from the public guides, saved for offline)
  await Promise.all([
    wantBundles ? fetchBundleNames().then((list) => list.forEach(put), () => undefined) : null,
    ...items.map((code) => guide(code).then((g) => (g.__typename === 'ServiceItem' ? put(g) : undefined), () => undefined)),
  ])
  return names
}

/** What a consent is for: "一件事 · 新生儿出生一件事（CODE）". */
export function consentWhat(c: { scope: ConsentScope; scopeRef: string }, names: Map<string, string>): Html {
  const name = names.get(c.scopeRef)
  return html`<span class="badge kind">${consentScopeLabel(c.scope)}</span> ${
    name
      ? html`<a href="/g/${encodeURIComponent(c.scopeRef)}">${name}</a> <span class="m">${c.scopeRef}</span>`
      : html`<span>${c.scopeRef}</span>`
  }`
}

export function consentRow(c: Consent, names: Map<string, string>, revocable: boolean): Html {
  const t = s()
  const status = effectiveStatus(c)
  const tone = status === 'ACTIVE' ? ' ok' : status === 'PENDING' ? ' warn' : ''
  const dates =
    status === 'REVOKED' && c.revokedAt
      ? t.revokedOn(dateTime(c.revokedAt))
      : status === 'PENDING'
        ? t.answerBy(dateTime(c.requestExpiresAt))
        : status === 'ACTIVE' || status === 'EXPIRED'
          ? t.validUntil(dateTime(c.validUntil))
          : dateTime(c.answeredAt ?? c.createdAt)
  return html`<li class="row" data-id="${c.id}">
<div class="row-main"><span class="row-t">${consentWhat(c, names)}</span>
<span class="m">${t.helperIs(c.helper.name)}${c.citizen ? html` · ${t.citizenIs(c.citizen.name)}` : ''}</span>
<span class="m">${dates}</span>
<span class="badge${tone}">${consentStatusLabel(status)}</span></div>
${
  revocable && status === 'ACTIVE'
    ? html`<button type="button" class="btn alt small" data-revoke="${c.id}" aria-label="${t.revokeNamed(c.helper.name)}" data-name="${c.helper.name}">${t.revoke}</button>`
    : ''
}
</li>`
}

function grantRow(g: ClientGrant): Html {
  const t = s()
  return html`<li class="row" data-id="${g.id}">
<div class="row-main"><span class="row-t">${g.clientName}</span>
<span class="m">${g.scopes.map(clientScopeLabel).join('；')}</span>
<span class="m">${g.revokedAt ? t.revokedOn(dateTime(g.revokedAt)) : t.grantedOn(dateTime(g.createdAt))}</span>
<span class="badge${g.revokedAt ? '' : ' ok'}">${consentStatusLabel(g.revokedAt ? 'REVOKED' : 'ACTIVE')}</span></div>
${
  g.revokedAt
    ? ''
    : html`<button type="button" class="btn alt small" data-revoke-grant="${g.id}" aria-label="${t.revokeNamed(g.clientName)}" data-name="${g.clientName}">${t.revoke}</button>`
}
</li>`
}

/** The form to type a consent code (the QR code is the other way in). */
function codeForm(value = ''): Html {
  const t = s()
  return html`<form id="code-entry" method="post" class="form inline-form" novalidate>
${field({
  id: 'consent-code',
  label: t.consentCode,
  value,
  autocomplete: 'off',
  maxlength: 12,
  required: true,
  attrs: html` autocapitalize="characters" spellcheck="false"`,
})}
<p><button type="submit" class="btn">${t.view}</button></p></form>`
}

function mountCodeForm(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#code-entry')
  const input = root.querySelector<HTMLInputElement>('#consent-code')
  form?.addEventListener('submit', (e) => {
    e.preventDefault()
    const code = input?.value.replace(/[\s-]/g, '').toUpperCase() ?? ''
    if (!code) {
      setError(root, 'consent-code', s().fill(s().consentCode))
      input?.focus()
      return
    }
    navigate(`/consent/${encodeURIComponent(code)}`)
  })
}

export async function consentsView(): Promise<View> {
  const t = s()
  const data = await fetchConsents()
  const citizen = data.me.roles.includes('CITIZEN')
  let grants: ClientGrant[] = []
  if (citizen) {
    grants = await fetchClientGrants()
  }
  // A helper's own requests (the API names people, not ids: the helper's name is the tell).
  const helper = data.me.roles.includes('HELPER')
  const asked = data.myConsents.filter((c) => helper && c.askedByMe)
  const given = data.myConsents.filter((c) => !asked.includes(c))
  const names = await catalogNames(data.myConsents)
  const body = html`<h1 tabindex="-1">${t.consentsTitle}</h1>
${alertRegion()}
${statusRegion()}
${
  citizen
    ? html`<section class="sec" aria-labelledby="enter-code-h" id="enter-code"><h2 id="enter-code-h">${t.enterCode}</h2>
<p class="muted">${t.enterCodeLead}</p>${codeForm()}</section>
<section class="sec" aria-labelledby="helpers-h"><h2 id="helpers-h">${t.helperConsents}</h2>
${given.length ? html`<ul class="rows" id="consent-list">${given.map((c) => consentRow(c, names, true))}</ul>` : html`<p>${t.noConsents}</p>`}
</section>
<section class="sec" aria-labelledby="grants-h"><h2 id="grants-h">${t.clientGrants}</h2>
${grants.length ? html`<ul class="rows" id="grant-list">${grants.map(grantRow)}</ul>` : html`<p>${t.noGrants}</p>`}
</section>`
    : ''
}
${
  asked.length
    ? html`<section class="sec" aria-labelledby="asked-h"><h2 id="asked-h">${t.myRequests}</h2>
<ul class="rows">${asked.map((c) => consentRow(c, names, false))}</ul></section>`
    : citizen
      ? ''
      : html`<p>${t.noConsents}</p>`
}
<p class="sec"><a href="/me">${t.back}</a></p>`

  return {
    title: pageTitle(t.consentsTitle),
    body,
    mount: (root) => {
      mountCodeForm(root)
      root.addEventListener('click', async (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-revoke], button[data-revoke-grant]')
        if (!button) return
        const tt = s()
        if (!window.confirm(tt.confirmRevoke(button.dataset.name ?? ''))) return
        say(root, 'alert', '')
        const undo = busy(button)
        try {
          const row = button.closest('li')
          if (button.dataset.revoke) {
            const r = await revokeConsent(button.dataset.revoke)
            if (isIdentityError(r)) throw refusal(r)
            if (row) row.outerHTML = consentRow(r, names, true).value
          } else {
            const r = await revokeClientGrant(button.dataset.revokeGrant ?? '')
            if (isIdentityError(r)) throw refusal(r)
            if (row) row.outerHTML = grantRow(r).value
          }
          say(root, 'status', tt.revoked, 'ok')
          root.querySelector<HTMLElement>('h1')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}

export async function consentView(rawCode: string): Promise<View> {
  const t = s()
  const code = rawCode.replace(/[\s-]/g, '').toUpperCase()
  const title = pageTitle(t.consentTitle)
  const page = (inner: Html, mount?: (root: HTMLElement) => void): View => ({
    title,
    body: html`<h1 tabindex="-1">${t.consentTitle}</h1>${inner}`,
    mount,
  })
  if (!code) return page(html`<p class="muted">${t.enterCodeLead}</p>${codeForm()}`, mountCodeForm)

  let request: ConsentRequest | null
  try {
    request = await fetchConsentRequest(code)
  } catch (err) {
    if (err instanceof GraphQLFailure && err.code === 'FORBIDDEN') return page(html`<p class="notice">${t.citizenOnly}</p>`)
    throw err
  }
  if (!request) {
    return page(html`<p class="notice" role="alert">${t.codeInvalid}</p>${codeForm(code)}`, mountCodeForm)
  }
  const req = request
  const names = await catalogNames([req])
  const hours = Math.max(1, Math.round((Date.parse(req.validUntil) - Date.parse(req.createdAt)) / 3_600_000))
  const body = html`<div id="consent-panel">
<p class="ask">${t.consentAsk(req.helper.name)}</p>
<p class="what">${consentWhat(req, names)}</p>
<ul class="facts-list"><li>${t.forHours(hours)}</li><li>${t.answerBy(dateTime(req.requestExpiresAt))}</li></ul>
<p class="note">${t.consentMeans}</p>
${alertRegion()}
<p class="actions"><button type="button" class="btn" id="approve">${t.approve}</button>
<button type="button" class="btn alt" id="decline">${t.decline}</button></p>
</div>`
  return page(body, (root) => {
    const answer = async (approve: boolean, button: HTMLButtonElement) => {
      say(root, 'alert', '')
      const undo = busy(button)
      root.querySelectorAll<HTMLButtonElement>('.actions button').forEach((b) => (b.disabled = true))
      try {
        const c = await answerConsent(code, approve)
        if (isIdentityError(c)) throw refusal(c)
        const tt = s()
        const panel = root.querySelector('#consent-panel')
        if (panel) {
          panel.innerHTML = html`<h2 id="answer-h" tabindex="-1">${c.status === 'ACTIVE' ? tt.approve : tt.decline}</h2>
<p class="result" data-tone="${c.status === 'ACTIVE' ? 'ok' : ''}">${c.status === 'ACTIVE' ? tt.approved(dateTime(c.validUntil)) : tt.declined}</p>
<p><a class="btn" href="/consents">${tt.consentsTitle}</a> <a class="btn alt" href="/me">${tt.back}</a></p>`.value
          panel.querySelector<HTMLElement>('#answer-h')?.focus()
        }
      } catch (err) {
        undo()
        root.querySelectorAll<HTMLButtonElement>('.actions button').forEach((b) => (b.disabled = false))
        fail(root, 'alert', err)
      }
    }
    const approve = root.querySelector<HTMLButtonElement>('#approve')
    const decline = root.querySelector<HTMLButtonElement>('#decline')
    approve?.addEventListener('click', () => void answer(true, approve))
    decline?.addEventListener('click', () => void answer(false, decline))
  })
}
