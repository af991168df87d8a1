/** Small pieces of the application screens: live regions, errors tied to fields, busy buttons, dates. */
import { GraphQLFailure, SignInNeeded } from '../account/session'
import { type ApplicationError, UploadRefused } from './api'
import { html, isEn, navigate, pickLang, type Html } from './kit'
import { s } from './strings'
import { alertRegion, busy as busyWith, say, statusRegion } from '../shared/live'

export { alertRegion, say, statusRegion }

/** Disable a button while something runs and say so on it; returns the function that undoes it. */
export const busy = (button: HTMLButtonElement | null, text = s().working): (() => void) => busyWith(button, text)




/** The server's message of a domain error, in the page's language. */
export const errorText = (e: Pick<ApplicationError, 'message' | 'messageEn'>): string => pickLang(e.message, e.messageEn)

export const isOffline = (err: unknown): boolean => err instanceof GraphQLFailure && err.offline

/** A message for anything that went wrong. */
export function problemText(err: unknown): string {
  if (isOffline(err)) return s().offline
  if (err instanceof UploadRefused) return pickLang(err.zh, err.en)
  if (err instanceof GraphQLFailure && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND')) return s().notFound
  return s().failed
}

/** Report a failure in the alert `id`; a lost session goes to sign-in, which comes back here. */
export function fail(root: ParentNode, id: string, err: unknown): void {
  if (err instanceof SignInNeeded) {
    navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`, true)
    return
  }
  say(root, id, problemText(err), 'bad')
}

/** Show (or clear, with null) the error of one field or group; its inputs are marked invalid. */
export function setError(root: ParentNode, id: string, message: string | null): void {
  const err = root.querySelector<HTMLElement>(`#${id}-err`)
  if (err) {
    err.textContent = message ?? ''
    err.hidden = !message
  }
  root.querySelector(`#${id}-field`)?.classList.toggle('invalid', !!message)
  for (const input of root.querySelectorAll<HTMLElement>(`[data-for="${id}"]`)) {
    if (message) input.setAttribute('aria-invalid', 'true')
    else input.removeAttribute('aria-invalid')
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** 2024-05-01 10:23 in the phone's time zone. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A date (yyyy-mm-dd) as people read it: 2024年5月1日 / 1 May 2024. */
export function day(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (isEn()) return `${d} ${'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[mo - 1]} ${y}`
  return `${y}年${mo}月${d}日`
}

export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export const badge = (text: string, tone = ''): Html => html`<span class="badge${tone ? ` ${tone}` : ''}">${text}</span>`

/** A key for one submission (the server returns the first result for a key seen before). */
export function newKey(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Status badge tone: done, waiting on the applicant, or neutral. */
export function statusTone(status: string): string {
  if (['COMPLETED', 'COLLECTED', 'CLOSED', 'READY_FOR_PICKUP'].includes(status)) return 'ok'
  if (['NEEDS_CORRECTION', 'REJECTED', 'WITHDRAWN', 'PARTLY_COMPLETED'].includes(status)) return 'warn'
  return 'kind'
}
