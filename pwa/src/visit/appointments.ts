/**
 * /appointments (分时段预约). With ?item=<code>: the item's hall, the next working days that have
 * slots (free places per day), that day's slots with their free places, and a booking button on
 * each. With &move=<booking id> the same page changes an existing booking: one moveBooking call, so
 * the old place is only given up when the new one is had. Below: my bookings with their codes, to
 * change or cancel (after a confirmation). Without an item: my bookings and a field for an item code.
 */
import { html, type Html, navigate, pick } from '../shared/kit'
import { hasSession, SignInNeeded } from '../shared/session'
import type { ServiceItem } from '../types'
import type { View } from '../views/view'
import { bookSlot, cancelBooking, isError, moveBooking, myBookings, slots as fetchSlots, type Booking, type DomainError, type Slot } from './api'
import { guide } from '../shared/kit'
import { s } from './strings'
import { clock, day, isoDay, when } from '../shared/dates'
import { errLine, errorText, fail, problemText, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge, zhOnly } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const RANGE_DAYS = 21 // one look at the calendar: three weeks of slots
const MAX_DAYS_AHEAD = 90

interface Place {
  name: string
  hall: string
  window: string
}

const future = (x: Slot): boolean => Date.parse(x.startsAt) > Date.now()

/** Names of the items of my bookings (and their halls), from the public guides; the code if offline. */
async function places(codes: string[]): Promise<Map<string, Place>> {
  const out = new Map<string, Place>()
  await Promise.all(
    [...new Set(codes)].slice(0, 12).map(async (code) => {
      try {
        const g = await guide(code)
        if (g.__typename === 'ServiceItem') out.set(code, { name: pick(g.name, g.nameEn), hall: pick(g.location.hall.name, g.location.hall.nameEn), window: g.location.window })
      } catch {
        /* shown by its code */
      }
    }),
  )
  return out
}

function bookingHtml(b: Booking, place: Place | undefined, live: boolean): Html {
  const t = s()
  const at = when(b.slot)
  const tone = b.status === 'BOOKED' ? 'ok' : b.status === 'NO_SHOW' ? 'warn' : ''
  return html`<li class="row booking" id="bk-${b.id}" data-booking="${b.id}">
<div class="row-main"><span class="row-t">${place?.name ?? b.itemCode}</span>
<span class="when">${at}</span>
${place ? html`<span class="m">${place.hall}${place.window ? ` · ${place.window}` : ''}</span>` : ''}
<span>${t.bookingCode}${t.colon}<strong class="bcode">${b.code}</strong> ${badge(t.bookingStatus[b.status] ?? b.status, tone)}</span></div>
${
  live
    ? html`<div class="row-btns"><a class="btn alt small" href="/appointments?item=${encodeURIComponent(b.itemCode)}&amp;move=${encodeURIComponent(b.id)}">${t.move}<span class="sr">${t.colon}${at}</span></a>
<button type="button" class="btn alt small" data-cancel="${b.id}" data-when="${at}">${t.cancel}<span class="sr">${t.colon}${at}</span></button></div>`
    : ''
}</li>`
}

function bookingsHtml(bookings: Booking[], names: Map<string, Place>): Html {
  const t = s()
  const isLive = (b: Booking) => b.status === 'BOOKED' && future(b.slot)
  const live = bookings.filter(isLive).sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt))
  const past = bookings.filter((b) => !isLive(b))
  return html`${live.length ? html`<ul class="rows" id="bookings">${live.map((b) => bookingHtml(b, names.get(b.itemCode), true))}</ul>` : html`<p id="bookings-empty">${t.noBookings}</p>`}
${
  past.length
    ? html`<details class="past"><summary>${t.pastBookings(past.length)}</summary><ul class="rows" id="past-bookings">${past.map((b) =>
        bookingHtml(b, names.get(b.itemCode), false),
      )}</ul></details>`
    : ''
}`
}

/** Future slots by Beijing day, in order. */
function byDay(list: Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>()
  for (const x of [...list].filter(future).sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = isoDay(x.startsAt)
    days.set(key, [...(days.get(key) ?? []), x])
  }
  return days
}

