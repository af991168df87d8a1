/**
 * The slot-publishing form of the calling desk (发布预约时段): a date range, the opening periods, the
 * places per slot and the slot length; the server publishes on every day of the range the hall opens
 * (working days; weekends where the hall opens at weekends) and keeps slots already published.
 */
import { html, pick, type Html } from '../../shared/kit'
import { busy, say } from '../../shared/live'
import { problemText } from '../../shared/feedback'
import { isoDay } from '../../shared/dates'
import { field, publishSlots } from './api'
import { s } from './strings'

export function publishHtml(): Html {
  const t = s()
  return html`<section class="sec" aria-labelledby="pub-h"><h2 id="pub-h">${t.publishTitle}</h2>
<p>${t.publishLead}</p>
<form id="publish" method="post" novalidate>
<div class="field"><label for="pub-from">${t.fromDate}</label><input id="pub-from" name="from" type="date" required value="${isoDay(new Date(), 1)}"></div>
<div class="field"><label for="pub-to">${t.toDate}</label><input id="pub-to" name="to" type="date" required value="${isoDay(new Date(), 7)}"></div>
<div class="field"><label for="pub-times">${t.times}</label><textarea id="pub-times" name="times" rows="3" required>09:00-12:00
13:30-17:00</textarea></div>
<div class="field"><label for="pub-capacity">${t.capacity}</label><input id="pub-capacity" name="capacity" type="number" min="1" max="500" required value="10"></div>
<div class="field"><label for="pub-minutes">${t.slotMinutes}</label><input id="pub-minutes" name="minutes" type="number" min="5" max="240" required value="30"></div>
<div class="field"><label for="pub-item">${t.item}</label><input id="pub-item" name="item" autocomplete="off"></div>
<p><button class="btn" type="submit">${t.publish}</button></p>
<p class="status" id="pub-status" role="status" aria-live="polite" tabindex="-1"></p>
</form></section>`
}

export function mountPublish(root: HTMLElement, hall: string): void {
  const form = root.querySelector<HTMLFormElement>('#publish')
  form?.addEventListener('submit', (e) => {
    e.preventDefault()
    const text = (name: string) => field(form, name)
    const done = busy(form.querySelector('button[type="submit"]'))
    publishSlots({
      hall,
      fromDate: text('from'),
      toDate: text('to'),
      times: text('times').split(/\n+/).map((l) => l.trim()).filter(Boolean),
      capacity: Number(text('capacity')),
      slotMinutes: Number(text('minutes')),
      item: text('item') || null,
    })
      .then((r) => {
        if (r.__typename === 'SlotsPublished') say(form, 'pub-status', s().published(r.created, r.existing, r.workingDays), 'ok')
        else say(form, 'pub-status', pick(r.message, r.messageEn), 'bad')
      })
      .catch((err: unknown) => say(form, 'pub-status', problemText(err), 'bad'))
      .finally(done)
  })
}
