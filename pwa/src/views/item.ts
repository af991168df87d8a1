/** The guide of one service item (事项). */
import { html, type Html } from '../dom'
import { pick, t } from '../i18n'
import { channelLabel, formLabel, kindLabel, placeLabel, regionLabel, subjectLabel, suppliedLabel } from '../labels'
import type { ItemMaterial, ServiceItem } from '../types'
import { situationSection } from './situation'
import { badge, crumbs, downloadsLine, facts, faqSection, group, lines, qrBlock, section, tx, whereBlock, zhUnless } from './parts'

function material(m: ItemMaterial): Html {
  const s = t()
  const meta = [formLabel(m.form), s.copies(m.copies), m.required ? s.required : s.optional].join(' · ')
  return html`<li class="mat${m.waived ? ' waived' : ''}">
<div class="mat-h"><span class="mat-n">${pick(m.material)}</span>${m.waived ? badge(s.waived, 'ok') : ''}${
    m.deferrable && !m.waived ? badge(s.deferrable, 'warn') : ''
  }</div>
${m.waived ? html`<p class="why">${suppliedLabel(m.material.suppliedBy)}</p>` : html`<p class="meta">${meta}</p>`}
${m.note ? html`<p class="note"${zhUnless(m.noteEn)}>${tx(m.note, m.noteEn)}</p>` : ''}
${downloadsLine(m.material.downloads)}
</li>`
}

function fee(item: ServiceItem): string {
  const f = item.fee
  if (f.free) return t().free
  return f.amount ? `¥${f.amount}` : feeText(item) ?? ''
}

function feeText(item: ServiceItem): string | null {
  const f = item.fee
  return f.description ? tx(f.description, f.descriptionEn) : null
}

function yesNo(v: boolean): Html {
  const s = t()
  return v ? badge(s.available, 'ok') : html`<span>${s.notAvailable}</span>`
}

export function itemGuide(item: ServiceItem): Html {
  const s = t()
  const name = pick(item)
  // Materials to hand in first, then the waived ones (免提交).
  const bring = item.materials.filter((m) => !m.waived)
  const waived = item.materials.filter((m) => m.waived)
  const steps = [...item.steps].sort((a, b) => a.position - b.position)
  const tl = item.timeLimit
  const conditions = lines(item.conditions, item.conditionsEn)
  const legal = lines(item.legalBasis, item.legalBasisEn)

  return html`<article class="guide">
${crumbs([['/', s.navHome], [`/?dept=${encodeURIComponent(item.department.code)}#catalog`, pick(item.department)]])}
<h1 tabindex="-1">${name}</h1>
<p class="lede">${badge(kindLabel(item.kind), 'kind')} ${pick(item.department)} · ${subjectLabel(item.subject)} · ${s.code} ${item.code}</p>
${item.summary ? html`<p class="summary"${zhUnless(item.summaryEn)}>${tx(item.summary, item.summaryEn)}</p>` : ''}
${facts([
  [s.visitsLabel, s.visitsN(item.visits)],
  [s.promised, s.days(tl.promisedDays), s.statutoryN(tl.statutoryDays)],
  [s.fee, fee(item), item.fee.free ? '' : feeText(item) ?? ''],
  [s.window, tx(item.location.window, item.location.windowEn)],
])}
${situationSection(item)}
<p><a class="btn block" id="apply" href="/apply/${encodeURIComponent(item.code)}">${s.apply}</a></p>
${item.delegable ? html`<p class="help-line">${s.askHelperHint} <a id="ask-helper" href="/help?code=${encodeURIComponent(item.code)}">${s.askHelper}</a></p>` : ''}
${section(
  'materials',
  s.sectionMaterials,
  html`${group(
    s.toBring(bring.length),
    bring.length ? html`<ul class="mats">${bring.map(material)}</ul>` : html`<p>${s.nothingToBring}</p>`,
  )}${waived.length ? group(s.notNeeded(waived.length), html`<ul class="mats">${waived.map(material)}</ul>`, true) : ''}`,
)}
${section(
  'conditions',
  s.conditions,
  html`<p><strong>${s.eligibility}${s.colon}</strong><span${zhUnless(item.eligibilityEn)}>${tx(item.eligibility, item.eligibilityEn)}</span></p>${
    conditions.texts.length ? html`<ul class="list"${conditions.lang}>${conditions.texts.map((c) => html`<li>${c}</li>`)}</ul>` : ''
  }`,
)}
${section(
  'steps',
  s.steps,
  html`<ol class="steps">${steps.map(
    (st) =>
      html`<li><h3${zhUnless(st.titleEn)}>${tx(st.title, st.titleEn)}</h3> ${badge(placeLabel(st.place))}<p${zhUnless(st.descriptionEn)}>${tx(
        st.description,
        st.descriptionEn,
      )}</p></li>`,
  )}</ol>`,
)}
${section('where', s.where, whereBlock(item.location, pick))}
${section(
  'how',
  s.how,
  html`<dl class="kv">
<div><dt>${s.channels}</dt><dd class="chips">${item.channels.map((c) => badge(channelLabel(c), 'ch'))}</dd></div>
<div><dt>${s.crossRegion}</dt><dd class="chips">${
    item.crossRegion.length ? item.crossRegion.map((r) => badge(regionLabel(r), 'ch')) : s.localOnly
  }</dd></div>
<div><dt>${s.weekendService}</dt><dd>${yesNo(item.weekendService)}</dd></div>
<div><dt>${s.delegable}</dt><dd>${yesNo(item.delegable)}</dd></div>
</dl>`,
  true,
)}
${item.output ? section('output', s.output, html`<p>${pick(item.output)}</p>`, true) : ''}
${faqSection(item.faq)}
${section('qr', s.qr, qrBlock(name, item.qrSvgUrl, item.guideUrl), true)}
${
  legal.texts.length
    ? section('legal', s.legal, html`<ul class="list"${legal.lang}>${legal.texts.map((l) => html`<li>${l}</li>`)}</ul>`, true)
    : ''
}
</article>`
}
