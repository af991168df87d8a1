/** /g/<CODE>: an item, a bundle, or "not found". */
import { prime, query } from '../api'
import { html } from '../dom'
import { isEn, pick, t, title } from '../i18n'
import type { Route } from '../router'
import type { NotFound } from '../types'
import { bundleGuide } from './bundle'
import { itemGuide } from './item'
import { searchForm } from './parts'
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

export async function guideView(route: Route): Promise<View> {
  const code = route.name === 'guide' ? route.code : ''
  const { data, fromCache } = await query('Guide', { code })
  const g = data.guide
  if (g.__typename === 'NotFound') return { ...notFound(g), fromCache }
  if (g.__typename === 'Bundle') {
    // Each item of the bundle is a full item guide: keep them, so following a
    // link is instant and the item opens offline too.
    for (const it of g.items) prime('Guide', { code: it.code }, { guide: { ...it, __typename: 'ServiceItem' } }, false)
    return { title: title(pick(g)), body: bundleGuide(g), fromCache }
  }
  return { title: title(pick(g)), body: itemGuide(g), fromCache }
}
