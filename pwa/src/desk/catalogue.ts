/**
 * /desk/catalogue (目录管理, catalogue administrators): pick a section and an entry, edit it in both
 * languages (./catalogue-form.ts), save it into my draft; see the draft's changes field by field,
 * publish it as the next revision (or read why it was refused), discard it; the list of revisions
 * with their changes; download the current revision and import a catalogue file.
 * ?section=items&code=CG01 selects the entry (links, so the browser's back button works).
 */
import { upload } from '../apply/upload'
import { dateTime } from '../shared/dates'
import { html, isEn, navigate, type Html } from '../shared/kit'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { pageTitle } from '../shared/strings'
import type { View } from '../views/view'
import * as api from './catalogue-api'
import { changesHtml, problemsHtml, revisionsHtml } from './catalogue-diff'
import { changeRows, entryFields, fill, readEntry, type Json } from './catalogue-form'
import { s } from './strings'
import { fail } from './ui'

const FLASH = 'ov.catalogue.flash'
const SECTIONS = ['items', 'materials', 'bundles', 'halls', 'departments', 'fields', 'lifecycle']
type Obj = { [key: string]: Json }

function sectionNav(current: string): Html {
  const t = s()
  return html`<nav aria-label="${t.catSections}" class="cat-tabs"><ul>${SECTIONS.map(
    (name) => html`<li><a class="btn ${name === current ? '' : 'alt'} small" href="/desk/catalogue?section=${name}" aria-current="${name === current ? 'page' : null}">${t.catSection[name]}</a></li>`,
  )}</ul></nav>`
}

function pickList(section: string, entries: api.Listed[], code: string | null): Html {
  const t = s()
  return html`<div class="cat-pick"><div class="field"><label for="cat-filter">${t.catFilter}</label><input id="cat-filter" type="search" autocomplete="off"></div>
<ul id="cat-list" aria-label="${t.catPick}">${entries.map(
    (e) => html`<li data-find="${`${e.code} ${e.name}`.toLowerCase()}"><a href="/desk/catalogue?section=${section}&code=${encodeURIComponent(e.code)}" aria-current="${e.code === code ? 'true' : null}"><span class="n">${e.name}</span><span class="tn m">${e.code}${e.editable ? '' : html` · ${t.catReadOnlyTag}`}</span></a></li>`,
  )}</ul><p class="empty" id="cat-none" hidden>${t.catNone}</p></div>`
}

function editorHtml(section: string, picked: api.Listed | undefined): Html {
  const t = s()
  if (!picked) return html`<p class="empty">${t.catPick}</p>`
  return html`<form id="cat-form" class="form cat-form" method="post" novalidate aria-labelledby="cat-form-h">
<h2 id="cat-form-h">${t.catSection[section]} · ${picked.code} ${picked.name}${picked.editable ? '' : html` <small>${t.catReadOnly}</small>`}</h2>
<fieldset id="cat-fields" ${picked.editable ? '' : html`disabled`}>${entryFields(picked.entry as Obj)}</fieldset>
${picked.editable && ['items', 'bundles'].includes(section) && !Array.isArray(picked.entry.faq) ? html`<p><button type="button" class="btn alt small" id="cat-add-faq">${t.catAddFaq}</button></p>` : ''}
${picked.editable ? html`<p class="actions sticky"><button type="submit" class="btn" id="cat-save">${t.catSave}</button></p>` : ''}</form>`
}

