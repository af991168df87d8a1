/**
 * The booking screen's parts: where an item is handled, my bookings with their codes, the days with
 * free places, a day's slots, what booking said, the cancel dialog.
 */
import { guide, html, type Html, pick } from '../../shared/kit'

import { type Booking, type Slot } from '../api'
import { s } from '../strings'
import { clock, day, isoDay, when } from '../../shared/dates'
import { errLine } from '../../shared/feedback'
import { badge } from '../../shared/parts'

export const RANGE_DAYS = 21 // one look at the calendar: three weeks of slots

export const MAX_DAYS_AHEAD = 90

export interface Place {
  name: string
  hall: string
  window: string
}

export const future = (x: Slot): boolean => Date.parse(x.startsAt) > Date.now()

/** Names of the items of my bookings (and their halls), from the public guides; the code if offline. */
export async function places(codes: string[]): Promise<Map<string, Place>> {
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

export function bookingHtml(b: Booking, place: Place | undefined, live: boolean): Html {
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

export function bookingsHtml(bookings: Booking[], names: Map<string, Place>): Html {
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
export function byDay(list: Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>()
  for (const x of [...list].filter(future).sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = isoDay(x.startsAt)
    days.set(key, [...(days.get(key) ?? []), x])
  }
  return days
}

export function daysHtml(days: Map<string, Slot[]>, selected: string): Html {
  const t = s()
  return html`<fieldset class="days" aria-describedby="days-hint"><legend>${t.pickDate}</legend>
<p class="hint" id="days-hint">${t.pickDateHint}</p>
<div class="day-list">${[...days].map(([d, list]) => {
    const free = list.reduce((n, x) => n + x.available, 0)
    return html`<label class="day${free ? '' : ' full'}"><input type="radio" name="day" value="${d}"${d === selected ? html` checked` : ''}><span class="d">${day(d)}</span><span class="n">${t.freeOnDay(free)}</span></label>`
  })}</div></fieldset>`
}

export function slotsHtml(list: Slot[], selected: string, moving: boolean): Html {
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

export function resultHtml(b: Booking, place: Place | undefined, moved: boolean): Html {
  const t = s()
  return html`<div class="panel" id="result-panel" tabindex="-1" role="group" aria-labelledby="result-t">
<p class="panel-t" id="result-t">${moved ? t.moved : t.booked}</p>
<p>${t.bookingCode}${t.colon}</p><p class="big-code" id="booking-code">${b.code}</p>
<p>${t.bookedText(when(b.slot), place?.hall ?? b.slot.hallCode, place?.window ?? '')}</p>
<p class="m">${t.bookingCodeHint}</p></div>`
}

export function dialogHtml(): Html {
  const t = s()
  return html`<dialog id="cancel-dialog" aria-labelledby="cd-h" aria-describedby="cd-lead">
<form method="dialog"><h2 id="cd-h">${t.cancelTitle}</h2><p id="cd-lead"></p>
<div class="actions"><button type="submit" class="btn" value="yes" id="cancel-yes">${t.cancelYes}</button><button type="submit" class="btn alt" value="no" id="cancel-no">${t.cancelNo}</button></div>
</form></dialog>`
}

export function codeFormHtml(problem: string, code: string): Html {
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
