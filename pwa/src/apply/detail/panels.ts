/**
 * The progress page's parts: the tracking number (big, with its QR code) and verification code,
 * what to do next, the materials, a correction to answer, the pickup, the withdraw dialog.
 */
import { signedHtml } from './commitments'
import { type Application } from '../api'
import { html, pick, raw, type Html } from '../../shared/kit'
import { s } from '../strings'
import { dateTime } from '../../shared/dates'
import { badge } from '../../shared/parts'
import { applicantTone, materialStatusLabel } from '../../shared/status'
import { WITHDRAWABLE, stepsHtml, laneHtml, eventHtml } from './timeline'
import { nextServicesHtml } from './next'
import { deliveryHtml } from './delivery'
import { owedHtml } from './owed'

export function materialsHtml(a: Application): Html {
  const t = s()
  const list = a.materials.filter((m) => m.status !== 'NEEDS_CORRECTION' && !m.owed)
  if (!list.length) return html``
  return html`<details class="sec"><summary>${t.materialsTitle}</summary><ul class="mats">${list.map(
    (m) => html`<li class="mat"><div class="mat-h"><span class="mat-n">${m.name}</span>${badge(
      materialStatusLabel(m.status),
      m.status === 'ACCEPTED' || m.status === 'PROVIDED' ? 'ok' : m.status === 'WAIVED' || m.status === 'PRODUCED' ? 'ok' : 'warn',
    )}</div>${m.note ? html`<p class="note">${m.note}</p>` : ''}</li>`,
  )}</ul></details>`
}

export function correctionHtml(a: Application): Html {
  const t = s()
  const flagged = a.materials.filter((m) => m.status === 'NEEDS_CORRECTION')
  if (a.status !== 'NEEDS_CORRECTION' || !flagged.length) return html``
  const extra = a.correctionLists > 1
  const why = extra ? [...a.events].reverse().find((e) => e.toStatus === 'needs_correction')?.reason : ''
  return html`<section class="sec correction" aria-labelledby="corr-h">
<h2 id="corr-h">${extra ? t.extraCorrectionTitle(a.correctionLists) : t.correctionTitle}</h2>
<p>${extra ? t.extraCorrectionLead : t.correctionLead}</p>
${why ? html`<p class="notice" id="extra-why">${why}</p>` : ''}
<form id="correction-form" method="post" novalidate>
<ul class="upls">${flagged.map((m) => {
    const id = `c-${m.material}`
    return html`<li class="upl" id="${id}-field" data-state="empty">
<div class="upl-h"><span class="mat-n" id="${id}-name">${m.name}</span>${badge(materialStatusLabel('NEEDS_CORRECTION'), 'warn')}</div>
${m.note ? html`<p class="reviewer-note" id="${id}-note"><strong>${t.reviewerNote}${pick('：', ': ')}</strong>${m.note}</p>` : ''}
<div class="upl-st" id="${id}-st" aria-live="polite"></div>
<div class="upl-btns">
<input type="file" class="sr" id="${id}-cam" accept="image/*" capture="environment" data-material="${m.material}" data-for="${id}" aria-describedby="${id}-name ${id}-note ${id}-st ${id}-err"><label class="btn alt small" for="${id}-cam">${t.takePhoto}<span class="sr">：${m.name}</span></label>
<input type="file" class="sr" id="${id}-file" name="${id}" accept="image/*,application/pdf" data-material="${m.material}" data-for="${id}" aria-describedby="${id}-name ${id}-note ${id}-st ${id}-err"><label class="btn alt small" for="${id}-file">${t.chooseFile}<span class="sr">：${m.name}</span></label>
</div>
<p class="err" id="${id}-err" hidden></p>
</li>`
  })}</ul>
<p><button type="submit" class="btn block" id="send-correction">${t.sendCorrection}</button></p>
</form>
</section>`
}