function daysHtml(days: Map<string, Slot[]>, selected: string): Html {
  const t = s()
  return html`<fieldset class="days" aria-describedby="days-hint"><legend>${t.pickDate}</legend>
<p class="hint" id="days-hint">${t.pickDateHint}</p>
<div class="day-list">${[...days].map(([d, list]) => {
    const free = list.reduce((n, x) => n + x.available, 0)
    return html`<label class="day${free ? '' : ' full'}"><input type="radio" name="day" value="${d}"${d === selected ? html` checked` : ''}><span class="d">${day(d)}</span><span class="n">${t.freeOnDay(free)}</span></label>`
  })}</div></fieldset>`
}

function slotsHtml(list: Slot[], selected: string, moving: boolean): Html {
  const t = s()
  return html`<h3 id="slots-h">${t.slotsOn(day(selected))}</h3>
<ul class="slots" id="slot-list" aria-labelledby="slots-h">${list.map((x) => {
    const at = when(x)
    return html`<li class="slot${x.available ? '' : ' full'}" data-slot="${x.id}"><span class="t">${clock(x.startsAt)}–${clock(x.endsAt)}</span>
<span class="n">${x.available ? t.free(x.available) : t.full}</span>${
      x.available
        ? html`<button type="button" class="btn small" data-book="${x.id}">${moving ? t.moveHere : t.book}<span class="sr"> ${at}</span></button>`
        : ''
    }</li>`
  })}</ul>`
}

function resultHtml(b: Booking, place: Place | undefined, moved: boolean): Html {
  const t = s()
  return html`<div class="panel" id="result-panel" tabindex="-1" role="group" aria-labelledby="result-t">
<p class="panel-t" id="result-t">${moved ? t.moved : t.booked}</p>
<p>${t.bookingCode}${t.colon}</p><p class="big-code" id="booking-code">${b.code}</p>
<p>${t.bookedText(when(b.slot), place?.hall ?? b.slot.hallCode, place?.window ?? '')}</p>
<p class="m">${t.bookingCodeHint}</p></div>`
}

function dialogHtml(): Html {
  const t = s()
  return html`<dialog id="cancel-dialog" aria-labelledby="cd-h" aria-describedby="cd-lead">
<form method="dialog"><h2 id="cd-h">${t.cancelTitle}</h2><p id="cd-lead"></p>
<div class="actions"><button type="submit" class="btn" value="yes" id="cancel-yes">${t.cancelYes}</button><button type="submit" class="btn alt" value="no" id="cancel-no">${t.cancelNo}</button></div>
</form></dialog>`
}

function codeFormHtml(problem: string, code: string): Html {
  const t = s()
  return html`<section class="sec" aria-labelledby="new-h"><h2 id="new-h">${t.newBooking}</h2>
${problem ? html`<p class="notice" id="item-problem">${problem}</p>` : ''}
<form id="code-form" method="post" class="inline-form" novalidate>
<div class="field" id="item-code-field"><label for="item-code">${t.itemCode}</label>
<p class="hint" id="item-code-hint">${t.itemCodeHint}</p>
<input id="item-code" name="item" type="text" autocapitalize="characters" autocomplete="off" maxlength="32" value="${code}" aria-describedby="item-code-hint item-code-err">
${errLine('item-code')}</div>
<div class="actions"><button type="submit" class="btn">${t.showSlots}</button><a class="btn alt" href="/search">${t.findItem}</a></div>
</form></section>`
}

