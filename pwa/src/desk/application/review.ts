/**
 * Pre-review at the window: the claim, a verdict on each material, the one correction list (一次性告知)
 * and acceptance (normal, 容缺, 告知承诺).
 */
import { html, type Html, pick } from '../../shared/kit'
import { type AcceptanceMode, type Application, type Material, type Verdict } from '../api'
import { s } from '../strings'
import { errLine, setError } from '../../shared/feedback'
import { badge } from '../../shared/parts'
import { materialStatusLabel, materialTone } from '../../shared/status'
import { viewerHtml } from '../viewer'
import { type Ctx, JUDGEABLE, reviewing } from './context'

export function verdictHtml(m: Material): Html {
  const t = s()
  const key = m.material
  const current = m.status === 'ACCEPTED' ? 'ok' : m.status === 'NEEDS_CORRECTION' ? 'fix' : ''
  return html`<fieldset class="verdict" id="v-${key}" aria-describedby="v-${key}-err">
<legend class="sr">${t.verdict(pick(m.name, m.nameEn))}</legend>
<div class="seg">
${m.status === 'MISSING' ? '' : html`<label class="choice"><input type="radio" name="v-${key}" value="ok"${current === 'ok' ? html` checked` : ''}> ${t.verdictOk}</label>`}
<label class="choice"><input type="radio" name="v-${key}" value="fix"${current === 'fix' ? html` checked` : ''}> ${t.verdictFix}</label>
</div>
<div class="field reason" id="note-${key}-field"${current === 'fix' ? '' : html` hidden`}>
<label for="note-${key}">${t.reason}</label>
<p class="hint" id="note-${key}-hint">${t.reasonHint}</p>
<textarea id="note-${key}" rows="2" maxlength="500" aria-describedby="note-${key}-hint note-${key}-err">${m.status === 'NEEDS_CORRECTION' ? m.note : ''}</textarea>
${errLine(`note-${key}`)}
</div>
${errLine(`v-${key}`)}
</fieldset>`
}

export function materialHtml(m: Material, judging: boolean): Html {
  const t = s()
  return html`<li class="mat desk-mat" data-material="${m.material}">
<div class="mat-h"><span class="mat-n" id="mn-${m.material}">${pick(m.name, m.nameEn)}</span>
${badge(materialStatusLabel(m.status), materialTone(m.status))}
<span class="m">${m.required ? t.required : t.optional}${m.deferrable ? ` · ${t.deferrable}` : ''}</span></div>
${m.note && !(judging && m.status === 'NEEDS_CORRECTION') ? html`<p class="note">${m.note}</p>` : ''}
${m.upload ? viewerHtml(m.material, m.upload, pick(m.name, m.nameEn)) : ''}
${judging && JUDGEABLE.has(m.status) ? verdictHtml(m) : ''}
</li>`
}

export function materialsHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  const judging = reviewing(ctx, a)
  return html`<section class="sec" aria-labelledby="mats-h"><h2 id="mats-h">${t.materials}</h2>
${judging ? html`<p class="m">${t.materialsLead}</p>` : ''}
<form id="review-form" method="post" novalidate>
<ul class="mats">${a.materials.map((m) => materialHtml(m, judging))}</ul>
${judging ? html`<p><button type="submit" class="btn alt" id="save-verdicts">${t.saveVerdicts}</button></p>` : ''}
</form></section>`
}

export function claimHtml(ctx: Ctx): Html {
  const t = s()
  const c = ctx.claim
  if (!c) return html``
  return html`<section class="panel-box claim" aria-labelledby="claim-h"><h2 id="claim-h">${t.claimState}</h2>
${
  c.kind === 'mine'
    ? html`<p>${t.claimedMine}</p><p><button type="button" class="btn alt small" id="release">${t.release}</button></p>`
    : c.kind === 'other'
      ? html`<p>${t.claimedOther(c.name)}</p>`
      : html`<p>${t.notClaimed}</p><p><button type="button" class="btn" id="claim">${t.claim}</button></p>`
}</section>`
}

