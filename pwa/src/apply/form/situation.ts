/**
 * 情形引导 and 点菜 on the apply form: the answers and chosen items come from the guide (?a=…&items=…,
 * views/situation.ts); the server sends the form and materials for them (applyForm) and the
 * submission carries them. Changing an answer or an item here loads the form for the new choice; what
 * was typed is kept. A helper filing for someone (?for=…) answers and chooses here (the guide's apply
 * button would file for the helper themselves).
 */
import { type Choice, html, navigate, situation, type Html } from '../../shared/kit'
import type { Guide } from '../../types'
import { s } from '../strings'
import { type FormState, itemName, page } from './state'

/** The answers and items of this visit: the address first, else what the guide kept this session. */
export function choiceFrom(code: string, query: URLSearchParams): Choice {
  const given = situation().parseChoice(query)
  return Object.keys(given.answers).length || given.items ? given : situation().choiceOf(code)
}

/** The bundle, when it lets the applicant leave items out or add some (点菜). */
function pickable(): Extract<Guide, { __typename: 'Bundle' }> | null {
  const g = page.guide
  return g?.__typename === 'Bundle' && (g.optional.length > 0 || g.extras.length > 0) ? g : null
}

export function situationHtml(st: FormState): Html | '' {
  const sit = page.form?.situation
  const bundle = pickable()
  if (!sit || (!sit.questions.length && !st.choice.items && !bundle)) return ''
  const t = s()
  const left = sit.unanswered.length
  const out = new Set(st.choice.items?.filter((code) => !sit.chosen.includes(code)))
  return html`<section class="sec situ" id="apply-situ" aria-labelledby="apply-situ-h">
<h2 id="apply-situ-h">${t.yourSituation}</h2>
${left ? html`<p class="notice" id="situ-needed">${t.answerFirst(left)}</p>` : html`<p class="hint">${t.situationLead}</p>`}
<form id="apply-situ-form">${situation().questionsHtml(sit.questions, st.choice.answers)}${bundle ? situation().pickHtml(bundle, st.choice.items) : ''}</form>
${out.size ? html`<p class="hint" id="situ-out">${t.itemsNotForAnswers}${[...out].map(itemName).join('、')}</p>` : ''}
${st.forId ? '' : html`<p><a href="/g/${encodeURIComponent(st.code)}">${t.changeOnGuide}</a></p>`}
</section>`
}

/** The answers and the items ticked (null: the bundle as offered). */
function readChoice(form: HTMLFormElement): Choice {
  const answers: Record<string, string> = {}
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked'))
    if (input.name.startsWith('sq-')) answers[input.name.slice(3)] = input.value
  const bundle = pickable()
  if (!bundle) return { answers, items: null }
  const items = [...form.querySelectorAll<HTMLInputElement>('input[name=item]:checked')].map((box) => box.value)
  const asOffered = items.length === bundle.items.length && bundle.items.every((it) => items.includes(it.code))
  return { answers, items: asOffered ? null : items }
}

/** An answer changed: the form for it (same state: what was typed stays). */
export function wireSituation(root: HTMLElement, st: FormState): void {
  const form = root.querySelector<HTMLFormElement>('#apply-situ-form')
  if (!form) return
  form.addEventListener('submit', (e) => e.preventDefault())
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (!(input.name.startsWith('sq-') || input.name === 'item') || st.phase !== 'editing') return
    st.choice = readChoice(form)
    const q = new URLSearchParams(situation().choiceQuery(st.choice))
    if (st.forId) q.set('for', st.forId)
    if (st.draftId) q.set('draft', st.draftId)
    navigate(`/apply/${encodeURIComponent(st.code)}?${q.toString()}`, true)
  })
}
