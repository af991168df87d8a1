/**
 * The form's fields: one control per field of the schema, with its hint, prefilled value and error
 * line.
 */
import { type FormField, type Value } from '../api'
import { html, isEn, pick, type Html } from '../../shared/kit'
import { s } from '../strings'
import { isoDay } from '../../shared/dates'
import { badge } from '../../shared/parts'
import { type FormState, itemName, GROUPS, fid, problemOf, page } from './state'

export function inputAttrs(f: FormField): Html {
  const r = f.rules ?? {}
  switch (f.type) {
    case 'phone':
      return html` type="tel" inputmode="tel" autocomplete="tel" maxlength="20"`
    case 'email':
      return html` type="email" inputmode="email" autocomplete="email"`
    case 'date': {
      const b = (v?: string) => (v === 'today' ? isoDay() : v)
      return html` type="date"${r.min ? html` min="${b(r.min)}"` : ''}${r.max ? html` max="${b(r.max)}"` : ''}`
    }
    case 'number':
    case 'money':
      return html` type="text" inputmode="${r.decimals === 0 ? 'numeric' : 'decimal'}" autocomplete="off"`
    case 'id_number':
    case 'credit_code':
      return html` type="text" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="22"`
    default:
      return html` type="text"${r.max_length ? html` maxlength="${r.max_length}"` : ''}${
        f.prefill === 'profile.name' ? html` autocomplete="name"` : ''
      }`
  }
}

export function fieldHtml(f: FormField, st: FormState): Html {
  const t = s()
  const id = fid(f.code)
  const name = pick(f.name, f.name_en)
  const hint = isEn() ? f.hint_en || '' : f.hint || ''
  const value = st.values[f.code]
  const pre = page.form?.prefill[f.code]
  const prefilled = pre !== undefined && String(value ?? '') === pre
  const produced = f.produced_by ? t.producedBy(itemName(f.produced_by)) : ''
  const required = f.required && !f.produced_by
  const err = problemOf(st, id)
  const describedBy = [hint && `${id}-hint`, prefilled && `${id}-pre`, produced && `${id}-prod`, `${id}-err`].filter(Boolean).join(' ')
  const label = html`${name}${required ? '' : html`<span class="opt">${t.optional}</span>`}${prefilled ? html` ${badge(t.prefilled, 'ok')}` : ''}`
  const notes = html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}${
    prefilled ? html`<p class="hint pre" id="${id}-pre">${t.prefilledHint}</p>` : ''
  }${produced ? html`<p class="hint prod" id="${id}-prod">${produced}</p>` : ''}`
  const errLine = html`<p class="err" id="${id}-err"${err ? '' : html` hidden`}>${err}</p>`
  const common = html`data-for="${id}" aria-describedby="${describedBy}"${required ? html` aria-required="true"` : ''}${
    err ? html` aria-invalid="true"` : ''
  }`

  if (GROUPS.has(f.type)) {
    const multi = f.type === 'multi_choice'
    const options =
      f.type === 'boolean'
        ? [
            { value: 'true', label: t.yes, on: value === true },
            { value: 'false', label: t.no, on: value === false },
          ]
        : (f.rules.choices ?? []).map((c) => ({
            value: c.value,
            label: pick(c.name, c.name_en),
            on: multi ? Array.isArray(value) && value.includes(c.value) : value === c.value,
          }))
    return html`<fieldset class="field choices${err ? ' invalid' : ''}" id="${id}-field" aria-describedby="${describedBy}">
<legend>${label}</legend>${notes}
${options.map(
  (o, i) => html`<label class="choice"><input type="${multi ? 'checkbox' : 'radio'}" id="${id}-${i}" name="${f.code}" value="${o.value}"${
    o.on ? html` checked` : ''
  } ${common}> <span>${o.label}</span></label>`,
)}
${errLine}
</fieldset>`
  }
  const text = typeof value === 'string' ? value : ''
  const control =
    f.type === 'textarea'
      ? html`<textarea id="${id}" name="${f.code}" rows="4"${f.rules.max_length ? html` maxlength="${f.rules.max_length}"` : ''} ${common}>${text}</textarea>`
      : html`<input id="${id}" name="${f.code}"${inputAttrs(f)} value="${text}" ${common}>`
  return html`<div class="field${err ? ' invalid' : ''}" id="${id}-field">
<label for="${id}">${label}</label>${notes}
${control}
${errLine}
</div>`
}

export function readField(root: ParentNode, f: FormField): Value {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(`[name="${f.code}"]`)]
  if (f.type === 'multi_choice') return inputs.filter((i) => i.checked).map((i) => i.value)
  if (f.type === 'choice') return inputs.find((i) => i.checked)?.value ?? ''
  if (f.type === 'boolean') {
    const v = inputs.find((i) => i.checked)?.value
    return v === 'true' ? true : v === 'false' ? false : ''
  }
  return inputs[0]?.value ?? ''
}
