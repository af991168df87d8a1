/** Form pieces of the account screens: labelled fields with hint and error, their failures, where to go next. */
import { fail as report, isDomainError, problemText as commonProblem, Refusal } from '../shared/feedback'
import { html, isEn, type Html } from '../shared/kit'
import type { IdentityError } from '../shared/session'
import { s } from './strings'
import { ceremonyProblem } from './webauthn'

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

/** What a refused passkey ceremony means, in words (null: not a ceremony's failure). */
export function ceremonyText(err: unknown): string | null {
  const t = s()
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
  return null
}

export const isIdentityError = (e: unknown): e is IdentityError => isDomainError(e) && e.__typename === 'IdentityError'

/** A domain error as something to throw: fail() and problemText() say its message. */
export const refusal = (e: IdentityError): Refusal => new Refusal(e.code, e.message, e.messageEn)

/**
 * Report a failure of an action on a page in the alert region `id`: the server's message of a
 * domain error, what a refused passkey ceremony means, or what went wrong otherwise (the server's
 * word on FORBIDDEN: e.g. staff need a passkey). A lost session goes to the sign-in page.
 */
export const fail = (root: ParentNode, id: string, err: unknown): void => report(root, id, err, { text: ceremonyText, notFound: null })

/** A message for anything that went wrong here (the words fail() says). */
export const problemText = (err: unknown): string => ceremonyText(err) ?? commonProblem(err, { notFound: null })

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
