/**
 * How the applicant receives the result — window, 24-hour locker, or mail to an address — chosen
 * (or changed) on the progress page any time before the result is ready; the methods offered are the
 * item's or bundle's (deliveryOptions). The address goes to the server, which keeps it encrypted.
 */
import { chooseDelivery, isError, type Application } from '../api'
import { html, type Html } from '../../shared/kit'
import { s } from '../strings'
import { errLine, errorText, fail, setError } from '../../shared/feedback'
import { busy, say } from '../../shared/live'
import { type Detail } from './page'

/** Until the result is ready (the server's rule: api/applications/delivery.py CHOOSABLE). */
export const CHOOSABLE = new Set(['SUBMITTED', 'PRE_REVIEW', 'NEEDS_CORRECTION', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'PARTLY_COMPLETED'])

/** A value of the application's form to start the address from: the first field of that type. */
function fromForm(a: Application, type: string, codes: string[] = []): string {
  const fields = 'fields' in a.formSchema ? (a.formSchema.fields ?? []) : []
  const field = fields.find((f) => codes.includes(f.code)) ?? fields.find((f) => f.type === type)
  const value = field ? a.data[field.code] : undefined
  return typeof value === 'string' ? value : ''
}

export function chosenText(a: Application): string {
  const t = s()
  const d = a.delivery
  if (!d) return t.deliveryNotChosen
  const how = t.deliveryChosen(t.deliveryNames[d.method] ?? d.method)
  return d.method === 'MAIL' && d.address ? `${how}。${t.deliveryMailTo(d.recipient ?? '', d.phone ?? '', d.address)}` : how
}

export function deliveryHtml(a: Application): Html {
  const t = s()
  if (!CHOOSABLE.has(a.status)) return html``
  const current = a.delivery?.method ?? 'WINDOW'
  const field = (id: string, label: string, control: Html, hint = '') => html`<div class="field"><label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}${control}${errLine(id)}</div>`
  const name = a.delivery?.recipient ?? fromForm(a, 'text', ['applicant_name', 'legal_representative', 'name'])
  const phone = a.delivery?.phone ?? fromForm(a, 'phone')
  const address = a.delivery?.address ?? fromForm(a, 'address')
  return html`<section class="sec delivery" aria-labelledby="delivery-h">
<h2 id="delivery-h">${t.deliveryTitle}</h2>
<p>${t.deliveryLead}</p>
<p class="m" id="delivery-now">${chosenText(a)}</p>
<form id="delivery-form" method="post" novalidate>
<fieldset class="field choices"><legend>${t.deliveryMethod}</legend>
${a.deliveryOptions.map(
  (m) => html`<label class="choice mode"><input type="radio" name="delivery" value="${m}"${m === current ? html` checked` : ''} aria-describedby="delivery-${m}-hint"> <span><strong>${t.deliveryNames[m] ?? m}</strong><span class="hint" id="delivery-${m}-hint">${t.deliveryHints[m] ?? ''}</span></span></label>`,
)}
</fieldset>
<div id="mail-fields"${current === 'MAIL' ? '' : html` hidden`}>
${field('mail-recipient', t.recipient, html`<input id="mail-recipient" type="text" value="${name}" maxlength="40" autocomplete="name" aria-describedby="mail-recipient-err">`)}
${field('mail-phone', t.recipientPhone, html`<input id="mail-phone" type="tel" value="${phone}" inputmode="tel" maxlength="20" autocomplete="tel" aria-describedby="mail-phone-hint mail-phone-err">`, t.recipientPhoneHint)}
${field('mail-address', t.mailAddress, html`<textarea id="mail-address" rows="2" maxlength="200" autocomplete="street-address" aria-describedby="mail-address-hint mail-address-err">${address}</textarea>`, t.mailAddressHint)}
</div>
<p><button type="submit" class="btn alt block" id="save-delivery">${t.saveDelivery}</button></p>
</form></section>`
}

/** The choice saved: mail needs a recipient, an 11-digit mobile number and a full address. */
export async function saveDelivery(detail: Detail): Promise<void> {
  const { root, content } = detail
  const t = s()
  const method = content.querySelector<HTMLInputElement>('input[name=delivery]:checked')?.value ?? 'WINDOW'
  const value = (id: string) => content.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value.trim() ?? ''
  const mail = { recipient: value('mail-recipient'), phone: value('mail-phone').replace(/[\s-]/g, ''), address: value('mail-address') }
  if (method === 'MAIL') {
    const problems: [string, string | null][] = [
      ['mail-recipient', mail.recipient ? null : t.fillThis(t.recipient)],
      ['mail-phone', /^(\+86)?1[3-9]\d{9}$/.test(mail.phone) ? null : t.phoneInvalid],
      ['mail-address', mail.address.length >= 5 ? null : t.addressShort],
    ]
    for (const [id, message] of problems) setError(content, id, message)
    const first = problems.find(([, message]) => message)
    if (first) return content.querySelector<HTMLElement>(`#${first[0]}`)?.focus()
  }
  const done = busy(content.querySelector<HTMLButtonElement>('#save-delivery'))
  try {
    const r = await chooseDelivery(detail.a.id, method === 'MAIL' ? { method: 'MAIL', ...mail } : { method: method as 'WINDOW' | 'LOCKER' })
    done()
    if (isError(r)) return say(root, 'alert', errorText(r), 'bad')
    say(root, 'alert', '')
    detail.redraw(r, false)
    const now = content.querySelector<HTMLElement>('#delivery-now')
    if (now) now.textContent = chosenText(r)
    say(root, 'status', `${t.deliverySaved} ${chosenText(r)}`, 'ok')
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** The mail fields show only for mail. */
export function deliveryChanged(content: HTMLElement, input: HTMLInputElement): void {
  if (input.name !== 'delivery') return
  const box = content.querySelector<HTMLElement>('#mail-fields')
  if (box) box.hidden = input.value !== 'MAIL'
  if (input.value === 'MAIL') content.querySelector<HTMLElement>('#mail-recipient')?.focus()
}