export function correctionHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  if (!reviewing(ctx, a) || a.correctionLists > 0) return html`` // after the one-time list: ./extra.ts
  return html`<section class="panel-box" aria-labelledby="corr-h"><h2 id="corr-h">${t.correction}</h2>
<p class="m">${t.correctionLead}</p>
<form id="correction-form" method="post" novalidate>
<div class="field"><label for="correction-summary">${t.correctionSummary}</label>
<textarea id="correction-summary" rows="2" maxlength="500"></textarea></div>
<p><button type="submit" class="btn block" id="send-correction">${t.sendCorrection}</button></p>
</form></section>`
}

export function acceptHtml(a: Application, ctx: Ctx): Html {
  const t = s()
  if (!reviewing(ctx, a)) return html``
  const signed = a.commitments.length > 0 // 告知承诺 signed: accepted on it (the server refuses any other mode)
  const deferrable = a.materials.filter((m) => m.deferrable && !['ACCEPTED', 'WAIVED', 'PRODUCED', 'DEFERRED'].includes(m.status))
  const mode = (value: AcceptanceMode, label: string, hint: string, checked = false) =>
    html`<label class="choice mode"><input type="radio" name="mode" value="${value}"${checked ? html` checked` : ''} aria-describedby="mode-${value}-hint"> <span><strong>${label}</strong><span class="hint" id="mode-${value}-hint">${hint}</span></span></label>`
  return html`<section class="panel-box" aria-labelledby="accept-h"><h2 id="accept-h">${t.acceptTitle}</h2>
<p class="m">${t.acceptLead}</p>
<form id="accept-form" method="post" novalidate>
<fieldset class="field choices"><legend>${t.mode}</legend>
${mode('NORMAL', t.modeNormal, t.modeNormalHint, !signed)}
${mode('DEFERRED', t.modeDeferred, t.modeDeferredHint)}
${mode('COMMITMENT', t.modeCommitment, t.modeCommitmentHint, signed)}
</fieldset>
<fieldset class="field deferred" id="deferred" hidden aria-describedby="deferred-err"><legend>${t.deferredPick}</legend>
${
  deferrable.length
    ? deferrable.map(
        (m) => html`<div class="defer-row">
<label class="choice"><input type="checkbox" name="defer" value="${m.material}" id="defer-${m.material}" aria-describedby="terms-${m.material}"> ${pick(m.name, m.nameEn)}</label>
<span class="m" id="terms-${m.material}">${t.deferTerms(m.deferWithin ?? null)}</span>
</div>`,
      )
    : html`<p class="m">${t.deferredNone}</p>`
}
${errLine('deferred')}
</fieldset>
<p><button type="submit" class="btn block" id="accept">${t.acceptButton}</button></p>
</form></section>`
}

/** The verdicts chosen on the page, checked: a correction needs its reason. */
export function readVerdicts(root: HTMLElement): Verdict[] | null {
  const t = s()
  const verdicts: Verdict[] = []
  let firstBad: HTMLElement | null = null
  for (const set of root.querySelectorAll<HTMLFieldSetElement>('fieldset.verdict')) {
    const key = set.id.slice(2)
    const choice = set.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value
    setError(root, `note-${key}`, null)
    if (!choice) continue
    const note = root.querySelector<HTMLTextAreaElement>(`#note-${key}`)?.value.trim() ?? ''
    if (choice === 'fix' && !note) {
      setError(root, `note-${key}`, t.reasonRequired)
      firstBad ??= root.querySelector<HTMLElement>(`#note-${key}`)
      continue
    }
    verdicts.push({ material: key, ok: choice === 'ok', note: choice === 'fix' ? note : '' })
  }
  if (firstBad) {
    firstBad.focus()
    return null
  }
  return verdicts
}
