/** /g/<CODE>: an item, a bundle, or "not found". */
import { prime, query } from '../api'
import { html } from '../dom'
import { isEn, pick, t, title } from '../i18n'
import type { Route } from '../router'
import type { Bundle, BundleItem, NotFound, ServiceItem } from '../types'
import { bundleGuide } from './bundle'
import { itemGuide } from './item'
import { searchForm } from './parts'
import { mountSituation } from './situation'
import type { View } from './view'

function notFound(nf: NotFound): View {
  const s = t()
  const message = isEn() ? nf.messageEn : nf.message
  return {
    title: title(message),
    body: html`<div class="notfound">
<h1 tabindex="-1">${message}</h1>
<p>${s.notFoundCode}：<code>${nf.lookedUp}</code></p>
<p>${s.notFoundHint}</p>
${searchForm()}
<p><a class="btn" href="/">${s.backHome}</a></p>
</div>`,
  }
}

const hasGuide = (it: ServiceItem | BundleItem): it is ServiceItem => 'materials' in it

/**
 * Keep each item of a bundle as an item guide, so following a link is instant and the item opens
 * offline too. False when the answer carries only a line per item (the page a QR code opens).
 */
function keepItems(b: Bundle): boolean {
  const items = b.items.filter(hasGuide)
  if (items.length < b.items.length) return false
  for (const it of items) prime('Guide', { code: it.code }, { guide: { ...it, __typename: 'ServiceItem' } }, false)
  return true
}

let watching: IntersectionObserver | null = null

/** Fetch a bundle's items' guides once their list comes into view (then keepItems). */
function fetchItemsWhenSeen(root: HTMLElement, code: string): void {
  watching?.disconnect()
  const fetchItems = async () => {
    try {
      const { data, fromCache } = await query('Guide', { code }, { reuse: false })
      if (data.guide.__typename === 'Bundle' && keepItems(data.guide) && !fromCache) prime('Guide', { code }, data)
    } catch {
      /* offline: an item is fetched when it is opened */
    }
  }
  const list = root.querySelector('#items')
  if (!list || !('IntersectionObserver' in window)) return void fetchItems()
  const observer = (watching = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return
    observer.disconnect()
    void fetchItems()
  }))
  observer.observe(list)
}

export async function guideView(route: Route): Promise<View> {
  const code = route.name === 'guide' ? route.code : ''
  const { data, fromCache } = await query('Guide', { code })
  const g = data.guide
  if (g.__typename === 'NotFound') return { ...notFound(g), fromCache }
  if (g.__typename === 'Bundle') {
    const kept = keepItems(g)
    const mount = (root: HTMLElement) => {
      mountSituation(root, g)
      if (!kept) fetchItemsWhenSeen(root, g.code)
    }
    return { title: title(pick(g)), body: bundleGuide(g), fromCache, mount }
  }
  return { title: title(pick(g)), body: itemGuide(g), fromCache, mount: (root) => mountSituation(root, g) }
}
