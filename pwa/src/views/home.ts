/** / : search, the bundles (一件事), the life-cycle entry, the catalogue by department. */
import { query } from '../api'
import { html, type Html } from '../dom'
import { pick, t, title } from '../i18n'
import type { Route } from '../router'
import type { CatalogBundle, CatalogItem } from '../types'
import { savingsLine, searchForm, tx, zhUnless } from './parts'
import { liveSearch, resultsRegion } from './search'
import type { View } from './view'

const PAGE = 20

/** Pages added with "load more", kept across re-renders (language / 关怀版 toggles). */
let more: { dept: string; items: CatalogItem[]; cursor: string | null } | null = null

function itemCard(i: CatalogItem): Html {
  const s = t()
  return html`<li><a class="card" href="/g/${encodeURIComponent(i.code)}"><span class="t">${pick(i)}</span><span class="m">${pick(
    i.department,
  )} · ${s.days(i.timeLimit.promisedDays)} · ${s.visitsN(i.visits)}</span></a></li>`
}

function bundleCard(b: CatalogBundle): Html {
  return html`<li><a class="card bundle" href="/g/${encodeURIComponent(b.code)}"><span class="t">${pick(b)}</span>${
    b.summary ? html`<span class="sum"${zhUnless(b.summaryEn)}>${tx(b.summary, b.summaryEn)}</span>` : ''
  }<span class="save">${savingsLine(b.savings)}</span></a></li>`
}

/** A page of the Catalog connection as the list shows it (the main bundle keeps its own copy of
 * shared/connection's `page`: lazy chunks may not share modules with it). */
function paged(c: { edges: { node: CatalogItem }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  return { nodes: c.edges.map((e) => e.node), nextCursor: c.pageInfo.hasNextPage ? (c.pageInfo.endCursor ?? null) : null }
}

export async function homeView(route: Route): Promise<View> {
  const s = t()
  const dept = route.query.get('dept') || ''
  const { data, fromCache } = await query('Catalog', { first: PAGE, department: dept || null })
  const page = { ...paged(data.catalogItems), totalCount: data.catalogItems.totalCount }
  if (more && more.dept !== dept) more = null
  const items = more ? [...page.nodes, ...more.items] : page.nodes
  const cursor = more ? more.cursor : page.nextCursor

  const body = html`<h1 tabindex="-1">${s.homeTitle}</h1>
<p class="lede">${s.homeLead}</p>
${searchForm()}
${resultsRegion()}
<section class="sec" id="life" aria-labelledby="life-h"><h2 id="life-h">${s.treeTitle}</h2>
<p>${s.treeLead}</p><p><a class="btn" href="/tree">${s.treeLink}</a></p></section>
<section class="sec" id="bundles" aria-labelledby="bundles-h"><h2 id="bundles-h">${s.bundlesTitle}</h2>
<ul class="cards">${data.bundles.map(bundleCard)}</ul></section>
<section class="sec" id="catalog" aria-labelledby="catalog-h"><h2 id="catalog-h">${s.catalogTitle}</h2>
<form class="filter" action="/" method="get" data-hash="catalog">
<label for="dept">${s.deptFilter}</label>
<select id="dept" name="dept"><option value="">${s.allDepts}</option>${data.departments.map(
  (d) => html`<option value="${d.code}"${d.code === dept ? html` selected` : ''}>${pick(d)}</option>`,
)}</select>
<button type="submit" class="btn">${s.show}</button>
</form>
<p class="count">${s.itemsCount(page.totalCount)}</p>
<ul class="cards" id="items">${items.map(itemCard)}</ul>
${cursor ? html`<p><button type="button" class="btn" id="more">${s.loadMore}</button></p>` : ''}
${items.length === 0 ? html`<p>${s.nothingListed}</p>` : ''}
</section>`

  return { title: title(), body, fromCache, mount: (root) => {
    mountMore(root, dept, cursor)
    liveSearch(root, false)
  } }
}

function mountMore(root: HTMLElement, dept: string, cursor: string | null): void {
  const button = root.querySelector<HTMLButtonElement>('#more')
  const list = root.querySelector<HTMLUListElement>('#items')
  if (!button || !list) return
  button.addEventListener('click', async () => {
    button.disabled = true
    try {
      const { data } = await query('Catalog', { first: PAGE, after: cursor, department: dept || null })
      const page = paged(data.catalogItems)
      more = { dept, items: [...(more?.items ?? []), ...page.nodes], cursor: page.nextCursor }
      cursor = page.nextCursor
      const first = list.children.length
      list.insertAdjacentHTML('beforeend', page.nodes.map(itemCard).join(''))
      // Keyboard and screen-reader users continue at the first new entry.
      list.children[first]?.querySelector('a')?.focus()
      if (!cursor) button.parentElement?.remove()
    } finally {
      button.disabled = false
    }
  })
}
