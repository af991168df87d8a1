/**
 * The calendar of an item's slots while the page is open: the days shown, more dates on request,
 * booking or moving a booking to a slot.
 */
import { html, type Html } from '../../shared/kit'
import { type ServiceItem } from '../../types'
import { type Booking, bookSlot, type DomainError, isError, moveBooking, myBookings, type Slot, slots as fetchSlots } from '../api'
import { s } from '../strings'
import { isoDay, when } from '../../shared/dates'
import { errorText, fail } from '../../shared/feedback'
import { busy, say } from '../../shared/live'
import { RANGE_DAYS, MAX_DAYS_AHEAD, type Place, places, bookingsHtml, byDay, daysHtml, slotsHtml, resultHtml } from './parts'

/** The page while it is open: the item, the calendar's slots, the day chosen, my bookings (and the one being moved). */
export interface Booker {
  root: HTMLElement
  item: ServiceItem | null
  names: Map<string, Place>
  bookings: Booking[]
  moving: Booking | null
  /** The calendar's last day loaded (three weeks from today, more on request). */
  rangeEnd: string
  all: Slot[]
  days: Map<string, Slot[]>
  selected: string
  slotProblem: DomainError | null
}

export const firstDay = (days: Map<string, Slot[]>): string =>
  [...days].find(([, list]) => list.some((x) => x.available > 0))?.[0] ?? [...days.keys()][0] ?? ''

export function pickerHtml(b: Booker): Html {
  const t = s()
  if (b.slotProblem) return html`<p class="notice">${errorText(b.slotProblem)}</p>`
  if (!b.days.size) return html`<p class="notice" id="no-slots">${t.noSlots}</p>`
  return html`${daysHtml(b.days, b.selected)}<div id="slots">${slotsHtml(b.days.get(b.selected) ?? [], b.selected, !!b.moving)}</div>`
}

export const movingHtml = (b: Booker): Html =>
  b.moving
    ? html`<div class="moving" id="moving"><p>${s().moving(when(b.moving.slot))}</p><p><a href="/appointments?item=${encodeURIComponent(b.moving.itemCode)}">${s().stopMoving}</a></p></div>`
    : html``

export function repaintSlots(b: Booker): void {
  const box = b.root.querySelector<HTMLElement>('#slots')
  if (box) box.innerHTML = slotsHtml(b.days.get(b.selected) ?? [], b.selected, !!b.moving).value
}

export function repaintPicker(b: Booker): void {
  const picker = b.root.querySelector<HTMLElement>('#picker')
  if (!picker) return
  if (!b.days.has(b.selected)) b.selected = firstDay(b.days)
  picker.innerHTML = pickerHtml(b).value
}

export async function reloadSlots(b: Booker): Promise<void> {
  if (!b.item) return
  const r = await fetchSlots(b.item.location.hall.code, isoDay(), b.rangeEnd, b.item.code)
  if (isError(r)) return
  b.all = r
  b.days = byDay(b.all)
  repaintPicker(b)
}

export async function reloadBookings(b: Booker): Promise<void> {
  b.bookings = await myBookings()
  for (const [k, v] of await places(b.bookings.map((x) => x.itemCode).filter((c) => !b.names.has(c)))) b.names.set(k, v)
  const mine = b.root.querySelector<HTMLElement>('#mine')
  if (mine) mine.innerHTML = bookingsHtml(b.bookings, b.names).value
}

/** The item's slots from today to the end of the calendar, with the day to show first. */
export async function loadCalendar(b: Booker): Promise<void> {
  if (!b.item) return
  const r = await fetchSlots(b.item.location.hall.code, isoDay(), b.rangeEnd, b.item.code)
  if (isError(r)) b.slotProblem = r
  else b.all = r
  b.days = byDay(b.all)
  b.selected = firstDay(b.days)
}

/** Three more weeks of the calendar (up to MAX_DAYS_AHEAD). */
export async function laterDates(b: Booker, button: HTMLButtonElement): Promise<void> {
  const { root, item } = b
  if (!item) return
  const from = isoDay(new Date(`${b.rangeEnd}T12:00:00+08:00`), 1)
  const to = isoDay(new Date(`${b.rangeEnd}T12:00:00+08:00`), RANGE_DAYS)
  const done = busy(button)
  try {
    const r = await fetchSlots(item.location.hall.code, from, to, item.code)
    done()
    if (isError(r)) return say(root, 'alert', errorText(r), 'bad')
    b.rangeEnd = to
    const before = b.days.size
    b.all = [...b.all, ...r]
    b.days = byDay(b.all)
    repaintPicker(b)
    if (b.days.size === before) say(root, 'status', s().noLaterDates)
    else root.querySelectorAll<HTMLInputElement>('input[name=day]')[before]?.focus()
    if (to >= isoDay(new Date(), MAX_DAYS_AHEAD)) button.parentElement?.remove()
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** Book a slot, or move the booking being moved to it (one call: the old place goes only when the new one is had). */
export async function book(b: Booker, button: HTMLButtonElement): Promise<void> {
  const { root, item } = b
  if (!item) return
  const slotId = button.dataset.book ?? ''
  say(root, 'alert', '')
  say(root, 'status', '')
  const done = busy(button)
  try {
    const wasMoving = b.moving
    const r = wasMoving ? await moveBooking(wasMoving.id, slotId) : await bookSlot(slotId, item.code)
    if (isError(r)) {
      done()
      say(root, 'alert', errorText(r), 'bad')
      root.querySelector<HTMLElement>('#alert')?.focus()
      if (['SLOT_FULL', 'SLOT_PAST', 'NOT_FOUND'].includes(r.code)) await reloadSlots(b)
      return
    }
    if (wasMoving) {
      b.moving = null
      root.querySelector('#moving-box')?.replaceChildren()
      history.replaceState(history.state, '', `/appointments?item=${encodeURIComponent(item.code)}`) // a reload is not a move
    }
    const result = root.querySelector<HTMLElement>('#result')
    if (result) {
      result.innerHTML = resultHtml(r, b.names.get(r.itemCode), !!wasMoving).value
      result.querySelector<HTMLElement>('#result-panel')?.focus()
    }
    await Promise.all([reloadSlots(b), reloadBookings(b)])
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}
