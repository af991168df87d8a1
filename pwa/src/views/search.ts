/** /search?q=… : search results, updated as you type (also under the home page's search box). */
import { query } from '../api'
import { html, type Html } from '../dom'
import { pick, t, title } from '../i18n'
import type { Route } from '../router'
import type { SearchBundleHit, SearchItemHit, SearchResult } from '../types'
import { badge, savingsLine, searchForm, tx, zhUnless } from './parts'
import type { View } from './view'

const EXAMPLES = ['开餐馆', '生孩子', '身份证丢了', '营业执照', '结婚', '退休']
const DEBOUNCE_MS = 300

function chips(words: string[]): Html {
  return html`${words.map(
    (q) => html`<a class="chip" href="/search?q=${encodeURIComponent(q)}" lang="zh-CN">${q}</a> `,
  )}`
}

function examples(): Html {
  return html`<p class="examples">${t().tryThese} ${chips(EXAMPLES)}</p>`
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

/** The hits, or 没有找到 with words to try instead (from the catalogue) and the life-cycle guide. */
function results(r: SearchResult): Html {
  const s = t()
  if (r.hits.length) return html`<ul class="cards">${r.hits.map(hit)}</ul>`
  const instead = r.suggestions.length ? html`<p class="examples">${s.tryThese} ${chips(r.suggestions)}</p>` : examples()
  return html`<div class="none"><h2>${s.noResultsTitle}</h2><p>${s.noResults}</p>${instead}
<p><a class="btn" href="/tree">${s.treeLink}</a></p></div>`
}

/** What the status line says (read out by screen readers); "没有找到" is only read: the box shows it. */
function setStatus(status: HTMLElement, r: SearchResult | null): void {
  const s = t()
  status.textContent = r ? (r.totalCount ? s.resultCount(r.totalCount) : s.noResultsTitle) : ''
  status.classList.toggle('sr', !!r && !r.totalCount)
}

/** The results region of a page: the status line, then the hits (or, before any text, `idle`). */
export function resultsRegion(r?: SearchResult, idle: Html | string = ''): Html {
  const s = t()
  const none = !!r && !r.totalCount
  const status = r ? (r.totalCount ? s.resultCount(r.totalCount) : s.noResultsTitle) : ''
  return html`<p class="count${none ? ' sr' : ''}" id="search-status" role="status">${status}</p>
<div id="search-results">${r ? results(r) : idle}</div>`
}

export async function searchView(route: Route): Promise<View> {
  const s = t()
  const q = (route.query.get('q') ?? '').trim()
  if (!q) {
    return {
      title: title(s.searchTitle),
      body: html`<h1 tabindex="-1">${s.searchTitle}</h1>${searchForm()}${resultsRegion(undefined, examples())}`,
      mount: (root) => liveSearch(root, true),
    }
  }
  const { data, fromCache } = await query('Search', { text: q, first: 20 })
  return {
    title: title(s.resultsFor(q)),
    fromCache,
    body: html`<h1 tabindex="-1">${s.resultsFor(q)}</h1>${searchForm(q)}${resultsRegion(data.search)}`,
    mount: (root) => liveSearch(root, true),
  }
}

/**
 * Results as you type: DEBOUNCE_MS after the last keystroke, in place, the focus staying in the
 * box. An answer to an older text is dropped. On the search page the address follows the text
 * (replaceState), so a reload or the back button from a guide shows the same results.
 */
export function liveSearch(root: HTMLElement, onSearchPage: boolean): void {
  const input = root.querySelector<HTMLInputElement>('form.search input[name=q]')
  const status = root.querySelector<HTMLElement>('#search-status')
  const box = root.querySelector<HTMLElement>('#search-results')
  if (!input || !status || !box) return
  let timer: number | undefined
  let asked = 0
  const idle = onSearchPage ? examples().value : ''
  const show = async (q: string, ticket: number) => {
    const s = t()
    if (!q) {
      setStatus(status, null)
      box.innerHTML = idle
      return
    }
    let r: SearchResult
    try {
      r = (await query('Search', { text: q, first: 20 })).data.search
    } catch {
      return // offline with nothing saved: the search button still leads to the page saying so
    }
    if (ticket !== asked) return
    setStatus(status, r)
    box.innerHTML = results(r).value
    if (onSearchPage) {
      const heading = root.querySelector('h1')
      if (heading) heading.textContent = s.resultsFor(q)
      document.title = title(s.resultsFor(q))
      history.replaceState(history.state, '', `/search?q=${encodeURIComponent(q)}`)
    }
  }
  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    const ticket = ++asked
    timer = window.setTimeout(() => void show(input.value.trim(), ticket), DEBOUNCE_MS)
  })
}
