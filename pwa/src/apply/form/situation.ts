/**
 * 情形引导 and 点菜 on the apply form: the answers and chosen items come from the guide (?a=…&items=…,
 * views/situation.ts); the server sends the form and materials for them (applyForm) and the
 * submission carries them. Changing an answer here loads the form for the new answer; what was typed
 * is kept.
 */
import { type Choice, html, navigate, pick, situation, type Html } from '../../shared/kit'
import { s } from '../strings'
import { type FormState, page } from './state'

/** The answers and items of this visit: the address first, else what the guide kept this session. */
export function choiceFrom(code: string, query: URLSearchParams): Choice {
  const given = situation().parseChoice(query)
  return Object.keys(given.answers).length || given.items ? given : situation().choiceOf(code)
}

export function situationHtml(st: FormState): Html | '' {
  const sit = page.form?.situation
  if (!sit || (!sit.questions.length && !st.choice.items)) return ''
  const t = s()
  const g = page.guide
  const names = g?.__typename === 'Bundle' ? new Map(g.items.map((it) => [it.code, pick(it.name, it.nameEn)])) : new Map<string, string>()
  for (const it of g?.__typename === 'Bundle' ? g.extras : []) names.set(it.code, pick(it.name, it.nameEn))
  const left = sit.unanswered.length
  return html`<section class="sec situ" id="apply-situ" aria-labelledby="apply-situ-h">
<h2 id="apply-situ-h">${t.yourSituation}</h2>
${left ? html`<p class="notice" id="situ-needed">${t.answerFirst(left)}</p>` : html`<p class="hint">${t.situationLead}</p>`}
${sit.questions.length ? html`<form id="apply-situ-form">${situation().questionsHtml(sit.questions, st.choice.answers)}</form>` : ''}
${st.choice.items ? html`<p id="situ-items"><strong>${t.itemsChosen}：</strong>${sit.chosen.map((c) => names.get(c) ?? c).join('、')}</p>` : ''}
<p><a href="/g/${encodeURIComponent(st.code)}">${t.changeOnGuide}</a></p>
</section>`
}

/** An answer changed: the form for it (same state: what was typed stays). */
export function wireSituation(root: HTMLElement, st: FormState): void {
  const form = root.querySelector<HTMLFormElement>('#apply-situ-form')
  if (!form) return
  form.addEventListener('submit', (e) => e.preventDefault())
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (!input.name.startsWith('sq-') || st.phase !== 'editing') return
    st.choice = { ...st.choice, answers: { ...st.choice.answers, [input.name.slice(3)]: input.value } }
    const q = new URLSearchParams(situation().choiceQuery(st.choice))
    if (st.forId) q.set('for', st.forId)
    if (st.draftId) q.set('draft', st.draftId)
    navigate(`/apply/${encodeURIComponent(st.code)}?${q.toString()}`, true)
  })
}
