/**
 * The guide of a bundle (一件事): items, merged materials, savings. Of each item it shows only the
 * fields of BundleItem, all the server inlines into the page a QR code opens (api/web/pwa.py).
 */
import { html, type Html } from '../dom'
import { pick, t } from '../i18n'
import { formLabel, subjectLabel, suppliedLabel } from '../labels'
import type { Bundle, BundleItem, BundleMaterial } from '../types'
import { situationSection } from './situation'
import { badge, crumbs, downloadsLine, facts, faqSection, group, qrBlock, savingsGrid, section, tx, whereBlock, zhUnless } from './parts'

function reason(m: BundleMaterial, producers: Map<string, BundleItem>): string {
  const s = t()
  if (m.producedInBundle) {
    const by = producers.get(m.material.code)
    return by ? s.producedBy(pick(by)) : s.producedInBundle
  }
  return suppliedLabel(m.material.suppliedBy)
}

function material(m: BundleMaterial, items: Map<string, BundleItem>, producers: Map<string, BundleItem>): Html {
  const s = t()
  const notNeeded = m.waived || m.producedInBundle
  const meta = [formLabel(m.form), s.copies(m.copies), m.required ? s.required : s.optional].join(' · ')
  const users = m.usedBy.map((code) => {
    const it = items.get(code)
    return html`<a href="/g/${encodeURIComponent(code)}">${it ? pick(it) : code}</a>`
  })
  return html`<li class="mat${notNeeded ? ' waived' : ''}">
<div class="mat-h"><span class="mat-n">${pick(m.material)}</span>${notNeeded ? badge(t().waived, 'ok') : ''}${
    m.deferrable && !notNeeded ? badge(s.deferrable, 'warn') : ''
  }</div>
${notNeeded ? html`<p class="why">${reason(m, producers)}</p>` : html`<p class="meta">${meta}</p>`}
<p class="used">${s.usedBy}${s.colon}${users.map((u, i) => html`${i ? '、' : ''}${u}`)}</p>
${downloadsLine(m.material.downloads)}
</li>`
}

export function bundleGuide(b: Bundle): Html {
  const s = t()
  const name = pick(b)
  const items = new Map(b.items.map((it) => [it.code, it]))
  const producers = new Map<string, BundleItem>()
  for (const it of b.items) if (it.output && !producers.has(it.output.code)) producers.set(it.output.code, it)
  const bring = b.materials.filter((m) => !m.waived && !m.producedInBundle)
  const skip = b.materials.filter((m) => m.waived || m.producedInBundle)
  const row = (m: BundleMaterial) => material(m, items, producers)

  return html`<article class="guide bundle">
${crumbs([['/', s.navHome], ['/#bundles', s.bundleTag]])}
<h1 tabindex="-1">${name}</h1>
<p class="lede">${badge(s.bundleTag, 'kind')} ${subjectLabel(b.subject)} · ${s.deptCount(b.departments.length)} · ${s.code} ${b.code}</p>
${b.summary ? html`<p class="summary"${zhUnless(b.summaryEn)}>${tx(b.summary, b.summaryEn)}</p>` : ''}
<section class="save-box" aria-labelledby="save-h"><h2 id="save-h">${s.savingsTitle}</h2>${savingsGrid(b.savings)}</section>
${facts([
  [s.promised, s.days(b.timeLimit.promisedDays), s.statutoryN(b.timeLimit.statutoryDays)],
  [s.window, tx(b.location.window, b.location.windowEn)],
])}
${situationSection(b)}
<p><a class="btn block" id="apply" href="/apply/${encodeURIComponent(b.code)}">${s.apply}</a></p>
<p class="help-line">${s.askHelperHint} <a id="ask-helper" href="/help?code=${encodeURIComponent(b.code)}">${s.askHelper}</a></p>
${section(
  'materials',
  s.bundleMaterials,
  html`${group(s.toBring(bring.length), html`<ul class="mats">${bring.map(row)}</ul>`)}${
    skip.length ? group(s.notNeeded(skip.length), html`<ul class="mats">${skip.map(row)}</ul>`, true) : ''
  }`,
)}
${section(
  'items',
  s.itemsTitle,
  html`<ol class="cards items">${b.items.map(
    (it) => html`<li><a class="card" href="/g/${encodeURIComponent(it.code)}"><span class="t">${pick(it)}</span><span class="m">${pick(
      it.department,
    )} · ${s.days(it.timeLimit.promisedDays)} · ${s.visitsN(it.visits)}</span></a></li>`,
  )}</ol>`,
)}
${section('where', s.where, whereBlock(b.location, pick))}
${section('departments', s.departments, html`<p class="chips">${b.departments.map((d) => badge(pick(d), 'ch'))}</p>`, true)}
${faqSection(b.faq)}
${section('qr', s.qr, qrBlock(name, b.qrSvgUrl, b.guideUrl), true)}
</article>`
}
