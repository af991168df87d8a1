/**
 * What changed, as people read it: one table per entry (field, before, after), both languages as
 * fields of their own; the problems a refused publication lists; the list of revisions.
 */
import { html, type Html } from '../shared/kit'
import { badge } from '../shared/parts'
import type { Change, Problem, Revision } from './catalogue-api'
import { s } from './strings'

export function changesHtml(changes: Change[], id: string): Html {
  const t = s()
  return html`<div class="cat-changes" id="${id}">${changes.map(
    (c) => html`<table class="cat-diff"><caption>${badge(t.catChanges[c.kind.toLowerCase()] ?? c.kind, c.kind === 'REMOVED' ? 'bad' : c.kind === 'ADDED' ? 'ok' : 'warn')}
${t.catSection[c.section] ?? c.section} · ${c.code} ${c.name}</caption>
<thead><tr><th scope="col">${t.catField}</th><th scope="col">${t.catBefore}</th><th scope="col">${t.catAfter}</th></tr></thead>
<tbody>${c.fields.map(
      (f) => html`<tr><th scope="row"><code>${f.path}</code></th><td class="was">${f.before ?? '—'}</td><td class="now">${f.after ?? '—'}</td></tr>`,
    )}</tbody></table>`,
  )}</div>`
}

/** "items/CL01" links to the entry's editor; the loader's own words ("bundle B03") stay text. */
function whereHtml(where: string): Html {
  const entry = /^([a-z]+)\/(.+)$/.exec(where)
  if (!entry) return html`<strong>${where}</strong>`
  return html`<a href="/desk/catalogue?section=${entry[1]}&code=${encodeURIComponent(entry[2])}"><strong>${where}</strong></a>`
}

export function problemsHtml(problems: Problem[], en: boolean): Html {
  const t = s()
  return html`<div class="notice bad" id="cat-problems" tabindex="-1"><p>${t.catRefused}</p><ul>${problems.map(
    (p) => html`<li>${whereHtml(p.where)}${p.field ? html` <code>${p.field}</code>` : ''}: ${en ? p.messageEn : p.message}</li>`,
  )}</ul></div>`
}

export function revisionsHtml(revisions: Revision[], when: (iso: string) => string): Html {
  const t = s()
  return html`<ol class="tasks" id="cat-revisions" reversed>${revisions.map(
    (r) => html`<li class="task"><details data-revision="${r.id}"><summary><strong>${t.catRevision(r.revision)}</strong>
· ${when(String(r.publishedAt))} · ${r.publishedBy ?? (r.note || t.catByFiles)}${r.note && r.publishedBy ? html` · ${r.note}` : ''}</summary>
<div class="cat-rev-changes" aria-live="polite"></div></details></li>`,
  )}</ol>`
}