/** 表格下载、示范文本: upload a blank form or a sample for the material and add it to the draft. */
function downloadForm(): Html {
  const t = s()
  return html`<form id="cat-download" class="form cat-form" method="post" novalidate aria-labelledby="cat-dl-h">
<h3 id="cat-dl-h">${t.catDlH}</h3><p class="m">${t.catDlLead}</p>
<div class="field"><label for="dl-kind">${t.catDlKind}</label><select id="dl-kind"><option value="blank_form">${t.catDlBlank}</option><option value="sample">${t.catDlSample}</option></select></div>
<div class="pair"><div class="field"><label for="dl-name">${t.catDlName} · ${t.catZh}</label><input id="dl-name" lang="zh-CN" required></div>
<div class="field"><label for="dl-name-en">${t.catDlName} · ${t.catEn}</label><input id="dl-name-en" lang="en" required></div></div>
<div class="field"><label for="dl-file">${t.catDlFile}</label><input id="dl-file" type="file" accept="application/pdf,image/jpeg,image/png"></div>
<p><button type="submit" class="btn alt" id="dl-add">${t.catDlAdd}</button></p></form>`
}

function draftHtml(admin: api.Admin): Html {
  const t = s()
  const draft = admin.draft
  if (!draft) return html`<h2 id="cat-draft-h">${t.catDraftH}</h2><p class="empty" id="cat-draft">${t.catNoDraft}</p>`
  const stale = draft.baseRevision !== admin.revision
  return html`<h2 id="cat-draft-h">${t.catDraftH}</h2><div id="cat-draft">
<p class="${stale ? 'notice bad' : 'm'}">${t.catDraftBase(draft.baseRevision, admin.revision)}</p>
${draft.changes.length ? changesHtml(draft.changes, 'cat-draft-changes') : html`<p class="empty">${t.catNoChanges}</p>`}
<form id="cat-publish" class="form" method="post" novalidate><div class="field"><label for="cat-note">${t.catNote}</label><textarea id="cat-note" maxlength="500" rows="2"></textarea></div>
<div id="cat-problems-box"></div>
<p class="actions"><button type="submit" class="btn" id="cat-publish-button">${t.catPublish}</button>
<button type="button" class="btn alt danger" id="cat-discard">${t.catDiscard}</button></p></form></div>`
}

function filesHtml(): Html {
  const t = s()
  return html`<section aria-labelledby="cat-files-h"><h2 id="cat-files-h">${t.catFilesH}</h2><p class="m">${t.catFilesLead}</p>
<p><button type="button" class="btn alt" id="cat-download">${t.catDownload}</button></p>
<form id="cat-import" class="form" method="post" novalidate><div class="field"><label for="cat-file">${t.catUpload}</label><input id="cat-file" type="file" accept="application/json,.json"></div>
<p><button type="submit" class="btn alt" id="cat-import-button">${t.catImport}</button></p></form></section>`
}

