/** The "获取验证码" button of sign-in and sign-up: asks for a texted code, then counts down to a resend. */
import { s } from './strings'
import { field, problemText } from './ui'
import { errorText, setError } from '../shared/feedback'
import { busy, say } from '../shared/live'
import { requestPhoneCode } from './api'
import { html, type Html } from '../shared/kit'


/** The phone number, its "send the code" button, and the code field that appears once it is sent. */
export function codeFields(submitId: string, submitLabel: string): Html {
  const t = s()
  return html`${field({ id: 'phone', label: t.phone, type: 'tel', hint: t.phoneHint, autocomplete: 'tel', inputmode: 'tel', maxlength: 20, required: true })}
<p><button type="button" class="btn alt" id="send">${t.sendCode}</button></p>
<div id="code-step" hidden>
${field({ id: 'code', label: t.code, hint: t.codeHint, autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 6, required: true })}
<p><button type="submit" class="btn block" id="${submitId}">${submitLabel}</button></p>
</div>`
}

export type CodeParts = {
  phone: HTMLInputElement
  send: HTMLButtonElement
  step: HTMLElement // the code field and the final button, shown once a code was sent
  code: HTMLInputElement
  before?: () => boolean // checks of the other fields; false stops the request
}

export function mountCodeSender(root: HTMLElement, parts: CodeParts): void {
  const { phone, send, step, code } = parts
  let cooldown = 0
  const tick = () => {
    if (!send.isConnected) return
    if (cooldown > 0) {
      send.disabled = true
      send.textContent = s().resendIn(cooldown)
      cooldown--
      window.setTimeout(tick, 1000)
    } else {
      send.disabled = false
      send.textContent = s().resend
    }
  }
  send.addEventListener('click', async () => {
    const t = s()
    say(root, 'alert', '')
    setError(root, 'phone', null)
    if (parts.before && !parts.before()) return
    if (!phone.value.trim()) {
      setError(root, 'phone', t.fill(t.phone))
      phone.focus()
      return
    }
    const undo = busy(send)
    try {
      const result = await requestPhoneCode(phone.value)
      undo()
      if (result.__typename === 'IdentityError') {
        if (result.code === 'INVALID_PHONE') {
          setError(root, 'phone', errorText(result))
          phone.focus()
        } else say(root, 'alert', errorText(result), 'bad')
        return
      }
      step.hidden = false
      say(root, 'status', t.codeSent, 'ok')
      cooldown = 60
      tick()
      code.focus()
    } catch (err) {
      undo()
      say(root, 'alert', problemText(err), 'bad')
    }
  })
}

/** Six digits, or the field says what is wrong (and takes the focus). */
export function codeLooksRight(root: HTMLElement, code: HTMLInputElement): boolean {
  setError(root, 'code', null)
  if (/^\d{6}$/.test(code.value.trim())) return true
  setError(root, 'code', s().codeHint)
  code.focus()
  return false
}

const HANDOVER = 'ov-signup-code'

/** Sign-in found no account for a proven phone: its still-valid code goes on to sign-up. */
export function handOverCode(phone: string, code: string): void {
  sessionStorage.setItem(HANDOVER, JSON.stringify({ phone, code }))
}

export function takeHandedOverCode(): { phone: string; code: string } | null {
  const raw = sessionStorage.getItem(HANDOVER)
  sessionStorage.removeItem(HANDOVER)
  try {
    const value = (raw ? JSON.parse(raw) : null) as { phone?: unknown; code?: unknown } | null
    return typeof value?.phone === 'string' && typeof value?.code === 'string' ? { phone: value.phone, code: value.code } : null
  } catch {
    return null
  }
}
