/**
 * Dates and times as the screens show them. Halls, deadlines and working days keep Beijing time,
 * whatever the phone's zone, so everything is shown in Beijing time.
 */
import { isEn } from './kit'

const TZ = 'Asia/Shanghai'
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(d: Date): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of FORMAT.formatToParts(d)) out[p.type] = p.value
  return out
}

const valid = (d: Date): boolean => !Number.isNaN(d.getTime())

/** The Beijing date (YYYY-MM-DD) of a moment (now by default); `plusDays` later. */
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

function ymd(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null
}

/** A date (YYYY-MM-DD) with its weekday: 5月6日 周一 / Mon 6 May; `year` adds the year. */
export function day(iso: string, year = false): string {
  const d = ymd(iso)
  if (!d) return iso
  const [y, mo, dd] = d
  const weekday = new Date(Date.UTC(y, mo - 1, dd)).getUTCDay()
  if (isEn()) return `${WEEK_EN[weekday]} ${dd} ${MONTHS[mo - 1]}${year ? ` ${y}` : ''}`
  return `${year ? `${y}年` : ''}${mo}月${dd}日 ${WEEK_ZH[weekday]}`
}

/** A plain date with its year, no weekday: 2024年5月6日 / 6 May 2024. */
export function date(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = ymd(iso)
  if (!d) return iso
  const [y, mo, dd] = d
  return isEn() ? `${dd} ${MONTHS[mo - 1]} ${y}` : `${y}年${mo}月${dd}日`
}

/** A moment with date and time in Beijing: 2024年5月6日 18:00 / 6 May 2024 18:00. */
export function dateTime(at: string | number | null | undefined): string {
  if (at === null || at === undefined || at === '') return ''
  const d = new Date(typeof at === 'number' ? at * 1000 : at) // a number: seconds (JWT claims)
  if (!valid(d)) return String(at)
  const iso = d.toISOString()
  return `${date(isoDay(iso))} ${clock(iso)}`
}

/** A slot's time: 5月6日 周一 09:00–09:30. */
export const when = (slot: { startsAt: string; endsAt: string }): string =>
  `${day(isoDay(slot.startsAt))} ${clock(slot.startsAt)}–${clock(slot.endsAt)}`
