/** /signup (citizens: details and a texted code, then a passkey offered) and /enroll (staff with an
 * invitation code: a passkey, required). */
import type { View } from '../views/view'
import { idHint, normalizeId } from './idnumber'
import { html, navigate } from '../shared/kit'
import { hasSession, startSession } from '../shared/session'
import { codeFields, codeLooksRight, mountCodeSender, takeHandedOverCode } from './phonecode'
import { s } from './strings'
import { deviceName, fail, field, problemText, refusal, safeNext } from './ui'
import { Refusal, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { addPasskey } from './passkeys'
import { createPasskey, webAuthnSupported } from './webauthn'
import { pageTitle } from '../shared/strings'
import { finishRegistration, signUpWithPhoneCode, beginStaffEnrollment } from './api'
import { type IdNumberStatus } from '../generated/graphql'


/** Which field a sign-up error belongs to (others go to the form's alert). */
const FIELD_OF: Record<string, string> = {
  INVALID_NAME: 'name',
  INVALID_PHONE: 'phone',
  INVALID_ID_NUMBER: 'idnumber',
  CODE_INVALID: 'code',
  INVITATION_INVALID: 'invitation',
}

function alreadySignedIn(title: string): View {
  const t = s()
  return {
    title: pageTitle(title),
    body: html`<h1 tabindex="-1">${title}</h1><p>${t.alreadySignedIn('')}</p><p><a class="btn" href="/me">${t.goMe}</a></p>`,
  }
}

/** Staff enrollment, step 2: create the passkey with the options, send it, keep the session. */
async function enroll(root: HTMLElement, optionsJson: string): Promise<void> {
  say(root, 'status', s().passkeyPrompt)
  const credential = await createPasskey(optionsJson)
  const r = await finishRegistration(credential, deviceName())
  if (r.__typename === 'IdentityError') throw refusal(r)
  startSession(r)
  navigate('/me', true)
}

/** Show an error: next to its field when it has one (and focus that field), else in the alert. */
function showError(root: HTMLElement, err: unknown): void {
  say(root, 'status', '')
  const id = err instanceof Refusal ? FIELD_OF[err.code] : undefined
  const input = id ? root.querySelector<HTMLInputElement>(`#${id}`) : null
  if (id && input) {
    setError(root, id, problemText(err))
    input.focus()
    return
  }
  say(root, 'alert', problemText(err), 'bad')
}

function clearErrors(root: HTMLElement, ids: string[]): void {
  say(root, 'alert', '')
  for (const id of ids) setError(root, id, null)
}


export function signUpView(query: URLSearchParams): View {
  const t = s()
  if (hasSession()) return alreadySignedIn(t.signUpTitle)
  const next = safeNext(query.get('next'))
  const body = html`<h1 tabindex="-1">${t.signUpTitle}</h1>
<div id="signup-part">
<p class="lede">${t.signUpLead}</p>
${alertRegion()}
<form id="signup" method="post" class="form" novalidate>
${field({ id: 'name', label: t.name, hint: t.nameHint, autocomplete: 'name', maxlength: 64, required: true })}
${field({
  id: 'idnumber',
  label: t.idNumber,
  hint: t.idHint,
  autocomplete: 'off',
  maxlength: 18,
  required: true,
  attrs: html` autocapitalize="characters" spellcheck="false"`,
})}
<p class="idcheck" id="idnumber-check" aria-live="polite"></p>
${codeFields('signup-submit', t.signUpButton)}
<p class="note">${t.privacy}</p>
</form>
${statusRegion()}
<p class="more">${t.haveAccount} <a href="/signin${next === '/me' ? '' : `?next=${encodeURIComponent(next)}`}">${t.signInLink}</a></p>
</div>
<div id="welcome" hidden></div>`

  return {
    title: pageTitle(t.signUpTitle),
    body,
    mount: (root) => {
      const form = root.querySelector<HTMLFormElement>('#signup')
      const id = root.querySelector<HTMLInputElement>('#idnumber')
      const check = root.querySelector<HTMLElement>('#idnumber-check')
      const phone = root.querySelector<HTMLInputElement>('#phone')
      const send = root.querySelector<HTMLButtonElement>('#send')
      const step = root.querySelector<HTMLElement>('#code-step')
      const code = root.querySelector<HTMLInputElement>('#code')
      if (!form || !id || !check || !phone || !send || !step || !code) return
      mountIdHint(root, id, check)
      for (const f of ['name', 'phone', 'code']) {
        root.querySelector(`#${f}`)?.addEventListener('input', () => setError(root, f, null))
      }
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim()
      // Only emptiness is stopped here; everything else is the server's to judge.
      const filledIn = (): boolean => {
        const tt = s()
        clearErrors(root, ['name', 'phone', 'idnumber', 'code'])
        const missing = (['name', 'idnumber', 'phone'] as const).filter((f) => !value(f))
        const label = { name: tt.name, phone: tt.phone, idnumber: tt.idNumber }
        for (const f of missing) setError(root, f, tt.fill(label[f]))
        root.querySelector<HTMLInputElement>(`#${missing[0]}`)?.focus()
        return missing.length === 0
      }
      mountCodeSender(root, { phone, send, step, code, before: filledIn })
      const handed = takeHandedOverCode() // sign-in found no account for this proven phone
      if (handed) {
        phone.value = handed.phone
        code.value = handed.code
        step.hidden = false
        say(root, 'status', s().finishSignUp, 'ok')
      }

      form.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (step.hidden) {
          send.click()
          return
        }
        if (!filledIn() || !codeLooksRight(root, code)) return
        const undo = busy(root.querySelector<HTMLButtonElement>('#signup-submit'))
        try {
          const result = await signUpWithPhoneCode({
            phone: value('phone'),
            code: value('code'),
            name: value('name'),
            idNumber: normalizeId(value('idnumber')),
          })
          if (result.__typename === 'IdentityError') throw refusal(result)
          startSession(result.session)
          welcome(root, result.idNumberStatus, result.session.name, next)
        } catch (err) {
          undo()
          showError(root, err)
        }
      })
    },
  }
}

