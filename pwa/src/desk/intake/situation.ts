/**
 * 情形引导 and 点菜 at the counter: the questions the citizen's guide and apply form ask (the same
 * components, big radio buttons and item checkboxes, handed over by the kit), read out by the clerk and
 * answered for the walk-in. Each answer or item changed loads the counter form for it (counterForm:
 * the rules live in api/catalog/situations.py), keeping what was typed; the submission carries them.
 */
import { type Choice, html, type Html, situation } from '../../shared/kit'
import type { Guide } from '../../types'
import { s } from '../strings'
import type { CounterForm } from './api'

type Bundle = Extract<Guide, { __typename: 'Bundle' }>

/** The bundle, when it lets the person leave items out or add some (点菜). */
function pickable(g: Guide | null): Bundle | null {
  return g?.__typename === 'Bundle' && (g.optional.length > 0 || g.extras.length > 0) ? g : null
}

export function situationHtml(form: CounterForm, g: Guide | null, choice: Choice): Html | '' {
  const sit = form.situation
  const bundle = pickable(g)
  if (!sit || (!sit.questions.length && !bundle)) return ''
  const t = s()
  const left = sit.unanswered.length
  return html`<section class="situ" id="intake-situ" aria-labelledby="h-situ"><h2 id="h-situ">${t.stepSituation}</h2>
${sit.questions.length ? html`<p class="hint">${t.situationRead}</p>` : ''}
<form id="situ-form">${situation().questionsHtml(sit.questions, choice.answers)}${bundle ? situation().pickHtml(bundle, choice.items) : ''}</form>
<p class="notice" id="situ-left"${left ? '' : html` hidden`}>${t.situationLeft(left)}</p></section>`
}

/** The answers to the questions on screen and the items ticked (null: the bundle as offered). */
export function readChoice(form: HTMLFormElement, g: Guide | null): Choice {
  const answers: Record<string, string> = {}
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked'))
    if (input.name.startsWith('sq-')) answers[input.name.slice(3)] = input.value
  const bundle = pickable(g)
  if (!bundle) return { answers, items: null }
  const items = [...form.querySelectorAll<HTMLInputElement>('input[name=item]:checked')].map((box) => box.value)
  const asOffered = items.length === bundle.items.length && bundle.items.every((it) => items.includes(it.code))
  return { answers, items: asOffered ? null : items }
}

/** Draw the section again for the form just loaded, the focus back on the control that was changed. */
export function redrawSituation(root: HTMLElement, form: CounterForm, g: Guide | null, choice: Choice): void {
  const box = root.querySelector<HTMLElement>('#situ-box')
  if (!box) return
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : null
  const key = focused && box.contains(focused) ? `input[name="${focused.name}"][value="${focused.value}"]` : null
  const next = situationHtml(form, g, choice)
  box.innerHTML = next ? next.value : ''
  // an item the answers leave out (出生医学证明 for a baby born in another province): struck through
  const chosen = form.situation?.chosen ?? []
  for (const item of box.querySelectorAll<HTMLInputElement>('input[name=item]:checked')) {
    if (chosen.includes(item.value)) continue
    item.closest('label')?.classList.add('na')
    item.closest('label')?.querySelector('small')?.insertAdjacentHTML('afterend', html`<small class="na-why">${s().notForAnswers}</small>`.value)
  }
  if (key) root.querySelector<HTMLInputElement>(`#intake-situ ${key}`)?.focus()
}

/** The first question not asked yet, focused, when there is one. */
export function focusUnanswered(root: HTMLElement, form: CounterForm): boolean {
  const first = form.situation?.unanswered[0]
  if (!first) return false
  root.querySelector<HTMLInputElement>(`#intake-situ fieldset[data-q="${first}"] input`)?.focus()
  return true
}
