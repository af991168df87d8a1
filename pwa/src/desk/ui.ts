/** Small pieces of the desk screens: live regions, busy buttons, errors tied to fields, dates, badges. */
import { html, isEn, navigate, type Html } from '../account/kit'
import { GraphQLFailure, SignInNeeded } from '../account/session'
import { DeskError, type Me } from './api'
import { pick, s } from './strings'
import { alertRegion, busy as busyWith, say, statusRegion } from '../shared/live'

export { alertRegion, say, statusRegion }

/** Disable a button while something runs and say so on it; returns the function that undoes it. */
export const busy = (button: HTMLButtonElement | null, text = s().working): (() => void) => busyWith(button, text)




export function problemText(err: unknown): string {
  const t = s()
  if (err instanceof DeskError) return pick(err.zh, err.en)
  if (err instanceof GraphQLFailure && err.offline) return t.offline
  if (err instanceof GraphQLFailure && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND')) return t.notFound
  return t.failed
}

/** Sign-in page for staff, coming back to `path` afterwards. */
export const signInUrl = (path = location.pathname + location.search): string =>
  `/signin?staff=1&next=${encodeURIComponent(path)}`

/** Report a failure in the alert `id` (and move focus there); a lost session goes to sign-in. */
export function fail(root: ParentNode, id: string, err: unknown): void {
  if (err instanceof SignInNeeded) {
    navigate(signInUrl(), true)
    return
  }
  say(root, id, problemText(err), 'bad')
  root.querySelector<HTMLElement>(`#${id}`)?.focus()
}

/** Show (or clear, with null) the error of one field; the control is marked invalid. */
export function setError(root: ParentNode, id: string, message: string | null): void {
  const err = root.querySelector<HTMLElement>(`#${id}-err`)
  if (err) {
    err.textContent = message ?? ''
    err.hidden = !message
  }
  const control = root.querySelector<HTMLElement>(`#${id}`)
  if (control) {
    if (message) control.setAttribute('aria-invalid', 'true')
    else control.removeAttribute('aria-invalid')
  }
}

export const errLine = (id: string): Html => html`<p class="err" id="${id}-err" hidden></p>`

export function badge(text: string, tone: '' | 'ok' | 'warn' | 'bad' = ''): Html {
  return html`<span class="badge${tone ? ` ${tone}` : ''}">${text}</span>`
}

export function statusTone(status: string): '' | 'ok' | 'warn' | 'bad' {
  if (['NEEDS_CORRECTION', 'READY_FOR_PICKUP'].includes(status)) return 'warn'
  if (['COMPLETED', 'COLLECTED', 'CLOSED', 'ACCEPTED', 'APPROVED'].includes(status)) return 'ok'
  if (['REJECTED', 'WITHDRAWN'].includes(status)) return 'bad'
  return ''
}

const TZ = 'Asia/Shanghai'

/** A date and time in Beijing time, in the page's language. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return d.toLocaleString(isEn() ? 'en-GB' : 'zh-CN', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
}

/** An ISO date (YYYY-MM-DD) as the page's language writes it. */
export function day(iso: string | null | undefined): string {
  if (!iso) return ''
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return isEn() ? `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}` : `${y}年${m}月${d}日`
}

/** Today in Beijing as YYYY-MM-DD, and `n` days later. */
export function todayIso(plusDays = 0): string {
  const now = new Date(Date.now() + plusDays * 86_400_000)
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

export const percent = (rate: number | null): string => (rate === null ? s().noRate : `${(rate * 100).toFixed(1)}%`)

export function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

export const isClerk = (me: Me): boolean => me.roles.includes('WINDOW_CLERK')
export const isReviewer = (me: Me): boolean => me.roles.includes('REVIEWER')
export const isSupervisor = (me: Me): boolean => me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN')
