/**
 * 情形引导 and 点菜 on a guide: a few questions ("回答 3 个问题，看看您需要准备什么") and, for a bundle,
 * the items to do together (optional ones can be removed, extras added). Each change asks the server
 * (the public persisted Situation query, api/catalog/situations.py: the one home of the rules) for
 * what applies, and the page shows the shorter list; the apply button carries the choice to the form
 * (?a=question:value&items=A,B). Offline, an answer seen before comes from the cache; otherwise the
 * full list stays.
 */
import { url as liveChunk } from 'virtual:lazy/situation-live'
import { query } from '../api'
import { html, type Html } from '../dom'
import { isEn, pick, t } from '../i18n'
import { formLabel } from '../labels'
import type { Bundle, ServiceItem } from '../types'
import { type Choice, choiceOf, choiceQuery, choiceVars, keep, pickHtml, questionsHtml } from './choice'
import { badge, savingsGrid } from './parts'
import type * as Live from './situation-live'

export type Guide = ServiceItem | Bundle
const isBundle = (g: Guide): g is Bundle => 'optional' in g

export function situationSection(g: Guide): Html | '' {
  const s = t()
  const pickable = isBundle(g) && (g.optional.length > 0 || g.extras.length > 0)
  if (!g.questions.length && !pickable) return ''
  const c = choiceOf(g.code)
  const heading = g.questions.length ? s.situationTitle(g.questions.length) : s.pickTitle
  return html`<section class="sec situ" id="situation" aria-labelledby="situation-h">
<h2 id="situation-h">${heading}</h2>
${g.questions.length ? html`<p class="hint" id="situation-lead">${s.situationLead}</p>` : ''}
<form id="situ-form" class="situ-form">${questionsHtml(g.questions, c.answers)}${pickable ? pickHtml(g, c.items) : ''}</form>
<div id="situ-result" class="situ-result" aria-live="polite"></div>
</section>`
}

export function read(form: HTMLFormElement, g: Guide): Choice {
  const answers: Record<string, string> = {}
  for (const q of g.questions) {
    const picked = form.querySelector<HTMLInputElement>(`input[name="sq-${q.code}"]:checked`)
    if (picked && !picked.closest('fieldset')?.hidden) answers[q.code] = picked.value
  }
  let items: string[] | null = null
  if (isBundle(g) && form.querySelector('input[name=item]')) {
    items = [...form.querySelectorAll<HTMLInputElement>('input[name=item]:checked')].map((box) => box.value)
    const asOffered = items.length === g.items.length && g.items.every((it) => items?.includes(it.code))
    if (asOffered) items = null
  }
  return { answers, items }
}

/**
 * Wire the section. What asks the server and draws the answer is a lazy chunk (views/situation-live.ts),
 * loaded on the first change (or at once when this session already chose): the page a QR code opens
 * stays within its first round trip.
 */
export function mountSituation(root: HTMLElement, g: Guide): void {
  const form = root.querySelector<HTMLFormElement>('#situ-form')
  if (!form) return
  let live: Promise<(() => Promise<void>) | null> | null = null
  const deps = { query, html, t, pick, isEn, formLabel, badge, savingsGrid, choiceQuery, choiceVars, keep, read }
  const start = () =>
    (live ??= import(/* @vite-ignore */ liveChunk).then(
      (m: typeof Live) => m.wire(root, form, g, deps),
      () => null,
    ))
  const update = async () => {
    const run = await start()
    if (run) return run()
    const box = root.querySelector<HTMLElement>('#situ-result')
    if (box) box.innerHTML = html`<p class="notice">${t().situationOffline}</p>`.value // offline, never loaded
  }
  form.addEventListener('change', () => void update())
  form.addEventListener('submit', (e) => e.preventDefault())
  const c = choiceOf(g.code)
  if (Object.keys(c.answers).length || c.items) void update()
}
