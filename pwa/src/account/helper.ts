/**
 * /helper/consent: a helper (帮办代办) asks a citizen for consent. The code is shown large and as a
 * QR code of <origin>/consent/<code> for the citizen's phone; the page polls until it is answered.
 */
import type { View } from '../views/view'
import { fetchConsents, fetchHelperConsents, requestConsent, type Consent, type ConsentScope } from './api'
import { catalogNames, consentRow, consentWhat, effectiveStatus } from './consents'
import { html, isEn, raw, type Html } from '../shared/kit'
import { consentScopeLabel, s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { fail, field, isIdentityError } from './ui'
import { errorText, setError } from '../shared/feedback'
import { alertRegion, busy, say } from '../shared/live'
import { inPersonHtml, mountInPerson, type ScopeChoice } from './inperson'

const SCOPES: ConsentScope[] = ['BUNDLE', 'ITEM', 'APPLICATION']
const HOURS = [1, 2, 4, 8, 24, 72]
const POLL_MS = 3000

/** Which field a requestConsent error belongs to. */
const FIELD_OF: Record<string, string> = {
  NOT_DELEGABLE: 'scope-ref',
  UNKNOWN_BUNDLE: 'scope-ref',
  UNKNOWN_ITEM: 'scope-ref',
  SCOPE_REQUIRED: 'scope-ref',
  CONSENT_DURATION: 'hours',
}

/** "ABCD-EFGH": easier to read out and to type. */
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-')

export async function helperView(): Promise<View> {
  const t = s()
  const data = await fetchHelperConsents()
  const title = pageTitle(t.helperTitle)
  if (!data.me.roles.includes('HELPER')) {
    return { title, body: html`<h1 tabindex="-1">${t.helperTitle}</h1><p class="notice">${t.helperOnly}</p><p><a href="/me">${t.back}</a></p>` }
  }
  const mine = data.myConsents.filter((c) => c.askedByMe).slice(0, 10)
  const names = await catalogNames(mine)
  for (const b of data.bundles) names.set(b.code, isEn() && b.nameEn ? b.nameEn : b.name)

  const body = html`<h1 tabindex="-1">${t.helperTitle}</h1>
<div id="request-form-box">
<p class="lede">${t.helperLead}</p>
${alertRegion()}
<form id="request-form" method="post" class="form" novalidate>
<fieldset class="choices"><legend>${t.scope}</legend>
${SCOPES.map(
  (sc, i) => html`<label class="choice"><input type="radio" name="scope" value="${sc}"${i === 0 ? html` checked` : ''}> ${consentScopeLabel(sc)}</label>`,
)}
</fieldset>
${field({ id: 'scope-ref', label: t.scopeRef, hint: t.scopeRefHint.BUNDLE, autocomplete: 'off', maxlength: 64, required: true, attrs: html` list="bundle-codes" spellcheck="false"` })}
<datalist id="bundle-codes">${data.bundles.map((b) => html`<option value="${b.code}">${isEn() && b.nameEn ? b.nameEn : b.name}</option>`)}</datalist>
<div class="field"><label for="hours">${t.hours}</label>
<select id="hours" name="hours" aria-describedby="hours-err">${HOURS.map((h) => html`<option value="${h}"${h === 4 ? html` selected` : ''}>${t.hoursN(h)}</option>`)}</select>
<p class="err" id="hours-err" hidden></p></div>
<p><button type="submit" class="btn block" id="request-submit">${t.createRequest}</button></p>
</form>
${inPersonHtml()}
</div>
<section id="request-panel" class="request" aria-labelledby="request-h" hidden></section>
${
  mine.length
    ? html`<section class="sec" aria-labelledby="mine-h"><h2 id="mine-h">${t.myRequests}</h2>
<ul class="rows">${mine.map((c) => consentRow(c, names, false))}</ul></section>`
    : ''
}`
  return { title, body, mount: (root) => mountHelper(root, names) }
}

/** The QR encoder is only needed here: its own small chunk, loaded when a request is made. */
type QrSvg = (text: string, label: string) => string

function panelHtml(c: Consent, names: Map<string, string>, qrSvg: QrSvg): Html {
  const t = s()
  const code = c.consentCode ?? ''
  const url = `${location.origin}/consent/${code}`
  return html`<h2 id="request-h" tabindex="-1">${t.showToCitizen}</h2>
<p class="what">${consentWhat(c, names)}</p>
<p class="big-code"><span class="sr">${t.codeLabel}</span><span aria-hidden="true">${grouped(code)}</span><span class="sr">${code.split('').join(' ')}</span></p>
<figure class="qr-box">${raw(qrSvg(url, t.qrAlt(grouped(code))))}<figcaption class="url">${url}</figcaption></figure>
<p class="wait" id="wait" role="status" aria-live="polite">${t.waiting(dateTime(c.requestExpiresAt))}</p>
<p><button type="button" class="btn alt" id="again">${t.newRequest}</button></p>`
}

function mountHelper(root: HTMLElement, names: Map<string, string>): void {
  const form = root.querySelector<HTMLFormElement>('#request-form')
  const box = root.querySelector<HTMLElement>('#request-form-box')
  const panel = root.querySelector<HTMLElement>('#request-panel')
  const ref = root.querySelector<HTMLInputElement>('#scope-ref')
  if (!form || !box || !panel || !ref) return
  let polling = 0
  mountInPerson(root, () => chosenScope(root, form, ref))

  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (input.name !== 'scope') return
    const scope = input.value as ConsentScope
    const hint = root.querySelector('#scope-ref-hint')
    if (hint) hint.textContent = s().scopeRefHint[scope]
    if (scope === 'BUNDLE') ref.setAttribute('list', 'bundle-codes')
    else ref.removeAttribute('list')
  })

  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    const t = s()
    say(root, 'alert', '')
    setError(root, 'scope-ref', null)
    setError(root, 'hours', null)
    const scope = (form.elements.namedItem('scope') as RadioNodeList).value as ConsentScope
    const scopeRef = ref.value.trim().toUpperCase()
    if (!scopeRef) {
      setError(root, 'scope-ref', t.fill(t.scopeRef))
      ref.focus()
      return
    }
    const hours = Number((form.elements.namedItem('hours') as HTMLSelectElement).value)
    const undo = busy(root.querySelector<HTMLButtonElement>('#request-submit'))
    try {
      const result = await requestConsent({ scope, scopeRef, hours })
      undo()
      if (isIdentityError(result)) {
        const id = FIELD_OF[result.code]
        if (id) {
          setError(root, id, errorText(result))
          root.querySelector<HTMLElement>(`#${id}`)?.focus()
        } else fail(root, 'alert', result)
        return
      }
      if (result.scope === 'ITEM' && !names.has(result.scopeRef)) {
        for (const [k, v] of await catalogNames([result])) names.set(k, v)
      }
      const { qrSvg } = await import('./qr')
      panel.innerHTML = panelHtml(result, names, qrSvg).value
      box.hidden = true
      panel.hidden = false
      panel.querySelector<HTMLElement>('#request-h')?.focus()
      panel.querySelector('#again')?.addEventListener('click', () => {
        polling++
        panel.hidden = true
        panel.innerHTML = ''
        box.hidden = false
        ref.focus()
      })
      void poll(root, result, ++polling, () => polling)
    } catch (err) {
      undo()
      fail(root, 'alert', err)
    }
  })
}

