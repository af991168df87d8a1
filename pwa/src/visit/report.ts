/**
 * /report: 办不成事 — anyone may report a problem. Signed out, a mobile number to answer on is
 * required; signed in, the account's number is used unless another is given, and the case is then
 * among /cases. ?code= (from a guide page) names the item or bundle. The form has one idempotency
 * key for its life (crypto.randomUUID), so a retry after a lost answer never files a second report;
 * "report another problem" starts a new form with a new key.
 */
import { html, type Html, pick } from '../shared/kit'
import { hasSession, SignInNeeded } from '../shared/session'
import type { View } from '../views/view'
import { isError, reportProblem, type ComplaintReceipt } from './api'
import { guide } from '../shared/kit'
import { s } from './strings'
import { date } from '../shared/dates'
import { errLine, errorText, fail, setError } from '../shared/feedback'
import { alertRegion, busy, say } from '../shared/live'
import { newKey } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const PHONE = /^1[3-9]\d{9}$/

const phoneDigits = (value: string): string => {
  const digits = value.replace(/[\s-]/g, '')
  return digits.startsWith('+86') ? digits.slice(3) : digits
}

function formHtml(code: string, signedIn: boolean): Html {
  const t = s()
  return html`<form id="report-form" method="post" class="form" novalidate>
<p class="m" id="who-note">${signedIn ? t.signedInNote : t.anonymousNote}</p>
<div class="field" id="description-field"><label for="description">${t.description}</label>
<p class="hint" id="description-hint">${t.descriptionHint}</p>
<textarea id="description" name="description" rows="5" maxlength="2000" required aria-required="true" aria-describedby="description-hint description-err"></textarea>
${errLine('description')}</div>
<div class="field" id="code-field"><label for="code">${t.code}<span class="opt">${t.optional}</span></label>
<p class="hint" id="code-hint">${t.codeHint}</p>
<input id="code" name="code" type="text" autocapitalize="characters" autocomplete="off" maxlength="32" value="${code}" aria-describedby="code-hint code-name code-err">
<p class="hint" id="code-name" aria-live="polite"></p>
${errLine('code')}</div>
<div class="field" id="phone-field"><label for="phone">${t.phone}${signedIn ? html`<span class="opt">${t.optional}</span>` : ''}</label>
<p class="hint" id="phone-hint">${signedIn ? t.phoneHintSignedIn : t.phoneHint}</p>
<input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="20"${signedIn ? '' : html` required aria-required="true"`} aria-describedby="phone-hint phone-err">
${errLine('phone')}</div>
<p><button type="submit" class="btn block" id="report-submit">${t.reportSubmit}</button></p>
</form>`
}

function receiptHtml(r: ComplaintReceipt): Html {
  const t = s()
  return html`<div class="panel" id="receipt" tabindex="-1" role="group" aria-labelledby="receipt-t">
<p class="panel-t" id="receipt-t">${t.reportSent}</p>
<p>${t.reportReceipt(r.caseNumber, date(r.deadline))}</p>
<p class="big-code" id="case-id">${r.caseNumber}</p></div>
<div class="actions">${hasSession() ? html`<a class="btn alt" href="/cases">${t.seeCases}</a>` : ''}<button type="button" class="btn alt" id="report-another">${t.reportAnother}</button></div>`
}

