/**
 * /track: a service hall kiosk's lookup (no sign-in): tracking number + verification code, and the
 * status only (trackApplication gives no personal data). Nothing typed is kept: the next person
 * at the kiosk starts with an empty form.
 */
import type { View } from '../views/view'
import { isError, trackApplication, type Tracked } from './api'
import { html, pick, type Html } from '../shared/kit'
import { s } from './strings'
import { date } from '../shared/dates'
import { errorText, fail, setError } from '../shared/feedback'
import { alertRegion, busy } from '../shared/live'
import { badge } from '../shared/parts'
import { applicantTone } from '../shared/status'
import { pageTitle } from '../shared/strings'

function resultHtml(a: Tracked): Html {
  const t = s()
  const next = pick(a.nextAction.zh, a.nextAction.en)
  return html`<section class="sec track-result" aria-labelledby="tr-h" tabindex="-1" id="track-result">
<h2 id="tr-h">${pick(a.name, a.nameEn)}</h2>
<p>${t.status}${pick('：', ': ')}${badge(pick(a.statusLabel.zh, a.statusLabel.en), applicantTone(a.status))}</p>
${next ? html`<p class="next-action">${next}</p>` : ''}
${
  a.lanes.length
    ? html`<ul class="lanes">${a.lanes.map(
        (l) => html`<li class="lane"><div class="lane-h"><span class="lane-n">${l.departmentName}</span>${badge(t.laneStatus[l.status] ?? l.status)}${
          l.overdue ? badge(t.overdue, 'bad') : ''
        }${l.paused ? badge(t.paused, 'warn') : ''}</div><p>${l.dueOn ? t.dueOn(date(l.dueOn)) : t.notStarted}${
          l.remainingWorkingDays != null && l.status !== 'APPROVED' && l.status !== 'REJECTED' ? html` · ${t.remaining(l.remainingWorkingDays)}` : ''
        }</p></li>`,
      )}</ul>`
    : ''
}
</section>`
}

/** The kiosk's lookup; `number` prefilled when the receipt's QR code opened it (the code is typed). */
export function trackPage(number = ''): View {
  const t = s()
  return {
    title: pageTitle(t.trackTitle),
    body: html`<h1 tabindex="-1">${t.trackTitle}</h1>
<p class="lede">${t.trackLead}</p>
${alertRegion()}
<form id="track-form" method="post" class="form" novalidate autocomplete="off">
<div class="field" id="tn-field"><label for="tn">${t.trackingNumber}</label><p class="hint" id="tn-hint">${t.trackNumberHint}</p>
<input id="tn" name="tn" type="text" inputmode="numeric" autocapitalize="characters" spellcheck="false" maxlength="24" data-for="tn" aria-describedby="tn-hint tn-err" required aria-required="true" value="${number.replace(/[^0-9A-Za-z]/g, '').slice(0, 24)}">
<p class="err" id="tn-err" hidden></p></div>
<div class="field" id="vc-field"><label for="vc">${t.verificationCode}</label><p class="hint" id="vc-hint">${t.trackCodeHint}</p>
<input id="vc" name="vc" type="text" inputmode="numeric" maxlength="6" data-for="vc" aria-describedby="vc-hint vc-err" required aria-required="true">
<p class="err" id="vc-err" hidden></p></div>
<p><button type="submit" class="btn block" id="track">${t.trackButton}</button></p>
</form>
<div id="track-out"></div>`,
    mount: (root) => {
      const form = root.querySelector<HTMLFormElement>('#track-form')
      form?.addEventListener('submit', async (e) => {
        e.preventDefault()
        const tn = (root.querySelector<HTMLInputElement>('#tn')?.value ?? '').replace(/[\s-]/g, '').toUpperCase()
        const vc = (root.querySelector<HTMLInputElement>('#vc')?.value ?? '').trim()
        setError(root, 'tn', tn.length === 18 ? null : t.trackNumberHint)
        setError(root, 'vc', /^\d{6}$/.test(vc) ? null : t.trackCodeHint)
        if (tn.length !== 18) return root.querySelector<HTMLElement>('#tn')?.focus()
        if (!/^\d{6}$/.test(vc)) return root.querySelector<HTMLElement>('#vc')?.focus()
        const out = root.querySelector<HTMLElement>('#track-out') as HTMLElement
        const done = busy(root.querySelector<HTMLButtonElement>('#track'))
        try {
          const r = await trackApplication(tn, vc)
          if (isError(r)) {
            out.innerHTML = ''
            setError(root, 'tn', errorText(r))
            return root.querySelector<HTMLElement>('#tn')?.focus()
          }
          out.innerHTML = resultHtml(r).value
          out.querySelector<HTMLElement>('#track-result')?.focus()
        } catch (err) {
          fail(root, 'alert', err)
        } finally {
          done()
        }
      })
    },
  }
}