/** The scope, reference and hours chosen on the form (an error shown when the reference is missing). */
function chosenScope(root: HTMLElement, form: HTMLFormElement, ref: HTMLInputElement): ScopeChoice | null {
  setError(root, 'scope-ref', null)
  const scope = (form.elements.namedItem('scope') as RadioNodeList).value as ConsentScope
  const scopeRef = ref.value.trim().toUpperCase()
  if (!scopeRef) {
    setError(root, 'scope-ref', s().fill(s().scopeRef))
    ref.focus()
    return null
  }
  return { scope, scopeRef, hours: Number((form.elements.namedItem('hours') as HTMLSelectElement).value) }
}

/** Ask every few seconds whether the citizen answered, while this request is on screen. */
async function poll(root: HTMLElement, request: Consent, token: number, current: () => number): Promise<void> {
  const wait = () => new Promise((resolve) => window.setTimeout(resolve, POLL_MS))
  for (;;) {
    await wait()
    const status = root.querySelector<HTMLElement>('#wait')
    if (!status || !status.isConnected || current() !== token) return
    if (document.hidden) continue
    let c: Consent | undefined
    try {
      const data = await fetchConsents()
      c = data.myConsents.find((x) => x.id === request.id)
    } catch {
      continue // offline for a moment, or the token is being refreshed: ask again
    }
    if (!status.isConnected || current() !== token) return
    const t = s()
    const state = c ? effectiveStatus(c) : 'EXPIRED'
    if (state === 'PENDING') continue
    status.dataset.tone = state === 'ACTIVE' ? 'ok' : 'bad'
    status.textContent =
      state === 'ACTIVE' && c ? t.answeredYes(c.citizen?.name ?? '', dateTime(c.validUntil)) : state === 'DECLINED' ? t.answeredNo : t.expired
    root.querySelector('.big-code')?.classList.add('done')
    if (state === 'ACTIVE') {
      const go = document.createElement('a')
      go.className = 'btn'
      go.href = '/helper'
      go.id = 'start-helping'
      go.textContent = t.startHelping
      status.after(go)
    }
    return
  }
}
