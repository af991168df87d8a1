/** Form pieces of the account screens: labelled fields with hint and error, alerts, busy buttons. */
import { html, isEn, navigate, type Html } from './kit'
import { GraphQLFailure, SignInNeeded, type IdentityError } from './session'
import { s } from './strings'
import { ceremonyProblem } from './webauthn'
import { alertRegion, busy as busyWith, say, statusRegion } from '../shared/live'

export { alertRegion, say, statusRegion }

/** Disable a button while something runs and say so on it; returns the function that undoes it. */
export const busy = (button: HTMLButtonElement | null, text = s().working): (() => void) => busyWith(button, text)

export interface FieldOptions {
  id: string
  label: string
  type?: string
  hint?: string
  value?: string
  autocomplete?: string
  inputmode?: string
  maxlength?: number
  required?: boolean
  /** Extra attributes, already safe markup. */
  attrs?: Html
}

/** A labelled input with a hint and an (empty) error line, both tied to it by aria-describedby. */
export function field(o: FieldOptions): Html {
  const describedBy = [o.hint ? `${o.id}-hint` : '', `${o.id}-err`].filter(Boolean).join(' ')
  return html`<div class="field" id="${o.id}-field">
<label for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
<input id="${o.id}" name="${o.id}" type="${o.type ?? 'text'}"${o.value ? html` value="${o.value}"` : ''}${
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''
  }${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${
    o.required ? html` required aria-required="true"` : ''
  } aria-describedby="${describedBy}"${o.attrs ?? ''}>
<p class="err" id="${o.id}-err" hidden></p>
</div>`
}

/** Show (or clear, with null) the error of one field; the field is marked invalid. */
export function setFieldError(root: ParentNode, id: string, message: string | null): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)
  const err = root.querySelector<HTMLElement>(`#${id}-err`)
  if (err) {
    err.textContent = message ?? ''
    err.hidden = !message
  }
  if (input) {
    if (message) input.setAttribute('aria-invalid', 'true')
    else input.removeAttribute('aria-invalid')
  }
}




/** The server's message of a domain error, in the page's language. */
export const errorText = (e: IdentityError): string => (isEn() ? e.messageEn : e.message)

/** A message for anything that went wrong: network, a refused ceremony, the server. */
export function problemText(err: unknown): string {
  const t = s()
  if (err instanceof GraphQLFailure && err.offline) return t.offline
  switch (ceremonyProblem(err)) {
    case 'cancelled':
      return t.cancelled
    case 'exists':
      return t.existsOnDevice
    case 'wrongSite':
      return t.wrongSite
    case 'notSupported':
      return t.notSupported
  }
  // RATE_LIMITED: the server's message says when to try again (extensions.retryAfter has the seconds)
  if (err instanceof GraphQLFailure && (err.code === 'FORBIDDEN' || err.code === 'RATE_LIMITED')) return err.message
  return t.failed
}

export const isIdentityError = (e: unknown): e is IdentityError =>
  !!e && typeof e === 'object' && (e as { __typename?: string }).__typename === 'IdentityError'

/**
 * Report a failure of an action on a page: the server's message of a domain error, or what went
 * wrong otherwise, in the alert region `id`. A lost session goes to the sign-in page, which comes
 * back here afterwards.
 */
export function fail(root: ParentNode, id: string, err: unknown): void {
  if (err instanceof SignInNeeded) {
    navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`, true)
    return
  }
  say(root, id, isIdentityError(err) ? errorText(err) : problemText(err), 'bad')
}

/** A local path to go to after signing in (never another site). */
export function safeNext(value: string | null | undefined, fallback = '/me'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback
  return value
}

/** Guess a name for a new passkey from the device, so the list says which is which. */
export function deviceName(): string {
  const ua = navigator.userAgent
  const en = isEn()
  if (/iPhone/.test(ua)) return 'iPhone'
  if (/iPad/.test(ua)) return 'iPad'
  if (/Android/.test(ua)) return en ? 'Android phone' : '安卓手机'
  if (/Mac OS X/.test(ua)) return 'Mac'
  if (/Windows/.test(ua)) return en ? 'Windows computer' : 'Windows 电脑'
  return en ? 'This device' : '这台设备'
}