/** The live check of a resident ID number as it is typed (the server checks it again). */
function mountIdHint(root: HTMLElement, id: HTMLInputElement, check: HTMLElement): void {
  // The hint is tied to the field too, so it is read when the field is focused again.
  id.setAttribute('aria-describedby', `${id.getAttribute('aria-describedby')} idnumber-check`)
  const hint = (final: boolean) => {
    const h = idHint(id.value)
    const tt = s()
    let text = ''
    if (h.kind === 'length') text = final || h.n > 18 ? tt.idLength(h.n) : ''
    else if (h.kind === 'format') text = tt.idFormat
    else if (h.kind === 'date') text = tt.idDate(h.date)
    else if (h.kind === 'check') text = tt.idCheck(h.expected)
    else if (h.kind === 'ok') text = tt.idOk
    check.textContent = text
    check.dataset.tone = h.kind === 'ok' ? 'ok' : h.kind === 'empty' ? '' : 'warn'
  }
  id.addEventListener('input', () => {
    setError(root, 'idnumber', null)
    hint(false)
  })
  id.addEventListener('blur', () => hint(true))
}

/** Signed up (or, for a phone that had an account, signed in): what became of the ID number, and a
 * passkey offered for next time — never required. */
function welcome(root: HTMLElement, status: IdNumberStatus, name: string, next: string): void {
  const t = s()
  const part = root.querySelector<HTMLElement>('#signup-part')
  const box = root.querySelector<HTMLElement>('#welcome')
  if (!part || !box) return
  const outcome = status === 'CONFLICT' ? t.idConflict : status === 'EXISTING_ACCOUNT' ? t.existingAccount : t.signedUp(name)
  const supported = webAuthnSupported()
  box.innerHTML = html`<p class="notice" data-tone="${status === 'BOUND' ? 'ok' : 'warn'}" id="outcome">${outcome}</p>
${
  supported
    ? html`<h2 tabindex="-1" id="offer-h">${t.offerPasskeyTitle}</h2><p>${t.offerPasskey}</p>
${alertRegion()}
<p><button type="button" class="btn block" id="pk-create">${t.addPasskey}</button></p>
<p><a class="btn alt block" id="later" href="${next}">${t.later}</a></p>
${statusRegion()}`
    : html`<p>${t.codesAreEnough}</p><p><a class="btn block" id="later" href="${next}">${t.continue}</a></p>`
}`.value
  part.remove()
  box.hidden = false
  box.querySelector<HTMLElement>(supported ? '#offer-h' : '#outcome')?.focus()
  const create = box.querySelector<HTMLButtonElement>('#pk-create')
  create?.addEventListener('click', async () => {
    say(box, 'alert', '')
    const undo = busy(create)
    try {
      await addPasskey(deviceName(), (text) => say(box, 'status', text))
      navigate(next, true)
    } catch (err) {
      undo()
      say(box, 'status', '')
      fail(box, 'alert', err)
    }
  })
}

export function enrollView(): View {
  const t = s()
  if (hasSession()) return alreadySignedIn(t.enrollTitle)
  const supported = webAuthnSupported()
  const body = html`<h1 tabindex="-1">${t.enrollTitle}</h1>
<p class="lede">${t.enrollLead}</p>
${supported ? '' : html`<p class="notice">${t.noWebAuthn}</p>`}
${alertRegion()}
<form id="enroll" method="post" class="form" novalidate>
${field({
  id: 'invitation',
  label: t.invitation,
  autocomplete: 'off',
  maxlength: 32,
  required: true,
  attrs: html` autocapitalize="characters" spellcheck="false"`,
})}
<p><button type="submit" class="btn block" id="enroll-submit"${supported ? '' : html` disabled`}>${t.enrollButton}</button></p>
</form>
${statusRegion()}`
  return {
    title: pageTitle(t.enrollTitle),
    body,
    mount: (root) => {
      const form = root.querySelector<HTMLFormElement>('#enroll')
      const input = root.querySelector<HTMLInputElement>('#invitation')
      if (!form || !input) return
      form.addEventListener('submit', async (e) => {
        e.preventDefault()
        clearErrors(root, ['invitation'])
        if (!input.value.trim()) {
          setError(root, 'invitation', s().fill(s().invitation))
          input.focus()
          return
        }
        const undo = busy(root.querySelector<HTMLButtonElement>('#enroll-submit'))
        try {
          const r = await beginStaffEnrollment(input.value.trim())
          if (r.__typename === 'IdentityError') throw refusal(r)
          await enroll(root, r.optionsJson)
        } catch (err) {
          undo()
          showError(root, err)
        }
      })
    },
  }
}
