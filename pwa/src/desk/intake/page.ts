/**
 * /desk/intake: counter intake (前台综合受理) on the clerk's tablet. One page in four steps: identify the
 * walk-in by the ID card, the merged form prefilled from their record, the paper materials
 * photographed, the person's confirmation (texted code or a signature); then the receipt to print.
 * Behaviour: ./wire.ts.
 */
import { html, type Html, pick } from '../../shared/kit'
import { alertRegion, statusRegion } from '../../shared/live'
import { pageTitle } from '../../shared/strings'
import type { FormField, Value } from '../../apply/schema'
import type { View } from '../../views/view'
import { s } from '../strings'
import type { CounterForm, Filed, Material, WalkIn } from './api'
import { wire } from './wire'

function fieldHtml(f: FormField, value: Value | undefined): Html {
  const label = pick(f.name, f.name_en)
  const id = `f-${f.code}`
  const req = f.required ? html` <span aria-hidden="true">*</span>` : ''
  const text = typeof value === 'string' ? value : ''
  const choices = f.rules.choices ?? []
  if (f.type === 'choice')
    return html`<div class="field"><label for="${id}">${label}${req}</label><select id="${id}" name="${f.code}" ${f.required ? 'required' : ''}>
<option value=""></option>${choices.map((c) => html`<option value="${c.value}" ${c.value === text ? 'selected' : ''}>${pick(c.name, c.name_en)}</option>`)}</select></div>`
  if (f.type === 'multi_choice') {
    const chosen = Array.isArray(value) ? value : []
    return html`<fieldset class="field choices" data-multi="${f.code}"><legend>${label}${req}</legend>${choices.map(
      (c) => html`<label class="check"><input type="checkbox" value="${c.value}" ${chosen.includes(c.value) ? 'checked' : ''}> ${pick(c.name, c.name_en)}</label>`,
    )}</fieldset>`
  }
  if (f.type === 'boolean')
    return html`<p><label class="check"><input type="checkbox" id="${id}" name="${f.code}" ${value === true ? 'checked' : ''}> ${label}${req}</label></p>`
  if (f.type === 'textarea') return html`<div class="field"><label for="${id}">${label}${req}</label><textarea id="${id}" name="${f.code}" rows="3">${text}</textarea></div>`
  const type = f.type === 'date' ? 'date' : f.type === 'email' ? 'email' : f.type === 'phone' ? 'tel' : 'text'
  const mode = f.type === 'number' || f.type === 'money' ? 'decimal' : ''
  return html`<div class="field"><label for="${id}">${label}${req}</label><input id="${id}" name="${f.code}" type="${type}" ${mode ? html`inputmode="${mode}"` : ''} value="${text}" autocomplete="off"></div>`
}

function materialHtml(m: Material): Html {
  const t = s()
  if (m.status !== 'MISSING') return html`<li class="material done"><span class="t">${pick(m.name, m.nameEn)}</span> <span class="m">${t.notNeeded}</span></li>`
  return html`<li class="material" data-material="${m.material}"><span class="t">${pick(m.name, m.nameEn)}</span>${m.deferrable ? html` <span class="m">${t.deferrable}</span>` : ''}
<span class="actions"><button type="button" class="btn small" data-shoot="${m.material}" aria-label="${t.captureFor(pick(m.name, m.nameEn))}">${t.takePhoto}</button>
<label class="file-pick">${t.orChooseFile}<input type="file" accept="image/*" capture="environment" data-file="${m.material}"></label></span>
<span class="slot-state" role="status" data-state="${m.material}"></span></li>`
}

/** The form's fields (drawn again when an answer changes what the form asks). */
export const fieldsHtml = (form: CounterForm): Html => html`${form.fields.map((f) => fieldHtml(f, form.prefill[f.code]))}`

/** The materials to photograph (drawn again when an answer changes the list). */
export const materialsHtml = (form: CounterForm): Html => html`${form.materials.map(materialHtml)}`

