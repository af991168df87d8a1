/**
 * /desk/consents: a person withdraws a helper's consent at any window (帮办授权, revocable at the
 * window): the clerk checks the ID card, looks the consents up by the number and revokes one.
 */
import type * as G from '../generated/graphql'
import { html, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { gql } from '../shared/session'
import { unwrap } from './api'
import { s } from './strings'
import { deskParts, fail } from './ui'
import { dateTime } from '../shared/dates'
import { badge } from '../shared/parts'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { pageTitle } from '../shared/strings'

type WindowConsent = G.DeskConsentsAtWindowQuery['consentsAtWindow'][number]

async function findConsents(idNumber: string): Promise<WindowConsent[]> {
  const q = /* GraphQL */ `
    query DeskConsentsAtWindow($idNumber: String!) {
      consentsAtWindow(idNumber: $idNumber) { id helper { name } scope scopeRef status validUntil }
    }
  `
  return (await gql<G.DeskConsentsAtWindowQuery, G.DeskConsentsAtWindowQueryVariables>(q, { idNumber })).consentsAtWindow
}

async function revoke(id: string): Promise<void> {
  const q = /* GraphQL */ `
    mutation DeskRevokeConsentAtWindow($id: ID!) {
      revokeConsentAtWindow(id: $id) { __typename ... on Consent { id status } ... on IdentityError { code message messageEn } }
    }
  `
  unwrap((await gql<G.DeskRevokeConsentAtWindowMutation, G.DeskRevokeConsentAtWindowMutationVariables>(q, { id })).revokeConsentAtWindow, 'Consent')
}

function listHtml(rows: WindowConsent[]): Html {
  const t = s()
  if (!rows.length) return html`<p class="empty">${t.consentsNone}</p>`
  return html`<ul class="tasks" id="consents">${rows.map(
    (c) => html`<li class="task" id="consent-${c.id}"><div class="mat-h"><span class="mat-n">${t.consentsHelper(c.helper.name)}</span>
${badge(t.consentsStatus[c.status] ?? c.status, c.status === 'ACTIVE' ? 'ok' : 'warn')}</div>
<p class="m">${t.consentsScope[c.scope] ?? c.scope} ${c.scopeRef} · ${t.consentsUntil(dateTime(c.validUntil))}</p>
${c.status === 'ACTIVE' || c.status === 'PENDING' ? html`<p><button type="button" class="btn alt small" data-revoke="${c.id}">${t.consentsRevoke}</button></p>` : ''}</li>`,
  )}</ul>`
}

export function consentsPage(): View {
  const t = s()
  return {
    title: pageTitle(t.consentsTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.consentsTitle}</h1>
<p class="lede">${t.consentsLead}</p>
${alertRegion()}
${statusRegion()}
<form id="find" class="inline-form" novalidate><div class="field"><label for="id-number">${t.consentsIdLabel}</label>
<input id="id-number" name="idNumber" inputmode="text" autocomplete="off" maxlength="18" required></div>
<p><button type="submit" class="btn">${t.consentsFind}</button></p></form>
<div id="list"></div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      const input = root.querySelector<HTMLInputElement>('#id-number')
      const show = async (): Promise<void> => {
        box.innerHTML = listHtml(await findConsents(input?.value.trim() ?? '')).value
      }
      root.querySelector('#find')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        say(root, 'alert', '')
        try {
          await show()
        } catch (err) {
          fail(root, 'alert', err)
        }
      })
      box.addEventListener('click', async (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-revoke]')
        if (!button?.dataset.revoke) return
        const undo = busy(button)
        try {
          await revoke(button.dataset.revoke)
          await show()
          say(root, 'status', s().consentsRevoked, 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
