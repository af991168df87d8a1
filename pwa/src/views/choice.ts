/**
 * The choice a citizen makes on a guide (情形引导 answers, 点菜 items), kept for the session and carried
 * to the apply form in the address (?a=question:value&items=A,B), and the questions as radio groups.
 * Pure: no network (views/situation.ts asks the server what applies).
 */
import { html, type Html } from '../dom'
import { isEn, pick, t } from '../i18n'
import type { Bundle, Question } from '../types'
import { badge } from './parts'

/** What a citizen chose: answers by question code, and a bundle's items (null: as offered). */
export interface Choice {
  answers: Record<string, string>
  items: string[] | null
}

const STORE = 'ov-situation:'

/** The choice made on this code's guide this session (the apply form and a return visit reuse it). */
export function choiceOf(code: string): Choice {
  try {
    const kept = JSON.parse(sessionStorage.getItem(STORE + code) ?? 'null') as Choice | null
    if (kept && typeof kept.answers === 'object') return kept
  } catch {
    /* no storage */
  }
  return { answers: {}, items: null }
}

export function keep(code: string, c: Choice): void {
  try {
    sessionStorage.setItem(STORE + code, JSON.stringify(c))
  } catch {
    /* no storage: the apply link still carries it */
  }
}

/** The query string the apply form reads: a=question:value (repeated), items=A,B. */
export function choiceQuery(c: Choice): string {
  const q = new URLSearchParams()
  for (const [code, value] of Object.entries(c.answers)) q.append('a', `${code}:${value}`)
  if (c.items) q.set('items', c.items.join(','))
  return q.toString()
}

export function parseChoice(q: URLSearchParams): Choice {
  const answers: Record<string, string> = {}
  for (const pair of q.getAll('a')) {
    const at = pair.indexOf(':')
    if (at > 0) answers[pair.slice(0, at)] = pair.slice(at + 1)
  }
  const items = q.get('items')
  return { answers, items: items ? items.split(',').filter(Boolean) : null }
}

/** The variables of the Situation query (and of applyForm / the submission). */
export function choiceVars(c: Choice): { answers: { question: string; value: string }[]; items: string[] | null } {
  return { answers: Object.entries(c.answers).map(([question, value]) => ({ question, value })), items: c.items }
}

const asked = (q: Question): string => (isEn() && q.questionEn ? q.questionEn : q.question)
const said = (o: Question['options'][number]): string => (isEn() && o.labelEn ? o.labelEn : o.label)

/** The questions as groups of big radio buttons (also on the apply form). */
export function questionsHtml(questions: Question[], answers: Record<string, string>): Html {
  return html`${questions.map(
    (q) => html`<fieldset class="q" data-q="${q.code}"><legend>${asked(q)}</legend><div class="opts">${q.options.map(
      (o) =>
        html`<label class="opt"><input type="radio" name="sq-${q.code}" value="${o.value}"${
          answers[q.code] === o.value ? html` checked` : ''
        }><span>${said(o)}</span></label>`,
    )}</div></fieldset>`,
  )}`
}

/** 点菜: a bundle's items as checkboxes, 必办 ones fixed (the guide, the apply form, the counter's intake). */
export function pickHtml(b: Bundle, chosen: string[] | null): Html {
  const s = t()
  const on = (code: string, byDefault: boolean) => (chosen ? chosen.includes(code) : byDefault)
  const row = (code: string, name: string, dept: string, kind: 'required' | 'optional' | 'extra') =>
    html`<label class="opt item-opt"><input type="checkbox" name="item" value="${code}"${
      kind === 'required' ? html` checked disabled` : on(code, kind === 'optional') ? html` checked` : ''
    }><span><span class="nm">${name}</span><small>${dept}</small></span>${
      kind === 'required' ? badge(s.requiredItem, 'kind') : kind === 'extra' ? badge(s.addableItem, 'ok') : ''
    }</label>`
  return html`<fieldset class="q pick"><legend>${s.pickTitle}</legend><p class="hint">${s.pickLead}</p><div class="opts">${b.items.map((it) =>
    row(it.code, pick(it), pick(it.department), b.optional.includes(it.code) ? 'optional' : 'required'),
  )}${b.extras.map((it) => row(it.code, pick(it), pick(it.department), 'extra'))}</div></fieldset>`
}