/** Step 2 and 3: the person's situation (情形引导 / 点菜, ./situation.ts), the form, the materials. */
export function formHtml(form: CounterForm, situation: Html | ''): Html {
  const t = s()
  return html`<section aria-labelledby="h-form"><h2 id="h-form" tabindex="-1">${t.stepForm} · ${pick(form.name, form.nameEn)}</h2>
<div id="situ-box">${situation}</div>
<form id="intake-form" method="post" novalidate>${fieldsHtml(form)}</form></section>
<section aria-labelledby="h-materials"><h2 id="h-materials">${t.stepMaterials}</h2>
<p><button type="button" class="btn alt" id="camera-start">${t.useCamera}</button></p>
<video id="camera" playsinline muted hidden aria-hidden="true"></video>
<ul class="materials" id="materials">${materialsHtml(form)}</ul></section>`
}

export function confirmHtml(person: WalkIn): Html {
  const t = s()
  return html`<section aria-labelledby="h-confirm"><h2 id="h-confirm">${t.stepConfirm}</h2>
${person.phoneMasked ? html`<p><button type="button" class="btn alt" id="send-code">${t.sendCode}</button></p>
<div class="field"><label for="phone-code">${t.phoneCode}</label><input id="phone-code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></div>` : ''}
<p id="sign-label">${t.signHere}</p>
<canvas id="signature" width="900" height="300" class="signature-pad" role="img" aria-labelledby="sign-label"></canvas>
<p><button type="button" class="btn alt small" id="sign-clear">${t.clearSignature}</button></p>
<p><button type="button" class="btn" id="intake-submit">${t.submitIntake}</button></p></section>`
}

export function personHtml(person: WalkIn): Html {
  const t = s()
  return html`<p class="notice ok" id="person">${t.identified(person.name, person.idNumberMasked)}</p>
<p class="m">${person.phoneMasked ? t.hasPhone(person.phoneMasked) : t.noPhone}</p>
<form id="entry" method="post" class="inline"><div class="field"><label for="entry-code">${t.entryCode}</label><input id="entry-code" name="code" value="B03" autocomplete="off" required></div>
<p><button type="submit" class="btn">${t.openForm}</button></p></form>`
}

export function filedHtml(filed: Filed): Html {
  const t = s()
  return html`<section aria-labelledby="h-filed" id="filed"><h2 id="h-filed" tabindex="-1">${t.filedTitle}</h2>
<dl class="facts"><dt>${t.trackingLabel}</dt><dd id="filed-tracking">${filed.trackingNumber ?? ''}</dd>
<dt>${t.verificationLabel}</dt><dd id="filed-code">${filed.verificationCode ?? ''}</dd></dl>
<div class="actions"><button type="button" class="btn" data-print="receipt" data-width="a4">${t.printReceiptA4}</button>
<button type="button" class="btn alt" data-print="receipt" data-width="80mm">${t.printReceiptRoll}</button>
<a class="btn alt" href="/desk/applications/${filed.id}">${t.openApplication}</a>
<a class="btn alt" href="/desk/intake" id="next-walk-in">${t.nextWalkIn}</a></div></section>`
}

export function intakePage(): View {
  const t = s()
  return {
    title: pageTitle(t.intakeTitle),
    body: html`<div class="desk intake" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.intakeTitle}</h1><p class="lede">${t.intakeLead}</p>
${alertRegion()}
${statusRegion()}
<section aria-labelledby="h-identify"><h2 id="h-identify">${t.stepIdentify}</h2>
<form id="identify" method="post"><div class="field"><label for="walk-in-name">${t.personName}</label><input id="walk-in-name" name="name" autocomplete="off" required></div>
<div class="field"><label for="walk-in-id">${t.idNumber}</label><input id="walk-in-id" name="idNumber" autocomplete="off" maxlength="18" required></div>
<div class="field"><label for="walk-in-phone">${t.phoneOptional}</label><input id="walk-in-phone" name="phone" type="tel" inputmode="tel" autocomplete="off"></div>
<p><button type="submit" class="btn">${t.identifyButton}</button></p></form>
<div id="who"></div></section>
<div id="work"></div><div id="confirm"></div><div id="done"></div></div>`,
    mount: wire,
  }
}