export function pickupHtml(a: Application): Html {
  const t = s()
  if (a.status !== 'READY_FOR_PICKUP') return html``
  const p = a.pickup ?? {}
  if (!p.method) return html``
  const until = p.expiresAt ? dateTime(p.expiresAt) : ''
  const text =
    p.method === 'window'
      ? t.pickupWindow(p.window ?? '', p.hours ?? '')
      : p.method === 'locker'
        ? t.pickupLocker(p.locker ?? '', until)
        : t.pickupMail(p.carrier ?? '', p.tracking ?? '')
  const locker = p.method === 'locker' && a.status === 'READY_FOR_PICKUP'
  return html`<section class="sec pickup" aria-labelledby="pickup-h">
<h2 id="pickup-h">${t.pickupTitle}</h2>
<p>${text}</p>
${
  locker
    ? html`<form id="collect-form" method="post" class="inline-form" novalidate>
<div class="field" id="pickup-code-field"><label for="pickup-code">${t.pickupCode}</label>
<p class="hint" id="pickup-code-hint">${t.pickupCodeHint}</p>
<input id="pickup-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-for="pickup-code" aria-describedby="pickup-code-hint pickup-code-err" required aria-required="true">
<p class="err" id="pickup-code-err" hidden></p></div>
<p><button type="submit" class="btn block" id="collect">${t.collect}</button></p>
</form>`
    : ''
}
</section>`
}

export function contentHtml(a: Application): Html {
  const t = s()
  const next = pick(a.nextAction.zh, a.nextAction.en)
  const departments = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
  const tn = a.trackingNumber ?? ''
  return html`<div class="next-action${a.status === 'NEEDS_CORRECTION' || a.status === 'READY_FOR_PICKUP' || a.materials.some((m) => m.owed && m.status === 'DEFERRED') ? ' act' : ''}" id="next-action">
<h2>${t.nextAction}</h2><p>${next || t.nothingToDo}</p></div>
${pickupHtml(a)}
${correctionHtml(a)}
${nextServicesHtml(a)}
${deliveryHtml(a)}
${owedHtml(a)}
<section class="sec track-box" aria-labelledby="tn-h">
<h2 id="tn-h">${t.trackingNumber}</h2>
<p class="big-code tn" id="tracking-number">${tn}</p>
${a.verificationCode ? html`<p>${t.verificationCode}${pick('：', ': ')}<strong class="vcode" id="verification-code">${a.verificationCode}</strong></p>` : ''}
${tn && qr.svg ? html`<div class="qr-box">${raw(qr.svg(tn, t.qrLabel(tn)))}</div>` : ''}
<p class="hint">${t.trackHint}</p>
</section>
<section class="sec" aria-labelledby="steps-h"><h2 id="steps-h">${t.mainSteps}</h2>${stepsHtml(a)}</section>
${
  a.lanes.length
    ? html`<section class="sec" aria-labelledby="lanes-h"><h2 id="lanes-h">${t.lanesTitle}</h2><ul class="lanes">${a.lanes.map(laneHtml)}</ul></section>`
    : ''
}
${signedHtml(a)}
<section class="sec" aria-labelledby="log-h"><h2 id="log-h">${t.logTitle}</h2><ol class="log" id="log">${[...a.events]
    .reverse()
    .map((e) => eventHtml(e, departments))}</ol></section>
${materialsHtml(a)}
${
  WITHDRAWABLE.has(a.status)
    ? html`<p class="more"><button type="button" class="btn alt" id="withdraw">${t.withdraw}</button></p>`
    : ''
}`
}

export function headHtml(a: Application): Html {
  const t = s()
  return html`<h1 tabindex="-1">${pick(a.name, a.nameEn)}</h1>
<p class="lede">${badge(pick(a.statusLabel.zh, a.statusLabel.en), applicantTone(a.status))} ${
    a.submittedAt ? t.submittedAt(dateTime(a.submittedAt)) : ''
  }${a.filedByHelper ? html` · <span class="filed-by">${a.filedByName ? t.filedBy(a.filedByName) : t.filedByHelper}</span>` : ''}${a.acceptance && t.acceptance[a.acceptance] ? html` · ${t.acceptance[a.acceptance]}` : ''}</p>`
}

export function dialogHtml(): Html {
  const t = s()
  return html`<dialog id="withdraw-dialog" aria-labelledby="wd-h" aria-describedby="wd-lead">
<form method="dialog" id="withdraw-form">
<h2 id="wd-h">${t.withdrawTitle}</h2>
<p id="wd-lead">${t.withdrawLead}</p>
<div class="field"><label for="withdraw-reason">${t.withdrawReason}</label><textarea id="withdraw-reason" rows="2" maxlength="500"></textarea></div>
<div class="actions"><button type="submit" class="btn" value="yes" id="withdraw-yes">${t.withdrawConfirm}</button><button type="submit" class="btn alt" value="no" id="withdraw-no">${t.cancel}</button></div>
</form>
</dialog>`
}

/** The QR encoder (its own chunk, shared with the account screens), loaded with the first timeline. */
export const qr: { svg: ((text: string, label: string) => string) | null } = { svg: null }
