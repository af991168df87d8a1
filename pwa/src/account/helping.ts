/**
 * /helper: a helper's (帮办代办) home on the tablet. The people who consented to the helper acting
 * for them, each with what their consents cover and until when, and the way to act: apply for them
 * (/apply/<code>?for=<person>), or follow the applications filed for them (/applications).
 */
import type { View } from '../views/view'
import { fetchHelperConsents, type Consent } from './api'
import { catalogNames, consentWhat, effectiveStatus } from './consents'
import { html, type Html } from '../shared/kit'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { helperRequestsHtml, wireHelperRequests } from './help'

interface Person {
  id: string
  name: string
  consents: Consent[]
}

/** Active consents a helper holds, by the person who gave them (the longest-running first). */
export function people(consents: Consent[], now = Date.now()): Person[] {
  const byId = new Map<string, Person>()
  for (const c of consents) {
    if (!c.askedByMe || !c.citizenId || effectiveStatus(c, now) !== 'ACTIVE') continue
    const p = byId.get(c.citizenId) ?? { id: c.citizenId, name: c.citizen?.name ?? '', consents: [] }
    p.consents.push(c)
    byId.set(c.citizenId, p)
  }
  return [...byId.values()]
}

/** Where acting on a consent starts: the form for an item or bundle, the application otherwise. */
export function applyHref(c: Pick<Consent, 'scope' | 'scopeRef' | 'citizenId'>): string | null {
  if (c.scope === 'APPLICATION' || !c.citizenId) return null
  return `/apply/${encodeURIComponent(c.scopeRef)}?for=${encodeURIComponent(c.citizenId)}`
}

function consentLine(c: Consent, who: string, names: Map<string, string>): Html {
  const t = s()
  const href = applyHref(c)
  const what = names.get(c.scopeRef) ?? c.scopeRef
  return html`<li class="row" data-consent="${c.id}">
<div class="row-main"><span class="row-t">${consentWhat(c, names)}</span>
<span class="m">${t.validTill(dateTime(c.validUntil))}</span>
${c.scope === 'APPLICATION' ? html`<span class="m">${t.coversApplication}</span>` : ''}</div>
${
  href
    ? html`<a class="btn small" href="${href}" aria-label="${t.applyForNamed(what, who)}">${t.applyFor(who)}</a>`
    : html`<a class="btn alt small" href="/applications">${t.myFiled}</a>`
}
</li>`
}

function personHtml(p: Person, names: Map<string, string>): Html {
  const t = s()
  return html`<section class="sec helping" aria-labelledby="p-${p.id}" data-person="${p.id}">
<h2 id="p-${p.id}">${t.actsFor(p.name)}</h2>
<ul class="rows">${p.consents.map((c) => consentLine(c, p.name, names))}</ul>
</section>`
}

export async function helpingView(): Promise<View> {
  const t = s()
  const data = await fetchHelperConsents()
  const title = pageTitle(t.helpingTitle)
  if (!data.me.roles.includes('HELPER')) {
    return { title, body: html`<h1 tabindex="-1">${t.helpingTitle}</h1><p class="notice">${t.helperOnly}</p><p><a href="/me">${t.back}</a></p>` }
  }
  const list = people(data.myConsents)
  const requests = await helperRequestsHtml()
  const names = await catalogNames(list.flatMap((p) => p.consents))
  const body = html`<h1 tabindex="-1">${t.helpingTitle}</h1>
<p class="lede">${t.helpingLead}</p>
<p class="actions"><a class="btn" href="/helper/consent">${t.askConsent}</a> <a class="btn alt" href="/applications">${t.myFiled}</a></p>
<div role="alert" id="alert" class="msg"></div>
${list.length ? list.map((p) => personHtml(p, names)) : html`<p class="notice" id="nobody">${t.nobody}</p>`}
${requests}`
  return { title, body, mount: wireHelperRequests }
}
