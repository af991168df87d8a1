/** /signup (citizens) and /enroll (staff with an invitation code): details, then a new passkey. */
import type { View } from '../views/view'
import { idHint, normalizeId } from './idnumber'
import { html, navigate } from './kit'
import { gql, hasSession, SESSION_FIELDS, startSession, type IdentityError, type Session } from './session'
import { pageTitle, s } from './strings'
import { alertRegion, busy, deviceName, errorText, field, isIdentityError, problemText, safeNext, say, setFieldError, statusRegion } from './ui'
import { createPasskey, webAuthnSupported } from './webauthn'

type Ceremony = { __typename: 'PasskeyCeremony'; optionsJson: string } | IdentityError
const CEREMONY = `__typename ... on PasskeyCeremony { optionsJson } ... on IdentityError { code message messageEn }`

/** Which field a sign-up error belongs to (others go to the form's alert). */
const FIELD_OF: Record<string, string> = {
  INVALID_NAME: 'name',
  INVALID_PHONE: 'phone',
  PHONE_REGISTERED: 'phone',
  INVALID_ID_NUMBER: 'idnumber',
  ID_NUMBER_REGISTERED: 'idnumber',
  INVITATION_INVALID: 'invitation',
}

function alreadySignedIn(title: string): View {
  const t = s()
  return {
    title: pageTitle(title),
    body: html`<h1 tabindex="-1">${title}</h1><p>${t.alreadySignedIn('')}</p><p><a class="btn" href="/me">${t.goMe}</a></p>`,
  }
}

/** Step 2 of both: create the passkey with the options, send it, keep the session. */
async function register(root: HTMLElement, optionsJson: string, next: string): Promise<void> {
  say(root, 'status', s().passkeyPrompt)
  const credential = await createPasskey(optionsJson)
  const r = await gql<{ finishRegistration: Session | IdentityError }>(
    `mutation FinishRegistration($credential: String!, $passkeyName: String!) { finishRegistration(credential: $credential, passkeyName: $passkeyName) { ${SESSION_FIELDS} } }`,
    { credential, passkeyName: deviceName() },
    false,
  )
  if (r.finishRegistration.__typename === 'IdentityError') throw r.finishRegistration
  startSession(r.finishRegistration)
  navigate(next, true)
}

/** Show an error: next to its field when it has one (and focus that field), else in the alert. */
function showError(root: HTMLElement, err: unknown): void {
  say(root, 'status', '')
  if (isIdentityError(err)) {
    const id = FIELD_OF[err.code]
    const input = id ? root.querySelector<HTMLInputElement>(`#${id}`) : null
    if (input) {
      setFieldError(root, id, errorText(err))
      input.focus()
      return
    }
    say(root, 'alert', errorText(err), 'bad')
    return
  }
  say(root, 'alert', problemText(err), 'bad')
}

function clearErrors(root: HTMLElement, ids: string[]): void {
  say(root, 'alert', '')
  for (const id of ids) setFieldError(root, id, null)
}

export function signUpView(query: URLSearchParams): View {
  const t = s()
  if (hasSession()) return alreadySignedIn(t.signUpTitle)
  const next = safeNext(query.get('next'))
  const supported = webAuthnSupported()
  const body = html`<h1 tabindex="-1">${t.signUpTitle}</h1>
<p class="lede">${t.signUpLead}</p>
${supported ? '' : html`<p class="notice">${t.noWebAuthn}</p>`}
${alertRegion()}
<form id="signup" method="post" class="form" novalidate>
${field({ id: 'name', label: t.name, hint: t.nameHint, autocomplete: 'name', maxlength: 64, required: true })}
${field({ id: 'phone', label: t.phone, type: 'tel', hint: t.phoneHint, autocomplete: 'tel', inputmode: 'tel', maxlength: 20, required: true })}
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
<p class="note">${t.privacy}</p>
<p><button type="submit" class="btn block" id="signup-submit"${supported ? '' : html` disabled`}>${t.signUpButton}</button></p>
</form>
${statusRegion()}
<p class="more">${t.haveAccount} <a href="/signin${next === '/me' ? '' : `?next=${encodeURIComponent(next)}`}">${t.signInLink}</a></p>`

  return {
    title: pageTitle(t.signUpTitle),
    body,
    mount: (root) => {
      const form = root.querySelector<HTMLFormElement>('#signup')
      const id = root.querySelector<HTMLInputElement>('#idnumber')
      const check = root.querySelector<HTMLElement>('#idnumber-check')
      if (!form || !id || !check) return
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
        setFieldError(root, 'idnumber', null)
        hint(false)
      })
      id.addEventListener('blur', () => hint(true))
      for (const f of ['name', 'phone']) {
        root.querySelector(`#${f}`)?.addEventListener('input', () => setFieldError(root, f, null))
      }
      form.addEventListener('submit', async (e) => {
        e.preventDefault()
        const tt = s()
        clearErrors(root, ['name', 'phone', 'idnumber'])
        const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim()
        // Only emptiness is stopped here; everything else is the server's to judge.
        const missing = (['name', 'phone', 'idnumber'] as const).filter((f) => !value(f))
        if (missing.length) {
          const label = { name: tt.name, phone: tt.phone, idnumber: tt.idNumber }
          for (const f of missing) setFieldError(root, f, tt.fill(label[f]))
          root.querySelector<HTMLInputElement>(`#${missing[0]}`)?.focus()
          return
        }
        const undo = busy(root.querySelector<HTMLButtonElement>('#signup-submit'))
        try {
          const r = await gql<{ beginSignUp: Ceremony }>(
            `mutation BeginSignUp($name: String!, $phone: String!, $idNumber: String!) { beginSignUp(name: $name, phone: $phone, idNumber: $idNumber) { ${CEREMONY} } }`,
            { name: value('name'), phone: value('phone'), idNumber: normalizeId(value('idnumber')) },
            false,
          )
          if (r.beginSignUp.__typename === 'IdentityError') throw r.beginSignUp
          await register(root, r.beginSignUp.optionsJson, next)
        } catch (err) {
          undo()
          showError(root, err)
        }
      })
    },
  }
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
          setFieldError(root, 'invitation', s().fill(s().invitation))
          input.focus()
          return
        }
        const undo = busy(root.querySelector<HTMLButtonElement>('#enroll-submit'))
        try {
          const r = await gql<{ beginStaffEnrollment: Ceremony }>(
            `mutation BeginStaffEnrollment($code: String!) { beginStaffEnrollment(invitationCode: $code) { ${CEREMONY} } }`,
            { code: input.value.trim() },
            false,
          )
          if (r.beginStaffEnrollment.__typename === 'IdentityError') throw r.beginStaffEnrollment
          await register(root, r.beginStaffEnrollment.optionsJson, '/me')
        } catch (err) {
          undo()
          showError(root, err)
        }
      })
    },
  }
}