export function reportPage(query: URLSearchParams): View {
  const t = s()
  const code = (query.get('code') ?? '').trim().toUpperCase().slice(0, 32)
  let signedIn = hasSession()
  return {
    title: pageTitle(t.reportTitle),
    body: html`<div class="visit" id="visit">
${code ? html`<p class="crumbs-back"><a href="/g/${encodeURIComponent(code)}">← ${t.toGuide}</a></p>` : ''}
<h1 tabindex="-1">${t.reportTitle}</h1>
<p class="lede">${t.reportLead}</p>
${alertRegion()}
<div id="report-box">${formHtml(code, signedIn)}</div>
</div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#visit')
      const box = root?.querySelector<HTMLElement>('#report-box')
      if (!root || !box) return
      let key = newKey() // one per form: a retry of the same report reuses it
      let sending = false

      // The name of the item or bundle a code stands for (the public guide, cached).
      let looked = ''
      const nameCode = async () => {
        const input = box.querySelector<HTMLInputElement>('#code')
        const out = box.querySelector<HTMLElement>('#code-name')
        const value = (input?.value ?? '').trim().toUpperCase()
        if (!out || value === looked) return
        looked = value
        out.textContent = ''
        if (!value) return
        try {
          const g = await guide(value)
          if (looked !== value) return
          if (g.__typename === 'NotFound') out.textContent = pick(g.message, g.messageEn)
          else out.textContent = t.codeIs(pick(g.name, g.nameEn))
        } catch {
          /* offline: the server checks the code */
        }
      }
      box.addEventListener('change', (e) => {
        if ((e.target as HTMLElement).id === 'code') void nameCode()
      })
      if (code) void nameCode()

      box.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).id !== 'report-another') return
        key = newKey()
        looked = ''
        signedIn = hasSession()
        box.innerHTML = formHtml('', signedIn).value
        say(root, 'alert', '')
        box.querySelector<HTMLElement>('#description')?.focus()
      })

      box.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (sending) return // a double tap: the first one is on its way
        const form = e.target as HTMLFormElement
        const description = (form.querySelector<HTMLTextAreaElement>('#description')?.value ?? '').trim()
        const codeValue = (form.querySelector<HTMLInputElement>('#code')?.value ?? '').trim().toUpperCase()
        const phoneValue = form.querySelector<HTMLInputElement>('#phone')?.value ?? ''
        const phone = phoneDigits(phoneValue)
        const problems: [string, string | null][] = [
          ['description', description.length < 5 ? t.descriptionNeeded : description.length > 2000 ? t.descriptionLong : null],
          ['phone', phone ? (PHONE.test(phone) ? null : t.phoneBad) : signedIn ? null : t.phoneNeeded],
          ['code', null],
        ]
        for (const [id, message] of problems) setError(form, id, message)
        const wrong = problems.filter(([, m]) => m)
        if (wrong.length) {
          say(root, 'alert', t.problems(wrong.length), 'bad')
          return form.querySelector<HTMLElement>(`#${wrong[0][0]}`)?.focus()
        }
        say(root, 'alert', '')
        sending = true
        const done = busy(form.querySelector<HTMLButtonElement>('#report-submit'))
        try {
          const input = { description, code: codeValue || null, contactPhone: phone || null, idempotencyKey: key }
          let r
          try {
            r = await reportProblem(input, signedIn)
          } catch (err) {
            if (!(err instanceof SignInNeeded)) throw err
            // The session ended: the report can still go, anonymously, with a phone number.
            signedIn = false
            key = newKey() // the server ties a key to its reporter
            if (!phone) {
              const values = { description, code: codeValue }
              box.innerHTML = formHtml(values.code, false).value
              const area = box.querySelector<HTMLTextAreaElement>('#description')
              if (area) area.value = values.description
              setError(box, 'phone', t.phoneNeeded)
              say(root, 'alert', t.sessionEnded, 'bad')
              box.querySelector<HTMLElement>('#phone')?.focus()
              return
            }
            r = await reportProblem({ ...input, idempotencyKey: key }, false)
          }
          if (isError(r)) {
            done()
            const field = r.code === 'UNKNOWN_CODE' ? 'code' : r.code === 'CONTACT_REQUIRED' || r.code === 'INVALID_PHONE' ? 'phone' : r.code === 'TOO_SHORT' || r.code === 'TOO_LONG' ? 'description' : ''
            if (field) {
              setError(form, field, errorText(r))
              return form.querySelector<HTMLElement>(`#${field}`)?.focus()
            }
            say(root, 'alert', errorText(r), 'bad')
            return root.querySelector<HTMLElement>('#alert')?.focus()
          }
          box.innerHTML = receiptHtml(r).value
          box.querySelector<HTMLElement>('#receipt')?.focus()
        } catch (err) {
          done() // offline or a lost answer: sending again uses the same key
          fail(root, 'alert', err)
        } finally {
          sending = false
        }
      })
    },
  }
}