export async function cataloguePage(query: URLSearchParams): Promise<View> {
  const t = s()
  const section = SECTIONS.includes(query.get('section') ?? '') ? (query.get('section') as string) : 'items'
  const code = query.get('code')
  const [admin, entries, revisions] = await Promise.all([api.fetchAdmin(), api.fetchEntries(section), api.fetchRevisions()])
  let picked = entries.find((e) => e.code === code)
  const scope = admin.scopeDepartment ? t.catScopeDept(admin.scopeDepartment) : admin.scopeHall ? t.catScopeHall(admin.scopeHall) : t.catScopeAll
  return {
    title: pageTitle(picked ? `${picked.name} · ${t.catTitle}` : t.catTitle),
    body: html`<div class="desk cat" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.catTitle}</h1><p class="lede">${t.catLead}</p><p class="m" id="cat-scope">${t.catScope(scope, admin.revision)}</p>
${admin.draft?.changes.length ? html`<p class="notice" id="cat-draft-note">${t.catDraftSummary(admin.draft.changes.length)} <button type="button" class="btn alt small" id="cat-to-draft">${t.catToDraft}</button></p>` : ''}
${alertRegion()}${statusRegion()}
${sectionNav(section)}
<div class="cat-work">${pickList(section, entries, code)}<div class="cat-edit" id="cat-edit">${editorHtml(section, picked)}${section === 'materials' && picked?.editable ? downloadForm() : ''}</div></div>
<section aria-labelledby="cat-draft-h" id="cat-draft-box">${draftHtml(admin)}</section>
<section aria-labelledby="cat-rev-h"><h2 id="cat-rev-h">${t.catRevisionsH}</h2>${revisionsHtml(revisions, dateTime)}</section>
${filesHtml()}</div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      if (!root) return
      root.querySelector<HTMLElement>('#status')?.setAttribute('tabindex', '-1')
      const here = `/desk/catalogue?section=${section}${code ? `&code=${encodeURIComponent(code)}` : ''}`
      // what an action did, said on the page it reloads (the flash survives the navigation)
      const done = (message: string, to = here): void => {
        sessionStorage.setItem(FLASH, message)
        navigate(to, true)
      }
      const flash = sessionStorage.getItem(FLASH)
      if (flash) {
        sessionStorage.removeItem(FLASH)
        say(root, 'status', flash, 'ok')
        root.querySelector<HTMLElement>('#status')?.focus()
      }
      const formBox = (): HTMLFormElement | null => root.querySelector<HTMLFormElement>('#cat-form')
      const render = (entry: Obj): void => {
        const box = root.querySelector<HTMLElement>('#cat-fields')
        if (!box || !picked) return
        picked = { ...picked, entry }
        box.innerHTML = html`${entryFields(entry)}`.value
        fill(box, entry)
      }
      root.querySelector<HTMLButtonElement>('#cat-to-draft')?.addEventListener('click', () => {
        const heading = root.querySelector<HTMLElement>('#cat-draft-h')
        heading?.setAttribute('tabindex', '-1')
        heading?.scrollIntoView()
        heading?.focus()
      })
      if (picked) fill(root.querySelector<HTMLElement>('#cat-fields') ?? root, picked.entry as Obj)

      root.querySelector<HTMLInputElement>('#cat-filter')?.addEventListener('input', (e) => {
        const needle = (e.target as HTMLInputElement).value.trim().toLowerCase()
        let shown = 0
        for (const li of root.querySelectorAll<HTMLElement>('#cat-list li')) {
          li.hidden = Boolean(needle) && !(li.dataset.find ?? '').includes(needle)
          if (!li.hidden) shown++
        }
        const none = root.querySelector<HTMLElement>('#cat-none')
        if (none) none.hidden = shown > 0
      })
      root.querySelector<HTMLButtonElement>('#cat-add-faq')?.addEventListener('click', (e) => {
        const form = formBox()
        if (!form || !picked) return
        const entry = readEntry(form, picked.entry as Obj)
        entry.faq = [{ question: '', question_en: '', answer: '', answer_en: '' }]
        ;(e.target as HTMLElement).remove()
        render(entry)
        root.querySelector<HTMLElement>('#f-faq-0-question')?.focus()
      })
      root.addEventListener('click', (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-add], button[data-remove]')
        const form = formBox()
        if (!button || !form || !picked) return
        const entry = readEntry(form, picked.entry as Obj)
        changeRows(entry, JSON.parse(button.dataset.add ?? button.dataset.remove ?? '[]') as (string | number)[], Boolean(button.dataset.add))
        render(entry)
      })
      formBox()?.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (!picked) return
        say(root, 'alert', '')
        let entry: Obj
        try {
          entry = readEntry(e.target as HTMLFormElement, picked.entry as Obj)
        } catch (err) {
          say(root, 'alert', t.catBadJson((err as Error).message), 'bad')
          return
        }
        const undo = busy(root.querySelector<HTMLButtonElement>('#cat-save'))
        try {
          await api.saveEntry(section, picked.code, entry)
          const next = typeof entry.code === 'string' ? entry.code : picked.code
          done(t.catSaved(next), `/desk/catalogue?section=${section}&code=${encodeURIComponent(next)}`)
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
      root.querySelector<HTMLFormElement>('#cat-download')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        const form = formBox()
        const value = (id: string): string => root.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? ''
        const file = root.querySelector<HTMLInputElement>('#dl-file')?.files?.[0]
        if (!form || !picked) return
        if (!file || !value('dl-name') || !value('dl-name-en')) return say(root, 'alert', t.catDlMissing, 'bad')
        const undo = busy(root.querySelector<HTMLButtonElement>('#dl-add'))
        try {
          const uploaded = await upload(file, file.name)
          const entry = readEntry(form, picked.entry as Obj)
          const downloads = Array.isArray(entry.downloads) ? entry.downloads : []
          entry.downloads = [...downloads, { kind: value('dl-kind'), name: value('dl-name'), name_en: value('dl-name-en'), file: uploaded.id }]
          await api.saveEntry(section, picked.code, entry)
          done(t.catSaved(picked.code))
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
      root.querySelector<HTMLFormElement>('#cat-publish')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        const problems = root.querySelector<HTMLElement>('#cat-problems-box')
        if (problems) problems.innerHTML = ''
        say(root, 'alert', '')
        const undo = busy(root.querySelector<HTMLButtonElement>('#cat-publish-button'))
        try {
          const published = await api.publish(root.querySelector<HTMLTextAreaElement>('#cat-note')?.value ?? '')
          done(t.catPublished(published.revision))
        } catch (err) {
          undo()
          if (err instanceof api.PublishRefused && problems) {
            problems.innerHTML = problemsHtml(err.problems, isEn()).value
            problems.querySelector<HTMLElement>('#cat-problems')?.focus()
          } else fail(root, 'alert', err)
        }
      })
      root.querySelector<HTMLButtonElement>('#cat-discard')?.addEventListener('click', async (e) => {
        if (!window.confirm(t.catConfirmDiscard)) return
        const undo = busy(e.target as HTMLButtonElement)
        try {
          await api.discardDraft()
          done(t.catDiscarded)
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
      for (const details of root.querySelectorAll<HTMLDetailsElement>('details[data-revision]')) {
        details.addEventListener('toggle', async () => {
          const box = details.querySelector<HTMLElement>('.cat-rev-changes')
          if (!details.open || !box || box.dataset.loaded) return
          box.dataset.loaded = '1'
          try {
            box.innerHTML = changesHtml(await api.fetchRevisionChanges(details.dataset.revision ?? ''), `rev-${details.dataset.revision}`).value
          } catch (err) {
            fail(root, 'alert', err)
          }
        })
      }
      root.querySelector<HTMLButtonElement>('#cat-download')?.addEventListener('click', async () => {
        try {
          const document_ = await api.fetchDocument(admin.revision)
          const link = document.createElement('a')
          link.href = URL.createObjectURL(new Blob([JSON.stringify(document_, null, 1)], { type: 'application/json' }))
          link.download = `catalogue-r${admin.revision}.json`
          link.click()
          window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
        } catch (err) {
          fail(root, 'alert', err)
        }
      })
      root.querySelector<HTMLFormElement>('#cat-import')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        const file = root.querySelector<HTMLInputElement>('#cat-file')?.files?.[0]
        if (!file) return say(root, 'alert', t.catNoFile, 'bad')
        let parsed: unknown
        try {
          parsed = JSON.parse(await file.text())
        } catch {
          return say(root, 'alert', t.catBadFile, 'bad')
        }
        const undo = busy(root.querySelector<HTMLButtonElement>('#cat-import-button'))
        try {
          done(t.catPublished((await api.importDocument(parsed, admin.revision, file.name)).revision))
        } catch (err) {
          undo()
          const problems = root.querySelector<HTMLElement>('#cat-problems-box')
          if (err instanceof api.PublishRefused) say(root, 'alert', err.problems.slice(0, 20).map((p) => `${p.where} ${p.field}: ${isEn() ? p.messageEn : p.message}`).join('\n'), 'bad')
          else fail(root, 'alert', err)
          problems?.focus()
        }
      })
    },
  }
}
