/**
 * The live part of a guide's situation section (views/situation.ts), a lazy chunk: on each change it
 * asks the server what applies (the public persisted Situation query; the rules live in
 * api/catalog/situations.py) and shows the shorter list, the departments and the savings, and points
 * the apply button at the form for this choice. Offline, an answer seen before comes from the saved
 * copy; otherwise the full list stays. Like every lazy chunk it imports nothing at run time: the main
 * bundle hands it what it needs (``Deps``).
 */
import type { query as Query } from '../api'
import type { html as Html_, Html } from '../dom'
import type { isEn as IsEn, pick as Pick, t as T } from '../i18n'
import type { formLabel as FormLabel } from '../labels'
import type { Situation } from '../types'
import type { choiceQuery as ChoiceQuery, choiceVars as ChoiceVars, keep as Keep } from './choice'
import type { badge as Badge, savingsGrid as SavingsGrid } from './parts'
import type { Guide, read as Read } from './situation'

export interface Deps {
  query: typeof Query
  html: typeof Html_
  t: typeof T
  pick: typeof Pick
  isEn: typeof IsEn
  formLabel: typeof FormLabel
  badge: typeof Badge
  savingsGrid: typeof SavingsGrid
  choiceQuery: typeof ChoiceQuery
  choiceVars: typeof ChoiceVars
  keep: typeof Keep
  read: typeof Read
}

const ZH = {
  yourList: (n: number) => `按您的情况，需要准备 ${n} 份材料`,
  yourItems: (n: number, d: number) => `办 ${n} 个事项，涉及 ${d} 个部门`,
  questionsLeft: (n: number) => `还有 ${n} 个问题没有回答，回答后清单会更准确。`,
  showAll: '查看全部可能需要的材料',
  notNeeded: '按您的回答，不用办这一项',
}
const EN: typeof ZH = {
  yourList: (n) => `For your situation: ${n} document${n === 1 ? '' : 's'} to bring`,
  yourItems: (n, d) => `${n} item${n === 1 ? '' : 's'}, ${d} department${d === 1 ? '' : 's'}`,
  questionsLeft: (n) => `${n} question${n === 1 ? '' : 's'} left: answer ${n === 1 ? 'it' : 'them'} for an exact list.`,
  showAll: 'Show every document that may be needed',
  notNeeded: 'Not needed, going by your answers',
}

function resultHtml(d: Deps, sit: Situation): Html {
  const { html, pick, formLabel, badge } = d
  const s = d.t()
  const w = d.isEn() ? EN : ZH
  const bring = sit.materials.filter((m) => !m.waived && !m.producedInBundle)
  const skip = sit.materials.filter((m) => m.waived || m.producedInBundle)
  const left = sit.unanswered.length
  return html`${left ? html`<p class="notice situ-left">${w.questionsLeft(left)}</p>` : ''}
<p class="situ-sum"><strong id="situ-count">${w.yourList(bring.length)}</strong>${
    sit.savings ? html`<span>${w.yourItems(sit.chosen.length, sit.departments.length)}</span>` : ''
  }</p>
<ol class="mats situ-mats" id="situ-mats">${bring.map(
    (m) => html`<li class="mat"><span class="mat-n">${pick(m.material)}</span><span class="meta">${formLabel(m.form)} · ${s.copies(m.copies)}${
      m.required ? '' : ` · ${s.optional}`
    }</span></li>`,
  )}</ol>
${skip.length ? html`<p class="hint">${s.notNeeded(skip.length)}${s.colon}${skip.map((m) => pick(m.material)).join('、')}</p>` : ''}
<p class="chips">${sit.departments.map((d) => badge(pick(d), 'ch'))}</p>
<p><button type="button" class="btn alt block" id="situ-all" aria-controls="materials">${w.showAll}</button></p>`
}

/** The section's behaviour: returns what to run on each change (and once at once). */
export function wire(root: HTMLElement, form: HTMLFormElement, g: Guide, d: Deps): () => Promise<void> {
  const { html } = d
  const w = d.isEn() ? EN : ZH
  const box = root.querySelector<HTMLElement>('#situ-result')
  const full = root.querySelector<HTMLElement>('#materials')
  const apply = root.querySelector<HTMLAnchorElement>('#apply')
  const fullSavings = root.querySelector<HTMLElement>('.save-box .savings')?.outerHTML
  const savings = (markup: string | undefined) => {
    const grid = root.querySelector<HTMLElement>('.save-box .savings')
    if (grid && markup) grid.outerHTML = markup
  }
  box?.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('#situ-all') || !full) return
    full.hidden = false
    full.querySelector<HTMLElement>('h2, summary')?.focus()
  })
  let asking = 0
  return async () => {
    if (!box) return
    const c = d.read(form, g)
    d.keep(g.code, c)
    const qs = d.choiceQuery(c)
    if (apply) apply.href = `/apply/${encodeURIComponent(g.code)}${qs ? `?${qs}` : ''}`
    const mine = ++asking
    const showAll = (markup: string) => {
      box.innerHTML = markup
      if (full) full.hidden = false
      savings(fullSavings)
    }
    if (!qs) return showAll('')
    try {
      const { data } = await d.query('Situation', { code: g.code, ...d.choiceVars(c) })
      if (mine !== asking) return
      const sit = data.situation
      if (sit.__typename !== 'Situation') {
        return showAll(html`<p class="notice bad" role="alert">${d.isEn() ? sit.messageEn : sit.message}</p>`.value)
      }
      const relevant = new Set(sit.questions.map((q) => q.code))
      form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]').forEach((fs) => (fs.hidden = !relevant.has(fs.dataset.q ?? '')))
      // the heading counts the questions still asked (none once the items asking them are left out)
      const heading = root.querySelector<HTMLElement>('#situation-h')
      if (heading) heading.textContent = relevant.size ? d.t().situationTitle(relevant.size) : d.t().pickTitle
      const lead = root.querySelector<HTMLElement>('#situation-lead')
      if (lead) lead.hidden = !relevant.size
      // an item the answers leave out (出生医学证明 for a baby born in another province): struck through
      form.querySelectorAll<HTMLInputElement>('input[name=item]').forEach((box) => {
        const out = box.checked && !sit.chosen.includes(box.value)
        const label = box.closest('label')
        label?.classList.toggle('na', out)
        label?.querySelector('.na-why')?.remove()
        if (out) label?.querySelector('small')?.insertAdjacentHTML('afterend', html`<small class="na-why">${w.notNeeded}</small>`.value)
      })
      box.innerHTML = resultHtml(d, sit).value
      if (full) full.hidden = true
      savings(sit.savings ? d.savingsGrid(sit.savings).value : fullSavings)
    } catch {
      if (mine === asking) showAll(html`<p class="notice">${d.t().situationOffline}</p>`.value)
    }
  }
}
