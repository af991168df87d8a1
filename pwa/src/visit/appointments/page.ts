/**
 * /appointments (分时段预约). With ?item=<code>: the item's hall, the next working days that have slots
 * (free places per day), that day's slots with their free places, and a booking button on each.
 * With &move=<booking id> the same page changes an existing booking: one moveBooking call, so the
 * old place is only given up when the new one is had. Below: my bookings with their codes, to
 * change or cancel (after a confirmation). Without an item: my bookings and a field for an item
 * code.
 */
import { guide, html, type Html, pick } from '../../shared/kit'
import { hasSession, SignInNeeded } from '../../shared/session'
import { type ServiceItem } from '../../types'
import { type View } from '../../views/view'
import { myBookings } from '../api'
import { s } from '../strings'
import { day, isoDay } from '../../shared/dates'
import { problemText } from '../../shared/feedback'
import { alertRegion, say, statusRegion } from '../../shared/live'
import { zhUnless } from '../../shared/parts'
import { pageTitle } from '../../shared/strings'
import { RANGE_DAYS, future, places, bookingsHtml, dialogHtml, codeFormHtml } from './parts'
import { type Booker, pickerHtml, movingHtml, repaintSlots, loadCalendar, laterDates, book } from './calendar'
import { mountCancel, mountCodeForm } from './bookings'

/** The item asked for, if it can be booked at a window; else what is wrong with it. */
export async function bookable(code: string): Promise<{ item: ServiceItem | null; problem: string }> {
  const t = s()
  if (!code) return { item: null, problem: '' }
  try {
    const g = await guide(code)
    if (g.__typename === 'Bundle') return { item: null, problem: t.notAnItem }
    if (g.__typename === 'NotFound') return { item: null, problem: t.noSuchItem }
    if (!g.channels.includes('WINDOW')) return { item: null, problem: t.noWindow }
    return { item: g, problem: '' }
  } catch (err) {
    return { item: null, problem: problemText(err) }
  }
}

export function itemHtml(b: Booker, item: ServiceItem): Html {
  const t = s()
  const hall = item.location.hall
  return html`<section class="sec" aria-labelledby="item-h"><h2 id="item-h">${t.apptFor(pick(item.name, item.nameEn))}</h2>
<dl class="kv"><div><dt>${t.hall}</dt><dd>${pick(hall.name, hall.nameEn)}</dd></div>
<div><dt>${t.window}</dt><dd${zhUnless(item.location.windowEn)}>${pick(item.location.window, item.location.windowEn)}</dd></div>
<div><dt>${t.address}</dt><dd${zhUnless(hall.addressEn)}>${pick(hall.address, hall.addressEn)}</dd></div></dl>
<div id="picker">${pickerHtml(b)}</div>
${b.slotProblem ? '' : html`<p><button type="button" class="btn alt" id="later">${t.laterDates}</button></p>`}
</section>`
}

export function mount(main: HTMLElement, b: Booker): void {
  const root = main.querySelector<HTMLElement>('#visit')
  if (!root) return
  b.root = root
  const picker = root.querySelector<HTMLElement>('#picker')
  picker?.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (input.name !== 'day') return
    b.selected = input.value
    repaintSlots(b)
    say(root, 'status', s().slotsShown(day(b.selected), b.days.get(b.selected)?.length ?? 0))
  })
  root.querySelector<HTMLButtonElement>('#later')?.addEventListener('click', (e) => void laterDates(b, e.currentTarget as HTMLButtonElement))
  picker?.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-book]')
    if (button) void book(b, button)
  })
  mountCancel(b)
  mountCodeForm(root)
}

export async function appointmentsPage(query: URLSearchParams): Promise<View> {
  const t = s()
  if (!hasSession()) throw new SignInNeeded()
  const code = (query.get('item') ?? '').trim().toUpperCase()
  const moveId = query.get('move')
  const loadingBookings = myBookings()
  const { item, problem } = await bookable(code)
  const bookings = await loadingBookings
  const names = await places([...bookings.map((x) => x.itemCode), ...(item ? [item.code] : [])])
  let moving = moveId ? (bookings.find((x) => x.id === moveId && x.status === 'BOOKED' && future(x.slot)) ?? null) : null
  if (moving && item && moving.itemCode !== item.code) moving = null
  const b: Booker = {
    root: document.body,
    item,
    names,
    bookings,
    moving,
    rangeEnd: isoDay(new Date(), RANGE_DAYS - 1),
    all: [],
    days: new Map(),
    selected: '',
    slotProblem: null,
  }
  await loadCalendar(b)
  const body = html`<div class="visit" id="visit">
${item ? html`<p class="crumbs-back"><a href="/g/${encodeURIComponent(item.code)}">← ${t.toGuide}</a></p>` : ''}
<h1 tabindex="-1">${t.apptTitle}</h1>
<p class="lede">${t.apptLead}</p>
${alertRegion()}
${statusRegion()}
<div id="result"></div>
<div id="moving-box">${movingHtml(b)}</div>
${item ? itemHtml(b, item) : codeFormHtml(problem, code)}
<section class="sec" aria-labelledby="mine-h"><h2 id="mine-h" tabindex="-1">${t.myBookings}</h2><div id="mine">${bookingsHtml(bookings, names)}</div></section>
${dialogHtml()}
</div>`
  return {
    title: pageTitle(item ? `${t.apptTitle} · ${pick(item.name, item.nameEn)}` : t.apptTitle),
    body,
    mount: (main) => mount(main, b),
  }
}
