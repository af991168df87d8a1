/** /search?q=… : search results. */
import { query } from '../api'
import { html } from '../dom'
import { pick, t, title } from '../i18n'
import type { Route } from '../router'
import type { SearchBundleHit, SearchItemHit } from '../types'
import { badge, savingsLine, searchForm, tx, zhUnless } from './parts'
import type { View } from './view'

const EXAMPLES = ['开餐馆', '出生', '营业执照', '结婚', '退休']

function examples() {
  const s = t()
  return html`<p class="examples">${s.tryThese} ${EXAMPLES.map(
    (q) => html`<a class="chip" href="/search?q=${encodeURIComponent(q)}" lang="zh-CN">${q}</a> `,
  )}</p>`
}

function hit(h: SearchItemHit | SearchBundleHit) {
  const s = t()
  const href = `/g/${encodeURIComponent(h.code)}`
  const sum = h.summary ? html`<span class="sum"${zhUnless(h.summaryEn)}>${tx(h.summary, h.summaryEn)}</span>` : ''
  if (h.__typename === 'Bundle') {
    return html`<li><a class="card bundle" href="${href}"><span class="t">${badge(s.bundleTag, 'kind')} ${pick(h)}</span>${sum}<span class="save">${savingsLine(h.savings)}</span></a></li>`
  }
  return html`<li><a class="card" href="${href}"><span class="t">${pick(h)}</span>${sum}<span class="m">${pick(h.department)} · ${s.days(
    h.timeLimit.promisedDays,
  )}</span></a></li>`
}

export async function searchView(route: Route): Promise<View> {
  const s = t()
  const q = (route.query.get('q') ?? '').trim()
  if (!q) {
    return { title: title(s.searchTitle), body: html`<h1 tabindex="-1">${s.searchTitle}</h1>${searchForm()}${examples()}` }
  }
  const { data, fromCache } = await query('Search', { text: q, first: 20 })
  const r = data.search
  return {
    title: title(s.resultsFor(q)),
    fromCache,
    body: html`<h1 tabindex="-1">${s.resultsFor(q)}</h1>${searchForm(q)}
<p class="count" role="status">${s.resultCount(r.totalCount)}</p>
${r.hits.length ? html`<ul class="cards">${r.hits.map(hit)}</ul>` : html`<p>${s.noResults}</p>${examples()}<p><a class="btn" href="/tree">${s.treeLink}</a></p>`}`,
  }
}
