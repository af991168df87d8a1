/**
 * On /helper/consent: consent of someone without a smartphone. The helper reads or types the
 * person's resident ID number; the person confirms with the code texted to their phone, or signs on
 * the tablet (a signature pad: a canvas, its PNG sent as proof). Scope and duration come from the
 * QR form above.
 */
import { confirmConsentInPerson, requestConsentInPerson, type Consent, type ConsentScope } from './api'
import { html, type Html } from '../shared/kit'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { errorText, setError } from '../shared/feedback'
import { busy, say } from '../shared/live'
import { signaturePad } from '../shared/signature'
import { fail, field, isIdentityError } from './ui'

type Method = 'SMS' | 'SIGNATURE'

export function inPersonHtml(): Html {
  const t = s()
  return html`<section class="sec in-person" id="in-person" aria-labelledby="ip-h">
<h2 id="ip-h">${t.inPersonTitle}</h2>
<p class="hint">${t.inPersonLead}</p>
<div role="alert" id="ip-alert" class="msg" aria-live="assertive"></div>
<form id="ip-form" method="post" class="form" novalidate>
${field({ id: 'ip-id', label: t.idNumber, autocomplete: 'off', maxlength: 18, required: true, attrs: html` spellcheck="false" inputmode="text"` })}
<fieldset class="choices"><legend>${t.confirmBy}</legend>
<label class="choice"><input type="radio" name="ip-by" value="SMS" checked> ${t.bySms}</label>
<label class="choice"><input type="radio" name="ip-by" value="SIGNATURE"> ${t.bySignature}</label>
</fieldset>
<p><button type="submit" class="btn alt block" id="ip-submit">${t.startInPerson}</button></p>
</form>
<div id="ip-panel" hidden></div>
</section>`
}

function panelHtml(c: Consent, by: Method): Html {
  const t = s()
  const confirm = html`<p><button type="button" class="btn block" id="ip-confirm">${t.confirmConsent}</button></p>`
  if (by === 'SMS') {
    return html`<p class="notice" id="ip-sent">${t.smsSent(c.phoneHint ?? '')}</p>
${field({ id: 'ip-code', label: t.smsCode, autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 6, required: true })}
${confirm}`
  }
  return html`<p id="sig-label">${t.signHere}</p>
<canvas id="sig-pad" data-for="sig" class="sig-pad" width="600" height="220" role="img" aria-label="${t.signPad}" aria-describedby="sig-err"></canvas>
<p class="err" id="sig-err" hidden></p>
<p><button type="button" class="btn alt small" id="sig-clear">${t.clearSignature}</button></p>
${confirm}`
}


export interface ScopeChoice {
  scope: ConsentScope
  scopeRef: string
  hours: number
}

export function mountInPerson(root: HTMLElement, chosen: () => ScopeChoice | null): void {
  const form = root.querySelector<HTMLFormElement>('#ip-form')
  const panel = root.querySelector<HTMLElement>('#ip-panel')
  const id = root.querySelector<HTMLInputElement>('#ip-id')
  if (!form || !panel || !id) return
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    say(root, 'ip-alert', '')
    setError(root, 'ip-id', null)
    const scope = chosen()
    if (!scope) return
    const idNumber = id.value.trim().toUpperCase()
    if (!idNumber) {
      setError(root, 'ip-id', s().fill(s().idNumber))
      id.focus()
      return
    }
    const by = (form.elements.namedItem('ip-by') as RadioNodeList).value as Method
    const undo = busy(root.querySelector<HTMLButtonElement>('#ip-submit'))
    try {
      const result = await requestConsentInPerson({ ...scope, idNumber, confirmBy: by })
      undo()
      if (isIdentityError(result)) {
        if (result.code === 'INVALID_ID_NUMBER' || result.code === 'PERSON_NOT_REGISTERED') {
          setError(root, 'ip-id', errorText(result))
          id.focus()
        } else fail(root, 'ip-alert', result)
        return
      }
      panel.innerHTML = panelHtml(result, by).value
      panel.hidden = false
      form.hidden = true
      wireConfirm(root, panel, result, by)
    } catch (err) {
      undo()
      fail(root, 'ip-alert', err)
    }
  })
}

function wireConfirm(root: HTMLElement, panel: HTMLElement, c: Consent, by: Method): void {
  const canvas = panel.querySelector<HTMLCanvasElement>('#sig-pad')
  const pad = canvas ? signaturePad(canvas) : null
  panel.querySelector('#sig-clear')?.addEventListener('click', () => pad?.clear())
  canvas?.addEventListener('pointerdown', () => setError(root, 'sig', null))
  const code = panel.querySelector<HTMLInputElement>('#ip-code')
  ;(code ?? canvas)?.focus()
  panel.querySelector('#ip-confirm')?.addEventListener('click', async () => {
    const t = s()
    say(root, 'ip-alert', '')
    if (by === 'SIGNATURE' && !pad?.signed()) {
      setError(root, 'sig', t.signHere)
      return
    }
    if (by === 'SMS' && code && !/^\d{6}$/.test(code.value.trim())) {
      setError(root, 'ip-code', t.fill(t.smsCode))
      code.focus()
      return
    }
    const undo = busy(panel.querySelector<HTMLButtonElement>('#ip-confirm'))
    try {
      const signature = by === 'SIGNATURE' && canvas ? canvas.toDataURL('image/png') : ''
      const result = await confirmConsentInPerson({ id: c.id, code: code?.value.trim() ?? '', signature })
      undo()
      if (isIdentityError(result)) {
        if (code) setError(root, 'ip-code', errorText(result))
        else fail(root, 'ip-alert', result)
        return
      }
      panel.innerHTML = html`<p class="notice ok" id="ip-done" role="status" tabindex="-1">${t.confirmedInPerson(
        result.citizen?.name ?? '',
        dateTime(result.validUntil),
      )}</p><p><a class="btn" id="start-helping" href="/helper">${t.startHelping}</a></p>`.value
      panel.querySelector<HTMLElement>('#ip-done')?.focus()
    } catch (err) {
      undo()
      fail(root, 'ip-alert', err)
    }
  })
}
