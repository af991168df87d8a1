/**
 * The wallet's ID card box: the citizen enters the expiry date printed on the back of their resident
 * ID card, and is reminded before it runs out (api/reminders). Empty: unknown or valid for life (长期).
 */
import type * as G from '../generated/graphql'
import { gql } from '../shared/session'
import { errLine, errorText, fail, setError } from '../shared/feedback'
import { say } from '../shared/live'
import { html, type Html } from '../shared/kit'
import { date } from '../shared/dates'
import { s } from './strings'

const MY_ID_CARD = /* GraphQL */ `
  query MyIdCard {
    myIdCard { validUntil remindDaysBefore }
  }
`
const SET_ID_CARD = /* GraphQL */ `
  mutation SetIdCardValidUntil($validUntil: Date) {
    setIdCardValidUntil(validUntil: $validUntil) {
      __typename
      ... on IdCardValidity { validUntil remindDaysBefore }
      ... on ReminderError { code message messageEn }
    }
  }
`

type IdCard = G.MyIdCardQuery['myIdCard']

function state(card: IdCard): string {
  const t = s()
  return card.validUntil ? t.idCardSaved(date(card.validUntil), card.remindDaysBefore) : t.idCardUnknown
}

/** The box, or nothing when it cannot be loaded (offline: the wallet still shows its saved licences). */
export async function idCardBox(): Promise<Html> {
  const t = s()
  let card: IdCard
  try {
    card = (await gql<G.MyIdCardQuery>(MY_ID_CARD)).myIdCard
  } catch {
    return html``
  }
  return html`<section class="idcard" aria-labelledby="idcard-h">
<h2 id="idcard-h">${t.idCardTitle}</h2>
<p class="muted" id="idcard-state">${state(card)}</p>
<form id="idcard-form" class="form" novalidate>
<div class="field" id="idcard-date-field"><label for="idcard-date">${t.idCardLabel}</label>
<p class="hint" id="idcard-hint">${t.idCardHint}</p>
<input type="date" id="idcard-date" name="validUntil" value="${card.validUntil ?? ''}" aria-describedby="idcard-hint idcard-date-err">
${errLine('idcard-date')}</div>
<p><button type="submit" class="btn alt">${t.idCardSave}</button></p>
<p class="status" id="idcard-status" role="status" aria-live="polite" tabindex="-1"></p>
</form></section>`
}

export function mountIdCard(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#idcard-form')
  const input = root.querySelector<HTMLInputElement>('#idcard-date')
  form?.addEventListener('submit', async (e) => {
    e.preventDefault()
    if (!input) return
    setError(root, 'idcard-date', null)
    try {
      const { setIdCardValidUntil: r } = await gql<G.SetIdCardValidUntilMutation, G.SetIdCardValidUntilMutationVariables>(
        SET_ID_CARD,
        { validUntil: input.value || null },
      )
      if (r.__typename === 'ReminderError') {
        setError(root, 'idcard-date', errorText(r))
        input.focus()
        return
      }
      const text = state(r)
      const line = root.querySelector<HTMLElement>('#idcard-state')
      if (line) line.textContent = text
      say(root, 'idcard-status', s().idCardDone, 'ok')
    } catch (err) {
      fail(root, 'idcard-status', err)
    }
  })
}
