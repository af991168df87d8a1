/** /tree : the life-cycle tree, subject → stage → theme → event → bundles and items. */
import { query } from '../api'
import { html, type Html } from '../dom'
import { pick, t, title } from '../i18n'
import type { LifeNode } from '../types'
import { badge } from './parts'
import type { View } from './view'

function links(n: LifeNode): Html {
  const s = t()
  const bundles = n.bundles ?? []
  const items = n.items ?? []
  if (!bundles.length && !items.length) return html`<p class="muted">${s.nothingListed}</p>`
  return html`<ul class="links">${bundles.map(
    (b) => html`<li><a href="/g/${encodeURIComponent(b.code)}">${badge(s.bundleTag, 'kind')} ${pick(b)}</a></li>`,
  )}${items.map(
    (i) => html`<li><a href="/g/${encodeURIComponent(i.code)}">${pick(i)} <span class="m">${pick(i.department)}</span></a></li>`,
  )}</ul>`
}

function node(n: LifeNode): Html {
  const kids = n.children ?? []
  switch (n.kind) {
    case 'SUBJECT':
      return html`<section class="sec subject" id="${n.code}" aria-labelledby="${n.code}-h"><h2 id="${n.code}-h">${pick(n)}</h2>${kids.map(node)}</section>`
    case 'STAGE':
      return html`<details class="stage" id="${n.code}"><summary>${pick(n)}</summary><div class="in">${kids.map(node)}</div></details>`
    case 'THEME':
      return html`<details class="theme" id="${n.code}"><summary>${pick(n)}</summary><ul class="events">${kids.map(node)}</ul></details>`
    case 'EVENT':
      return html`<li class="event" id="${n.code}"><h3>${pick(n)}</h3>${links(n)}</li>`
  }
}

export async function treeView(): Promise<View> {
  const s = t()
  const { data, fromCache } = await query('LifeCycle', {})
  return {
    title: title(s.lifeTitle),
    fromCache,
    body: html`<h1 tabindex="-1">${s.lifeTitle}</h1><p class="lede">${s.lifeLead}</p>${data.lifeCycle.map(node)}`,
    mount: openTarget,
  }
}

/** /tree#NP11 opens the details around that node. */
function openTarget(root: HTMLElement): void {
  const id = decodeURIComponent(location.hash.slice(1))
  let el = id ? root.ownerDocument.getElementById(id) : null
  if (el instanceof HTMLDetailsElement) el.open = true
  for (; el && el !== root; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true
}
