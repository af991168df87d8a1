/**
 * The result reaching the applicant the way they chose (window, 24-hour locker or mail to their
 * address): what they chose, the clerk's details for that method (window, locker number, or carrier
 * and tracking number), and the end of the loop — collected at the window, or the mail delivered.
 */
import { html, type Html } from '../../shared/kit'
import { type Application } from '../api'
import { s } from '../strings'
import { isClerk } from '../ui'
import { dateTime } from '../../shared/dates'
import { errLine } from '../../shared/feedback'
import { type Ctx, DONE } from './context'

export function pickupText(a: Application): string {
  const t = s()
  const p = a.pickup ?? {}
  if (p.method === 'window') return t.pickupWindowText(p.window ?? '', p.hours ?? '')
  if (p.method === 'locker') return t.pickupLockerText(p.locker ?? '', p.expiresAt ? dateTime(p.expiresAt) : '')
  if (p.method === 'mail') return t.pickupMailText(p.carrier ?? '', p.tracking ?? '')
  return ''
}

/** How the applicant chose to receive it (the window when they did not choose). */
export const chosenMethod = (a: Application): string => a.delivery?.method ?? 'WINDOW'

export function chosenHtml(a: Application): Html {
  const t = s()
  const d = a.delivery
  if (!d) return html`<p class="m" id="chosen-delivery">${t.chosenNone}</p>`
  return html`<p id="chosen-delivery"><strong>${t.chosenMethod[d.method] ?? d.method}</strong></p>
${d.method === 'MAIL' && d.address ? html`<p class="m" id="mail-to">${t.mailTo}：${d.recipient ?? ''} ${d.phone ?? ''} · ${d.address}</p>` : ''}`
}

function input(id: string, label: string, hint = ''): Html {
  return html`<div class="field"><label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}<input id="${id}" type="text" maxlength="60" aria-describedby="${hint ? `${id}-hint ` : ''}${id}-err">${errLine(id)}</div>`
}

/** The clerk's details for the chosen method, and the 领件通知 sent with them. */
function setPickupHtml(a: Application): Html {
  const t = s()
  const method = chosenMethod(a)
  const fields =
    method === 'WINDOW'
      ? html`${input('pickup-window', t.window, t.windowHint)}${input('pickup-hours', t.hours, t.hoursHint)}`
      : method === 'LOCKER'
        ? input('pickup-locker', t.locker, t.lockerHint)
        : html`${input('pickup-carrier', t.carrier)}${input('pickup-tracking', t.tracking)}`
  return html`<section class="panel-box" aria-labelledby="pickup-h"><h2 id="pickup-h">${t.pickupTitle}</h2>
<h3>${t.chosenTitle}</h3>${chosenHtml(a)}
<p class="m">${t.deliverAsChosen(t.chosenMethod[method] ?? method)} ${t.pickupLead}</p>
<form id="pickup-form" method="post" novalidate data-method="${method}">
${fields}
<p><button type="submit" class="btn block" id="set-pickup">${t.setPickup}</button></p>
</form></section>`
}

function collectHtml(a: Application): Html {
  const t = s()
  const name = typeof a.data.applicant_name === 'string' ? a.data.applicant_name : ''
  return html`<form id="collect-form" method="post" novalidate><h3>${t.collectTitle}</h3>
<div class="field"><label for="collected-by">${t.collectedBy}</label><p class="hint" id="collected-by-hint">${t.collectedByHint}</p>
<input id="collected-by" type="text" maxlength="40" value="${name}" aria-describedby="collected-by-hint collected-by-err">${errLine('collected-by')}</div>
<div class="field"><label class="choice"><input type="checkbox" id="identity-checked" aria-describedby="identity-checked-err"> ${t.identityChecked}</label>${errLine('identity-checked')}</div>
<p><button type="submit" class="btn block" id="record-collection">${t.recordCollection}</button></p></form>`
}

function deliveredHtml(): Html {
  const t = s()
  return html`<form id="delivered-form" method="post" novalidate><h3>${t.deliveredTitle}</h3>
<p class="m">${t.deliveredLead}</p>
<div class="field"><label for="signed-by">${t.signedBy}</label><p class="hint" id="signed-by-hint">${t.signedByHint}</p>
<input id="signed-by" type="text" maxlength="40" aria-describedby="signed-by-hint"></div>
<p><button type="submit" class="btn block" id="record-delivered">${t.recordDelivered}</button></p></form>`
}

export function pickupHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const clerk = isClerk(ctx.me)
  if (DONE.has(a.status) && clerk) return setPickupHtml(a)
  if ((a.status === 'READY_FOR_PICKUP' || a.status === 'COLLECTED') && a.pickup?.method) {
    const ready = a.status === 'READY_FOR_PICKUP' && clerk
    return html`<section class="panel-box" aria-labelledby="pickup-h"><h2 id="pickup-h">${t.pickupIs}</h2>
<p id="pickup-text">${pickupText(a)}</p>
${a.pickup.method === 'mail' ? chosenHtml(a) : ''}
${ready ? (a.pickup.method === 'mail' ? deliveredHtml() : collectHtml(a)) : ''}</section>`
  }
  if (a.delivery && !['WITHDRAWN', 'REJECTED', 'CLOSED'].includes(a.status)) {
    return html`<section class="panel-box" aria-labelledby="chosen-h"><h2 id="chosen-h">${t.chosenTitle}</h2>${chosenHtml(a)}</section>`
  }
  return html``
}
