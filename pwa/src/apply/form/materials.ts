/**
 * The materials: one row per material to upload (take a photo, choose a file), and why the others
 * need nothing.
 */
import { type AppMaterial } from '../api'
import { html, pick, type Html } from '../../shared/kit'
import { s } from '../strings'
import { setError } from '../../shared/feedback'
import { badge } from '../../shared/parts'

import { type Slot, type FormState, materialInfo, materialName, asked, mid, problemOf, page } from './state'
import { spared } from './commitments'

export function slotOf(st: FormState, code: string): Slot {
  return (st.slots[code] ??= { material: code, state: 'empty' })
}

export function slotStatus(slot: Slot, name: string): Html {
  const t = s()
  const file = slot.name ? html`<span class="fname">${slot.name}</span>` : ''
  const thumb = slot.preview
    ? html`<img class="thumb" src="${slot.preview}" alt="" width="64" height="64">`
    : slot.pdf
      ? html`<span class="thumb pdf" aria-hidden="true">PDF</span>`
      : ''
  const retry = html`<button type="button" class="btn alt small" data-retry="${slot.material}">${t.retry}<span class="sr">：${name}</span></button>`
  switch (slot.state) {
    case 'uploading': {
      const pct = Math.round((slot.progress ?? 0) * 100)
      return html`${thumb}<span class="upl-text">${file}<progress max="100" value="${pct}"></progress><span>${t.uploading(pct)}</span></span>`
    }
    case 'done':
      return html`${thumb}<span class="upl-text">${file}<span class="ok-text">✓ ${t.uploaded}</span></span><button type="button" class="btn alt small" data-remove="${slot.material}">${t.remove}<span class="sr">：${name}</span></button>`
    case 'waiting':
      return html`${thumb}<span class="upl-text">${file}<span class="wait-text">${t.uploadWaiting}</span></span>${retry}`
    case 'failed':
      return html`${thumb}<span class="upl-text">${file}<span class="bad-text">${slot.error ? pick(slot.error.zh, slot.error.en) : t.uploadFailed}</span></span>${
        slot.refused ? '' : retry
      }`
    default:
      return html``
  }
}

export function materialRow(m: AppMaterial, st: FormState): Html {
  const t = s()
  const id = mid(m.material)
  const slot = slotOf(st, m.material)
  const name = materialName(m)
  const err = problemOf(st, id)
  const note = m.deferrable ? t.deferrableNote : !m.required ? t.optionalMaterial : ''
  const describedBy = [`${id}-name`, note && `${id}-hint`, `${id}-st`, `${id}-err`].filter(Boolean).join(' ')
  const has = slot.state !== 'empty'
  return html`<li class="upl${err ? ' invalid' : ''}" id="${id}-field" data-state="${slot.state}">
<div class="upl-h"><span class="mat-n" id="${id}-name">${name}</span>${
    m.deferrable ? badge(s().deferrableTag, 'warn') : !m.required ? badge(s().optionalTag) : ''
  }</div>
${note ? html`<p class="hint" id="${id}-hint">${note}</p>` : ''}
<div class="upl-st" id="${id}-st" aria-live="polite">${slotStatus(slot, name)}</div>
<div class="upl-btns">
<input type="file" class="sr" id="${id}-cam" accept="image/*" capture="environment" data-material="${m.material}" data-for="${id}" aria-describedby="${describedBy}"${
    err ? html` aria-invalid="true"` : ''
  }><label class="btn alt small" for="${id}-cam">${has ? t.retakePhoto : t.takePhoto}<span class="sr">：${name}</span></label>
<input type="file" class="sr" id="${id}-file" name="${id}" accept="image/*,application/pdf" data-material="${m.material}" data-for="${id}" aria-describedby="${describedBy}"${
    err ? html` aria-invalid="true"` : ''
  }><label class="btn alt small" for="${id}-file">${has ? t.rechooseFile : t.chooseFile}<span class="sr">：${name}</span></label>
</div>
<p class="err" id="${id}-err"${err ? '' : html` hidden`}>${err}</p>
</li>`
}

export function whyNotNeeded(m: AppMaterial, st?: FormState): string {
  const t = s()
  if (st && spared(st, m.material)) return t.commitmentWaived
  const info = materialInfo(m.material)
  if (m.status === 'PRODUCED') return info?.producer ? t.producedMaterial(info.producer) : t.producedGeneric
  return t.suppliedBy[info?.suppliedBy ?? 'NONE'] ?? t.suppliedBy.NONE
}

export function materialsHtml(st: FormState): Html {
  const t = s()
  const list = page.form?.materials ?? []
  const bring = list.filter((m) => asked(m) && !spared(st, m.material))
  const skip = list.filter((m) => !asked(m) || spared(st, m.material))
  return html`<section class="sec" id="mat-sec" aria-labelledby="mat-h">
<h2 id="mat-h">${t.materialsSection}</h2>
<p class="hint">${t.materialsLead}</p>
<ul class="upls">${bring.map((m) => materialRow(m, st))}</ul>
${
  skip.length
    ? html`<h3>${t.notNeeded(skip.length)}</h3><ul class="mats">${skip.map(
        (m) => html`<li class="mat waived"><div class="mat-h"><span class="mat-n">${materialName(m)}</span>${badge(spared(st, m.material) ? t.committedTag : t.waivedTag, 'ok')}</div><p class="why">${whyNotNeeded(
          m,
          st,
        )}</p></li>`,
      )}</ul>`
    : ''
}
</section>`
}

/** The material list drawn again (a commitment signed or cleared: the rows it spares leave it). */
export function redrawMaterials(root: HTMLElement, st: FormState): void {
  const section = root.querySelector<HTMLElement>('#mat-sec')
  if (section) section.outerHTML = materialsHtml(st).value
}

/** Paint one material's row after its upload changed (the rest of the form stays as it is). */
export function paintSlot(slot: Slot): void {
  const m = page.form?.materials.find((x) => x.material === slot.material)
  const row = document.getElementById(`${mid(slot.material)}-field`)
  if (!m || !row || !page.state) return
  const name = materialName(m)
  row.dataset.state = slot.state
  const st = document.getElementById(`${mid(slot.material)}-st`)
  if (st) {
    const progress = st.querySelector('progress')
    if (slot.state === 'uploading' && progress) {
      const pct = Math.round((slot.progress ?? 0) * 100)
      progress.value = pct
      const label = progress.nextElementSibling
      if (label) label.textContent = s().uploading(pct)
    } else st.innerHTML = slotStatus(slot, name).value
  }
  const has = slot.state !== 'empty'
  const t = s()
  const cam = row.querySelector(`label[for="${mid(slot.material)}-cam"]`)
  const file = row.querySelector(`label[for="${mid(slot.material)}-file"]`)
  if (cam) cam.innerHTML = html`${has ? t.retakePhoto : t.takePhoto}<span class="sr">：${name}</span>`.value
  if (file) file.innerHTML = html`${has ? t.rechooseFile : t.chooseFile}<span class="sr">：${name}</span>`.value
  if (slot.state === 'done' || slot.state === 'uploading') {
    delete page.state.problems[mid(slot.material)]
    setError(document, mid(slot.material), null)
  }
}
