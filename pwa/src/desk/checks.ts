/**
 * /desk/checks: what a window clerk confirms in person (窗口核验) — a sign-up whose resident ID number
 * another phone registered first, and a person claiming to represent a business.
 */
import { html, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { decideCheck, fetchChecks, type IdNumberClaim, type PendingOrganization } from './oversight-api'
import { s } from './strings'
import { deskParts, fail } from './ui'
import { dateTime } from '../shared/dates'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { pageTitle } from '../shared/strings'

const note = (key: string): Html =>
  html`<div class="field"><label for="${key}-note">${s().checkNote}</label><input id="${key}-note" maxlength="200" autocomplete="off"></div>`

function claimHtml(c: IdNumberClaim): Html {
  const t = s()
  const key = `id-${c.id}`
  return html`<li class="task" id="${key}"><div class="mat-h"><span class="mat-n">${c.claimantName}</span></div>
<p class="m">${c.idNumberMasked}${c.claimantPhone ? ` · ${c.claimantPhone}` : ''} · ${t.claimedOn(dateTime(c.createdAt))}</p>
<form class="inline-form" method="post" novalidate data-id="${c.id}" data-key="${key}">${note(key)}
<p class="actions"><button type="submit" class="btn small" data-do="rebindIdNumber">${t.rebindButton}</button>
<button type="submit" class="btn alt small" data-do="dismissIdNumberClaim">${t.dismissButton}</button></p></form></li>`
}

function orgHtml(o: PendingOrganization): Html {
  const t = s()
  const key = `org-${o.organization.id}`
  return html`<li class="task" id="${key}"><div class="mat-h"><span class="mat-n">${o.organization.name}</span></div>
<p class="m">${o.organization.creditCode} · ${o.representativeName} · ${t.claimedOn(dateTime(o.createdAt))}</p>
<form class="inline-form" method="post" novalidate data-id="${o.organization.id}" data-key="${key}">${note(key)}
<p><button type="submit" class="btn small" data-do="verifyOrganization">${t.verifyOrgButton}</button></p></form></li>`
}

function listsHtml(claims: IdNumberClaim[], orgs: PendingOrganization[]): Html {
  const t = s()
  return html`<h2 id="id-claims-h">${t.idClaimsH}</h2><p class="m">${t.idClaimsLead}</p>
${claims.length ? html`<ul class="tasks" id="id-claims">${claims.map(claimHtml)}</ul>` : html`<p class="empty">${t.noIdClaims}</p>`}
<h2 id="org-claims-h">${t.orgClaimsH}</h2><p class="m">${t.orgClaimsLead}</p>
${orgs.length ? html`<ul class="tasks" id="org-claims">${orgs.map(orgHtml)}</ul>` : html`<p class="empty">${t.noOrgClaims}</p>`}`
}

const DONE = { rebindIdNumber: 'rebound', dismissIdNumberClaim: 'dismissedClaim', verifyOrganization: 'orgVerified' } as const

export async function checksPage(): Promise<View> {
  const t = s()
  const checks = await fetchChecks()
  return {
    title: pageTitle(t.checksTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.checksTitle}</h1>
<p class="lede">${t.checksLead}</p>
${alertRegion()}
${statusRegion()}
<div id="list">${listsHtml(checks.idNumberClaims, checks.pendingOrganizations)}</div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      root.addEventListener('submit', async (e) => {
        e.preventDefault()
        const form = e.target as HTMLFormElement
        const submitter = (e).submitter as HTMLButtonElement | null
        const action = submitter?.dataset.do as keyof typeof DONE | undefined
        if (!action || !form.dataset.id) return
        const text = form.querySelector<HTMLInputElement>(`#${form.dataset.key}-note`)?.value ?? ''
        say(root, 'alert', '')
        const undo = busy(submitter)
        try {
          await decideCheck(action, form.dataset.id, text)
          const fresh = await fetchChecks()
          box.innerHTML = listsHtml(fresh.idNumberClaims, fresh.pendingOrganizations).value
          say(root, 'status', s()[DONE[action]], 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
