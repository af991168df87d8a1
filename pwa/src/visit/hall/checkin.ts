/**
 * /hall/<code> — what the hall's check-in QR code opens (签到取号). Signed in: today's bookings at this
 * hall with a check-in button each (the ticket is a 预约号, called first). Anyone (a phone or the hall
 * kiosk): a number for a window group. With ?ticket=<id>: that ticket — its number, the people ahead
 * and the estimated wait, redrawn whenever the hall's board changes.
 */
import { html, navigate, pick, type Html } from '../../shared/kit'
import { alertRegion, busy, say, statusRegion } from '../../shared/live'
import { problemText, signInUrl } from '../../shared/feedback'
import { hasSession } from '../../shared/session'
import { pageTitle } from '../../shared/strings'
import { clock, isoDay } from '../../shared/dates'
import type { View } from '../../views/view'
import { myBookings, type Booking } from '../api'
import { board, checkIn, hallInfo, isProblem, myTickets, takeTicket, ticket, type Board, type Ticket, type TicketOrProblem } from './api'
import { endWhenGone, followBoard } from './live'
import { s } from './strings'

export function ticketHtml(tk: Ticket): Html {
  const t = s()
  const state =
    tk.status === 'CALLED'
      ? html`<p class="ok"><strong>${t.ticketCalled(tk.window ?? '')}</strong></p>`
      : html`<p>${t.ticketAhead(tk.ahead)}</p><p>${t.ticketWait(tk.estimatedWaitMinutes)}</p>`
  return html`<section class="ticket-card" id="ticket" aria-labelledby="ticket-h" data-ticket="${tk.id}">
<h2 id="ticket-h" tabindex="-1">${t.yourTicket}${tk.booked ? html` · ${t.booked}` : ''}</h2>
<span class="num" id="ticket-number">${tk.label}</span>
<p>${tk.group.code} ${pick(tk.group.name, tk.group.nameEn)} · ${t.windows(tk.group.windows)}</p>
<div id="ticket-state" role="status" aria-live="polite">${state}</div></section>`
}

const todayHere = (bookings: Booking[], hall: string): Booking[] =>
  bookings.filter((b) => (b.status === 'BOOKED' || b.status === 'ATTENDED') && b.slot.hallCode === hall && (isoDay(new Date(b.slot.startsAt)) === isoDay() || soon(b)))

/** A booking whose check-in window is open though it starts tomorrow (checking in at 23:50 for 00:10). */
const soon = (b: Booking): boolean => Math.abs(Date.parse(b.slot.startsAt) - Date.now()) <= CHECK_IN_BEFORE_MS

const CHECK_IN_BEFORE_MS = 60 * 60_000 // api/queue/rules.py: check-in opens 60 minutes before the slot

function bookingsHtml(bookings: Booking[], tickets: Ticket[], hall: string): Html {
  const t = s()
  if (!bookings.length) return html`<p>${t.noBookingsHere}</p>`
  return html`<ul class="queue-actions">${bookings.map((b) => {
    const what = `${clock(b.slot.startsAt)} ${b.itemCode} · ${b.code}`
    const had = tickets.find((tk) => tk.bookingId === b.id)
    if (had) return html`<li><a class="btn alt" href="/hall/${encodeURIComponent(hall)}?ticket=${encodeURIComponent(had.id)}">${t.checkedInAs(what, had.label)}</a></li>`
    return html`<li><button type="button" class="btn" data-booking="${b.id}" aria-label="${t.checkInFor(what)}">${t.checkIn} ${what}</button></li>`
  })}</ul>`
}

const groupsHtml = (b: Board): Html =>
  html`<ul class="queue-actions">${b.lines.map((l) => {
    const name = `${l.group.code} ${pick(l.group.name, l.group.nameEn)}`
    return html`<li><button type="button" class="btn alt" data-group="${l.group.code}" aria-label="${s().takeFor(name)}">${name}<span class="sub">${s().waitingLine(l.waiting, l.estimatedWaitMinutes)}</span></button></li>`
  })}</ul>`

async function act(root: HTMLElement, hall: string, button: HTMLButtonElement, run: () => Promise<TicketOrProblem>): Promise<void> {
  const done = busy(button)
  try {
    const r = await run()
    if (isProblem(r)) return say(root, 'alert', pick(r.message, r.messageEn), 'bad')
    navigate(`/hall/${encodeURIComponent(hall)}?ticket=${encodeURIComponent(r.id)}`)
  } catch (err) {
    say(root, 'alert', problemText(err), 'bad')
  } finally {
    done()
  }
}

export async function checkinPage(hall: string, query: URLSearchParams): Promise<View> {
  const t = s()
  const ticketId = query.get('ticket')
  const [first, info, mine, shown] = await Promise.all([
    board(hall),
    hallInfo(hall),
    hasSession() ? Promise.all([myBookings(), myTickets()]) : Promise.resolve(null),
    ticketId ? ticket(ticketId) : Promise.resolve(null),
  ])
  const name = info ? pick(info.name, info.nameEn) : t.hallFallback(hall)
  if (isProblem(first)) return { title: pageTitle(t.queueTitle), body: html`<div class="visit"><h1 tabindex="-1">${t.queueTitle}</h1><p class="notice">${pick(first.message, first.messageEn)}</p></div>` }
  const here = `/hall/${encodeURIComponent(hall)}`
  const body = html`<div class="visit" id="hall-queue">
<h1 tabindex="-1">${name} · ${t.queueTitle}</h1>
${alertRegion()}${statusRegion()}
${shown && !isProblem(shown) ? ticketHtml(shown) : ''}
<p class="lede">${t.queueLead}</p>
<section class="sec" aria-labelledby="mine-h"><h2 id="mine-h">${t.myBookingsHere}</h2>
${mine ? bookingsHtml(todayHere(mine[0], hall), mine[1], hall) : html`<p>${t.signInToCheckIn} <a class="btn alt" href="${signInUrl(here)}">${t.signIn}</a></p>`}</section>
<section class="sec" aria-labelledby="take-h"><h2 id="take-h">${t.takeTitle}</h2>${groupsHtml(first)}</section>
</div>`
  return {
    title: pageTitle(`${name} · ${t.queueTitle}`),
    body,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#hall-queue')
      if (!root) return
      root.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-booking], button[data-group]')
        if (!button) return
        const booking = button.dataset.booking
        const group = button.dataset.group
        if (booking) void act(root, hall, button, () => checkIn(hall, booking))
        else if (group) void act(root, hall, button, () => takeTicket(hall, group))
      })
      if (!ticketId) return
      const stop = followBoard(hall, () => void redraw(root, ticketId), () => undefined)
      endWhenGone(root, stop)
    },
  }
}

async function redraw(root: HTMLElement, id: string): Promise<void> {
  const box = root.querySelector<HTMLElement>('#ticket')
  const r = await ticket(id).catch(() => null)
  if (!box || !r || isProblem(r)) return
  const fresh = ticketHtml(r)
  const holder = document.createElement('div')
  holder.innerHTML = fresh.value
  const state = holder.querySelector('#ticket-state')?.innerHTML ?? ''
  const current = box.querySelector<HTMLElement>('#ticket-state')
  if (current && current.innerHTML !== state) current.innerHTML = state
}