export async function appointmentsPage(query: URLSearchParams): Promise<View> {
  const t = s()
  if (!hasSession()) throw new SignInNeeded()
  const code = (query.get('item') ?? '').trim().toUpperCase()
  const moveId = query.get('move')
  const loadingBookings = myBookings()

  let item: ServiceItem | null = null
  let problem = ''
  if (code) {
    try {
      const g = await guide(code)
      if (g.__typename === 'Bundle') problem = t.notAnItem
      else if (g.__typename === 'NotFound') problem = t.noSuchItem
      else if (!g.channels.includes('WINDOW')) problem = t.noWindow
      else item = g
    } catch (err) {
      problem = problemText(err)
    }
  }
  let bookings = await loadingBookings
  const names = await places([...bookings.map((b) => b.itemCode), ...(item ? [item.code] : [])])
  let moving = moveId ? bookings.find((b) => b.id === moveId && b.status === 'BOOKED' && future(b.slot)) ?? null : null
  if (moving && item && moving.itemCode !== item.code) moving = null

  // The calendar: three weeks from today, more on request.
  let rangeEnd = isoDay(new Date(), RANGE_DAYS - 1)
  let all: Slot[] = []
  let slotProblem: DomainError | null = null
  if (item) {
    const r = await fetchSlots(item.location.hall.code, isoDay(), rangeEnd, item.code)
    if (isError(r)) slotProblem = r
    else all = r
  }
  let days = byDay(all)
  const firstFree = [...days].find(([, list]) => list.some((x) => x.available > 0))
  let selected = firstFree?.[0] ?? [...days.keys()][0] ?? ''

  const pickerHtml = (): Html => {
    if (slotProblem) return html`<p class="notice">${errorText(slotProblem)}</p>`
    if (!days.size) return html`<p class="notice" id="no-slots">${t.noSlots}</p>`
    return html`${daysHtml(days, selected)}<div id="slots">${slotsHtml(days.get(selected) ?? [], selected, !!moving)}</div>`
  }
  const movingHtml = (): Html =>
    moving ? html`<div class="moving" id="moving"><p>${t.moving(when(moving.slot))}</p><p><a href="/appointments?item=${encodeURIComponent(moving.itemCode)}">${t.stopMoving}</a></p></div>` : html``

  const hall = item?.location.hall
  const body = html`<div class="visit" id="visit">
${item ? html`<p class="crumbs-back"><a href="/g/${encodeURIComponent(item.code)}">← ${t.toGuide}</a></p>` : ''}
<h1 tabindex="-1">${t.apptTitle}</h1>
<p class="lede">${t.apptLead}</p>
${alertRegion()}
${statusRegion()}
<div id="result"></div>
<div id="moving-box">${movingHtml()}</div>
${
  item && hall
    ? html`<section class="sec" aria-labelledby="item-h"><h2 id="item-h">${t.apptFor(pick(item.name, item.nameEn))}</h2>
<dl class="kv"><div><dt>${t.hall}</dt><dd>${pick(hall.name, hall.nameEn)}</dd></div>
<div><dt>${t.window}</dt><dd${zhOnly()}>${item.location.window}</dd></div>
<div><dt>${t.address}</dt><dd${zhOnly()}>${hall.address}</dd></div></dl>
<div id="picker">${pickerHtml()}</div>
${slotProblem ? '' : html`<p><button type="button" class="btn alt" id="later">${t.laterDates}</button></p>`}
</section>`
    : codeFormHtml(problem, code)
}
<section class="sec" aria-labelledby="mine-h"><h2 id="mine-h" tabindex="-1">${t.myBookings}</h2><div id="mine">${bookingsHtml(bookings, names)}</div></section>
${dialogHtml()}
</div>`

  return {
    title: pageTitle(item ? `${t.apptTitle} · ${pick(item.name, item.nameEn)}` : t.apptTitle),
    body,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#visit')
      if (!root) return
      const picker = root.querySelector<HTMLElement>('#picker')
      const mine = root.querySelector<HTMLElement>('#mine') as HTMLElement
      const result = root.querySelector<HTMLElement>('#result') as HTMLElement

      const repaintSlots = () => {
        const box = root.querySelector<HTMLElement>('#slots')
        if (box) box.innerHTML = slotsHtml(days.get(selected) ?? [], selected, !!moving).value
      }
      const repaintPicker = () => {
        if (!picker) return
        if (!days.has(selected)) selected = [...days].find(([, list]) => list.some((x) => x.available > 0))?.[0] ?? [...days.keys()][0] ?? ''
        picker.innerHTML = pickerHtml().value
      }
      const reloadSlots = async () => {
        if (!item) return
        const r = await fetchSlots(item.location.hall.code, isoDay(), rangeEnd, item.code)
        if (isError(r)) return
        all = r
        days = byDay(all)
        repaintPicker()
      }
      const reloadBookings = async () => {
        bookings = await myBookings()
        for (const [k, v] of await places(bookings.map((b) => b.itemCode).filter((c) => !names.has(c)))) names.set(k, v)
        mine.innerHTML = bookingsHtml(bookings, names).value
      }

      picker?.addEventListener('change', (e) => {
        const input = e.target as HTMLInputElement
        if (input.name !== 'day') return
        selected = input.value
        repaintSlots()
        say(root, 'status', t.slotsShown(day(selected), days.get(selected)?.length ?? 0))
      })

      root.querySelector<HTMLButtonElement>('#later')?.addEventListener('click', async (e) => {
        const button = e.currentTarget as HTMLButtonElement
        if (!item) return
        const from = isoDay(new Date(`${rangeEnd}T12:00:00+08:00`), 1)
        const to = isoDay(new Date(`${rangeEnd}T12:00:00+08:00`), RANGE_DAYS)
        const done = busy(button)
        try {
          const r = await fetchSlots(item.location.hall.code, from, to, item.code)
          done()
          if (isError(r)) return say(root, 'alert', errorText(r), 'bad')
          rangeEnd = to
          const before = days.size
          all = [...all, ...r]
          days = byDay(all)
          repaintPicker()
          if (days.size === before) say(root, 'status', t.noLaterDates)
          else root.querySelectorAll<HTMLInputElement>('input[name=day]')[before]?.focus()
          if (to >= isoDay(new Date(), MAX_DAYS_AHEAD)) button.parentElement?.remove()
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      })

      // Book (or move to) a slot.
      picker?.addEventListener('click', async (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-book]')
        if (!button || !item) return
        const slotId = button.dataset.book ?? ''
        say(root, 'alert', '')
        say(root, 'status', '')
        const done = busy(button)
        try {
          const wasMoving = moving
          const r = wasMoving ? await moveBooking(wasMoving.id, slotId) : await bookSlot(slotId, item.code)
          if (isError(r)) {
            done()
            say(root, 'alert', errorText(r), 'bad')
            root.querySelector<HTMLElement>('#alert')?.focus()
            if (['SLOT_FULL', 'SLOT_PAST', 'NOT_FOUND'].includes(r.code)) await reloadSlots()
            return
          }
          if (wasMoving) {
            moving = null
            root.querySelector('#moving-box')?.replaceChildren()
            history.replaceState(history.state, '', `/appointments?item=${encodeURIComponent(item.code)}`) // a reload is not a move
          }
          result.innerHTML = resultHtml(r, names.get(r.itemCode), !!wasMoving).value
          result.querySelector<HTMLElement>('#result-panel')?.focus()
          await Promise.all([reloadSlots(), reloadBookings()])
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      })

      // Cancel: confirmed in a dialog (or the browser's confirm where <dialog> is missing).
      const dialog = root.querySelector<HTMLDialogElement>('#cancel-dialog')
      let cancelling: { id: string; button: HTMLButtonElement } | null = null
      const cancel = async () => {
        if (!cancelling) return
        const { id, button } = cancelling
        cancelling = null
        const done = busy(button)
        try {
          const r = await cancelBooking(id)
          if (isError(r)) {
            done()
            say(root, 'alert', errorText(r), 'bad')
            return root.querySelector<HTMLElement>('#alert')?.focus()
          }
          if (moving?.id === id) {
            moving = null
            root.querySelector('#moving-box')?.replaceChildren()
            repaintSlots()
          }
          result.replaceChildren()
          await Promise.all([reloadBookings(), reloadSlots()])
          say(root, 'status', t.cancelled, 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          done()
          fail(root, 'alert', err)
        }
      }
      dialog?.addEventListener('close', () => {
        if (dialog.returnValue === 'yes') return void cancel()
        cancelling?.button.focus()
        cancelling = null
      })
      mine.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-cancel]')
        if (!button) return
        cancelling = { id: button.dataset.cancel ?? '', button }
        const lead = t.cancelLead(button.dataset.when ?? '')
        if (dialog && typeof dialog.showModal === 'function') {
          const p = dialog.querySelector('#cd-lead')
          if (p) p.textContent = lead
          dialog.returnValue = ''
          dialog.showModal()
          dialog.querySelector<HTMLElement>('#cancel-no')?.focus()
        } else if (window.confirm(`${t.cancelTitle}\n${lead}`)) void cancel()
        else cancelling = null
      })

      root.querySelector<HTMLFormElement>('#code-form')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const input = root.querySelector<HTMLInputElement>('#item-code')
        const value = (input?.value ?? '').trim().toUpperCase()
        setError(root, 'item-code', value ? null : t.itemCodeNeeded)
        if (!value) return input?.focus()
        navigate(`/appointments?item=${encodeURIComponent(value)}`)
      })
    },
  }
}
