/** Pieces shared by several pages. */
import { Html, html, localPath } from '../dom'
import { isEn, t } from '../i18n'
import { prefs } from '../prefs'
import type { Location, Savings } from '../types'

/** A catalogue text in the UI's language: its English when the UI is English and the catalogue has one. */
export const tx = (zh: string, en?: string | null): string => (isEn() && en ? en : zh)

/** lang attribute of a catalogue text shown in Chinese while the UI is English (it has no English yet). */
export const zhUnless = (en?: string | null): Html => new Html(isEn() && !en ? ' lang="zh-CN"' : '')

/** A list of catalogue texts (conditions, legal basis) in the UI's language: the English list when it
 * has a line for every Chinese one, else the Chinese with its lang attribute. */
export function lines(zh: readonly string[], en: readonly string[] | null | undefined): { texts: readonly string[]; lang: Html } {
  const english = isEn() && !!en && en.length === zh.length
  return { texts: english && en ? en : zh, lang: zhUnless(english ? 'en' : null) }
}

export function badge(text: string, tone = ''): Html {
  return html`<span class="badge${tone ? ' ' + tone : ''}">${text}</span>`
}

/**
 * A page section. Secondary ones collapse behind <details> in 关怀版, so the
 * essentials (materials, time, place) come first and the page stays short.
 */
export function section(id: string, heading: string, body: unknown, secondary = false): Html {
  if (secondary && prefs.care) {
    return html`<details class="sec" id="${id}"><summary>${heading}</summary>${body}</details>`
  }
  return html`<section class="sec" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${heading}</h2>${body}</section>`
}

/**
 * A sub-list under its own heading; in 关怀版 the ones that need nothing from
 * the citizen (免提交) fold away behind <details>.
 */
export function group(heading: string, body: unknown, foldInCare = false): Html {
  if (foldInCare && prefs.care) return html`<details class="grp"><summary>${heading}</summary>${body}</details>`
  return html`<h3>${heading}</h3>${body}`
}

export function searchForm(q = ''): Html {
  const s = t()
  return html`<form class="search" role="search" action="/search" method="get">
<label for="q" class="sr">${s.searchLabel}</label>
<input id="q" name="q" type="search" value="${q}" placeholder="${s.searchPlaceholder}" enterkeyhint="search" autocomplete="off">
<button type="submit">${s.searchButton}</button>
</form>`
}

/** Key facts as a compact grid of label / value pairs. */
export function facts(rows: [label: string, value: string, sub?: string][]): Html {
  return html`<dl class="facts">${rows.map(
    ([k, v, sub]) => html`<div><dt>${k}</dt><dd>${v}${sub ? html`<small>${sub}</small>` : ''}</dd></div>`,
  )}</dl>`
}

/** The bundle's savings, big: 材料 19 → 8 · 窗口 4 → 1 · 时限 19 → 7 个工作日 · 跑动 4 → 1 */
export function savingsGrid(sv: Savings): Html {
  const s = t()
  const rows: [string, number, number, string][] = [
    [s.materials, sv.materialsBefore, sv.materialsAfter, ''],
    [s.windows, sv.windowsBefore, sv.windowsAfter, ''],
    [s.time, sv.daysBefore, sv.daysAfter, s.daysUnit],
    [s.visits, sv.visitsBefore, sv.visitsAfter, ''],
  ]
  return html`<ul class="savings">${rows.map(
    ([k, a, b, unit]) =>
      html`<li><span class="k">${k}</span><span class="v" aria-hidden="true"><s>${a}</s><span class="arr">→</span><b>${b}</b></span><span class="sr">${s.fromTo(a, b)}</span>${unit ? html`<span class="u">${unit}</span>` : ''}</li>`,
  )}</ul>`
}

/** One-line savings for lists, e.g. "材料 19 → 8 · 时限 19 → 7 个工作日". */
export function savingsLine(sv: { materialsBefore?: number; materialsAfter?: number; daysBefore: number; daysAfter: number }): string {
  const s = t()
  const parts: string[] = []
  if (sv.materialsBefore != null && sv.materialsAfter != null) {
    parts.push(`${s.materials} ${sv.materialsBefore} → ${sv.materialsAfter}`)
  }
  parts.push(`${s.time} ${sv.daysBefore} → ${sv.daysAfter} ${s.daysUnit}`)
  return parts.join(' · ')
}

export function whereBlock(loc: Location, name: (n: { name: string; nameEn: string }) => string): Html {
  const s = t()
  const h = loc.hall
  const tel = h.phone.replace(/[^\d+-]/g, '')
  return html`<dl class="kv">
<div><dt>${s.hall}</dt><dd>${name(h)}</dd></div>
<div><dt>${s.window}</dt><dd${zhUnless(loc.windowEn)}>${tx(loc.window, loc.windowEn)}</dd></div>
<div><dt>${s.address}</dt><dd${zhUnless(h.addressEn)}>${tx(h.address, h.addressEn)}</dd></div>
<div><dt>${s.hours}</dt><dd${zhUnless(h.hoursEn)}>${tx(h.hours, h.hoursEn)}</dd></div>
${h.weekendHours ? html`<div><dt>${s.weekendHours}</dt><dd${zhUnless(h.weekendHoursEn)}>${tx(h.weekendHours, h.weekendHoursEn)}</dd></div>` : ''}
${h.phone ? html`<div><dt>${s.phone}</dt><dd><a href="tel:${tel}">${h.phone}</a></dd></div>` : ''}
</dl>`
}

export function qrBlock(name: string, qrSvgUrl: string, guideUrl: string): Html {
  return html`<figure class="qr"><img src="${localPath(qrSvgUrl)}" width="176" height="176" alt="${t().qrAlt(name)}" loading="lazy" decoding="async"><figcaption class="url">${guideUrl}</figcaption></figure>`
}

export function crumbs(links: [href: string, label: string][]): Html {
  return html`<nav class="crumbs" aria-label="${t().breadcrumb}"><ol>${links.map(
    ([href, label]) => html`<li><a href="${href}">${label}</a></li>`,
  )}</ol></nav>`
}

/** 表格下载、示范文本: a material's blank forms and samples, each a download link (same site). */
export function downloadsLine(downloads: readonly { kind: string; name: string; nameEn: string; url: string }[]): Html {
  if (!downloads.length) return html``
  const s = t()
  return html`<p class="downloads">${s.downloadsLabel}${s.colon}${downloads.map(
    (d, i) => html`${i ? '、' : ''}<a href="${localPath(d.url)}" download>${isEn() && d.nameEn ? d.nameEn : d.name}</a>${isEn() ? ` (${s.downloadKinds[d.kind] ?? d.kind})` : `（${s.downloadKinds[d.kind] ?? d.kind}）`}`,
  )}</p>`
}

/** 常见问题: each question opens its answer (in English when the guide is, if there is one). */
export function faqSection(faq: readonly { question: string; questionEn: string; answer: string; answerEn: string }[]): Html {
  if (!faq.length) return html``
  const en = isEn()
  return section(
    'faq',
    t().sectionFaq,
    html`${faq.map(
      (qa) => html`<details class="faq"><summary>${en && qa.questionEn ? qa.questionEn : qa.question}</summary><p>${en && qa.answerEn ? qa.answerEn : qa.answer}</p></details>`,
    )}`,
    true,
  )
}
