/**
 * The page's markup: the form, its actions (submit, save, or what happened to the submission), the
 * pages shown instead.
 */
import { type View } from '../../views/view'
import { type ApplyForm } from '../api'
import { html, pick, type Html } from '../../shared/kit'
import { s } from '../strings'
import { alertRegion, statusRegion } from '../../shared/live'
import { pageTitle } from '../../shared/strings'
import { type FormState, page } from './state'
import { fieldHtml } from './fields'
import { materialsHtml } from './materials'
import { commitmentsHtml } from './commitments'
import { situationHtml } from './situation'

export function actionsHtml(st: FormState): Html {
  const t = s()
  if (st.phase === 'queued') {
    return html`<div class="panel queued" id="queued" tabindex="-1">
<p class="panel-t">${t.queued}</p>
<p>${t.queuedDetail}</p>
<div class="actions"><a class="btn alt" href="/applications">${t.myApplications}</a><button type="button" class="btn alt" id="unqueue">${t.queuedEdit}</button></div>
</div>`
  }
  if (st.phase === 'sent' && st.sent) {
    return html`<div class="panel sent" id="sent" tabindex="-1">
<p class="panel-t">${t.sentTitle}</p>
<p>${t.sentLead(st.sent.trackingNumber ?? '')}</p>
<div class="actions"><a class="btn" href="/applications/${encodeURIComponent(st.sent.id)}">${t.viewTimeline}</a><a class="btn alt" href="/applications">${t.myApplications}</a></div>
</div>`
  }
  return html`<div class="actions">
<button type="submit" class="btn" id="submit">${t.submit}</button>
<button type="button" class="btn alt" id="save-draft">${t.saveDraft}</button>
</div>`
}

export function bodyHtml(st: FormState): Html {
  const t = s()
  const f = page.form as ApplyForm
  const g = page.guide
  const chosen = f.situation?.chosen // 情形引导 and 点菜: only the items that apply
  const bundled = g?.__typename === 'Bundle' ? g.items.map((it) => it.code) : []
  const offered: { code: string; name: string; nameEn: string }[] = g?.__typename === 'Bundle' ? [...g.items, ...g.extras] : []
  const items = offered.filter((it) => (chosen ?? bundled).includes(it.code)).map((it) => pick(it.name, it.nameEn))
  return html`<h1 tabindex="-1">${t.applyTitle(g && g.__typename !== 'NotFound' ? pick(g.name, g.nameEn) : f.name)}</h1>
${f.actingFor ? html`<p class="notice acting-for" id="acting-for">${t.actingFor(f.actingFor)}</p>` : ''}
<p class="lede">${t.applyLead}</p>
${items.length ? html`<p class="items-line">${items.join(' · ')}</p>` : ''}
<div id="draft-found"></div>
${situationHtml(st)}
${alertRegion()}
<form id="apply-form" method="post" class="form" novalidate>
<section class="sec" aria-labelledby="form-h">
<h2 id="form-h">${t.formSection}</h2>
${f.formSchema.fields.map((field) => fieldHtml(field, st))}
</section>
${commitmentsHtml(st)}
${materialsHtml(st)}
<div id="actions">${actionsHtml(st)}</div>
<p class="hint" id="autosave"></p>
${statusRegion()}
</form>`
}

export function paintActions(root: HTMLElement, st: FormState, focus = true): void {
  const box = root.querySelector<HTMLElement>('#actions')
  if (!box) return
  box.innerHTML = actionsHtml(st).value
  const formEl = root.querySelector<HTMLFormElement>('#apply-form')
  formEl?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, [data-retry], [data-remove]').forEach((el) => {
    if (st.phase === 'editing') el.removeAttribute('disabled')
    else el.setAttribute('disabled', '')
  })
  if (focus) root.querySelector<HTMLElement>('#queued, #sent')?.focus()
}

export function signInFirst(code: string): View {
  const t = s()
  const next = encodeURIComponent(`/apply/${code}${location.search}`)
  return {
    title: pageTitle(s().apply),
    body: html`<h1 tabindex="-1">${s().apply}</h1>
<p class="notice">${t.signInFirst}</p>
<div class="actions"><a class="btn" href="/signin?next=${next}">${t.signIn}</a><a class="btn alt" href="/signup?next=${next}">${t.signUp}</a></div>`,
  }
}

export function offlineView(code: string): View {
  const t = s()
  return {
    title: pageTitle(s().apply),
    body: html`<h1 tabindex="-1">${s().apply}</h1>
<p class="notice">${t.offlineForm}</p>
<div class="actions"><a class="btn" href="/apply/${encodeURIComponent(code)}">${t.retry}</a><a class="btn alt" href="/g/${encodeURIComponent(code)}">${s().backToGuide}</a></div>`,
  }
}
