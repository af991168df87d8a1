/** Small pieces of the visit screens: styles, live regions, busy buttons, errors tied to fields, Beijing dates. */
import { addStyles as addStyleSheet } from '../shared/stylesheet'
import accountCss from '../account/account.css?inline'
import { html, isEn, navigate, type Html } from '../account/kit'
import { GraphQLFailure, SignInNeeded } from '../account/session'
import type { DomainError } from './api'
import { pick, s } from './strings'
import css from './visit.css?inline'
import { alertRegion, busy as busyWith, say, statusRegion } from '../shared/live'

export { alertRegion, say, statusRegion }

/** Disable a button while something runs and say so on it; returns the function that undoes it. */
export const busy = (button: HTMLButtonElement | null, text = s().working): (() => void) => busyWith(button, text)

/** The account screens' styles (shared id: added once by whichever chunk comes first) and ours. */
export function addStyles(): void {
  const add = (id: string, text: string) => {
    addStyleSheet(id, text)
  }
  add('ov-account-css', accountCss)
  add('ov-visit-css', css)
}




export const errorText = (e: DomainError): string => pick(e.message, e.messageEn)

export const isOffline = (err: unknown): boolean => err instanceof GraphQLFailure && err.offline

export function problemText(err: unknown): string {
  const t = s()
  if (isOffline(err)) return t.offline
  if (err instanceof GraphQLFailure && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND')) return t.notFound
  if (err instanceof GraphQLFailure && err.code === 'RATE_LIMITED') return err.message // says when to try again
  return t.failed
}

export const signInPath = (path = location.pathname + location.search): string => `/signin?next=${encodeURIComponent(path)}`

/** Report a failure in the alert `id` and move focus there; a lost session goes to sign-in (and back). */
export function fail(root: ParentNode, id: string, err: unknown): void {
  if (err instanceof SignInNeeded) return navigate(signInPath(), true)
  say(root, id, problemText(err), 'bad')
  root.querySelector<HTMLElement>(`#${id}`)?.focus()
}

/** Show (or clear, with null) the error of a field: its message and aria-invalid on the control(s). */
export function setError(root: ParentNode, id: string, message: string | null): void {
  const err = root.querySelector<HTMLElement>(`#${id}-err`)
  if (err) {
    err.textContent = message ?? ''
    err.hidden = !message
  }
  root.querySelector(`#${id}-field`)?.classList.toggle('invalid', !!message)
  for (const el of root.querySelectorAll<HTMLElement>(`#${id}, [data-for="${id}"]`)) {
    if (message) el.setAttribute('aria-invalid', 'true')
    else el.removeAttribute('aria-invalid')
  }
}

export const errLine = (id: string): Html => html`<p class="err" id="${id}-err" hidden></p>`

/** lang attribute for content that exists only in Chinese (addresses, windows), when the UI is English. */
export const zhOnly = (): Html => html`${isEn() ? html` lang="zh-CN"` : ''}`

export const badge = (text: string, tone = ''): Html => html`<span class="badge${tone ? ` ${tone}` : ''}">${text}</span>`

/** A key for one submission: a retry with it never files twice. */
export function newKey(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

// --- dates: halls keep Beijing time, whatever the phone's zone ---------------------------------------

const TZ = 'Asia/Shanghai'

function parts(d: Date): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d)) {
    out[p.type] = p.value
  }
  return out
}

/** The Beijing date (YYYY-MM-DD) of a moment; `plusDays` later. */
export function isoDay(at: Date | string = new Date(), plusDays = 0): string {
  const d = new Date(typeof at === 'string' ? at : at.getTime())
  const p = parts(new Date(d.getTime() + plusDays * 86_400_000))
  return `${p.year}-${p.month}-${p.day}`
}

/** HH:MM in Beijing time. */
export function clock(iso: string): string {
  const p = parts(new Date(iso))
  return `${p.hour}:${p.minute}`
}

const WEEK_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const WEEK_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/** A date (YYYY-MM-DD) as people read it: 5月6日 周一 / Mon 6 May; `year` adds the year. */
export function day(iso: string, year = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay()
  if (isEn()) return `${WEEK_EN[weekday]} ${d} ${MONTHS[mo - 1]}${year ? ` ${y}` : ''}`
  return `${year ? `${y}年` : ''}${mo}月${d}日 ${WEEK_ZH[weekday]}`
}

/** A plain date with its year, no weekday: 2024年5月6日 / 6 May 2024. */
export function date(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isEn() ? `${d} ${MONTHS[mo - 1]} ${y}` : `${y}年${mo}月${d}日`
}

/** A slot's time: 5月6日 周一 09:00–09:30. */
export const when = (slot: { startsAt: string; endsAt: string }): string =>
  `${day(isoDay(slot.startsAt))} ${clock(slot.startsAt)}–${clock(slot.endsAt)}`

/** A moment with date and time in Beijing: 2024年5月6日 18:00. */
export const moment = (iso: string): string => `${date(isoDay(iso))} ${clock(iso)}`
