/**
 * What is wrong with the form, found on the phone (./checks) or said by the server, shown next to
 * each field.
 */
import { type ApplicationError, type Value } from '../api'
import { check, isEmpty } from '../checks'
import { s } from '../strings'
import { setError } from '../../shared/feedback'
import { say } from '../../shared/live'
import { type FormState, materialInfo, mustUpload, fid, mid, problemOf, page } from './state'
import { spared } from './commitments'
import { readField } from './fields'

export function readAll(root: ParentNode, st: FormState): void {
  if (st.phase !== 'editing') return
  for (const f of page.form?.formSchema.fields ?? []) st.values[f.code] = readField(root, f)
}

export function dataOf(st: FormState): Record<string, Value> {
  const data: Record<string, Value> = {}
  for (const f of page.form?.formSchema.fields ?? []) {
    const v = st.values[f.code]
    if (!isEmpty(v)) data[f.code] = typeof v === 'string' ? v.trim() : v
  }
  return data
}

/** Show problems next to their fields (the rest in the alert), and focus the first. */
export function showProblems(root: HTMLElement, st: FormState, focus = true): void {
  const t = s()
  const order = [
    ...(page.form?.formSchema.fields ?? []).map((f) => fid(f.code)),
    ...(page.form?.materials ?? []).map((m) => mid(m.material)),
  ]
  for (const id of order) setError(root, id, problemOf(st, id) || null)
  const ids = order.filter((id) => st.problems[id])
  const stray = Object.keys(st.problems).filter((id) => !order.includes(id))
  const extra = stray.map((id) => problemOf(st, id))
  say(root, 'alert', [ids.length ? t.problems(ids.length) : '', ...extra].filter(Boolean).join(' '), 'bad')
  if (!focus) return
  const first = ids[0]
  if (!first) return void root.querySelector<HTMLElement>('#alert')?.focus()
  const target =
    root.querySelector<HTMLElement>(`#${first}`) ??
    root.querySelector<HTMLElement>(`#${first}-0`) ??
    root.querySelector<HTMLElement>(`#${first}-file`)
  target?.focus()
  root.querySelector(`#${first}-field`)?.scrollIntoView({ block: 'center' })
}

export function serverProblems(st: FormState, e: Pick<ApplicationError, 'code' | 'message' | 'messageEn' | 'problems'>): void {
  st.problems = {}
  const known = new Set((page.form?.formSchema.fields ?? []).map((f) => f.code))
  for (const p of e.problems) {
    const id = known.has(p.field) ? fid(p.field) : `other-${p.field}`
    st.problems[id] = { zh: p.message, en: p.messageEn, server: JSON.stringify(st.values[p.field] ?? null) }
  }
  if (!e.problems.length) st.problems['server'] = { zh: e.message, en: e.messageEn }
}

export function clientProblems(st: FormState): void {
  st.problems = {}
  for (const f of page.form?.formSchema.fields ?? []) {
    const p = check(f, st.values[f.code])
    if (p) st.problems[fid(f.code)] = p
  }
  for (const m of page.form?.materials ?? []) {
    const slot = st.slots[m.material]
    if (!mustUpload(m) || spared(st, m.material)) continue
    const name = { zh: m.name, en: materialInfo(m.material)?.nameEn || m.name }
    if (!slot || slot.state === 'empty' || (slot.state === 'failed' && slot.refused)) {
      st.problems[mid(m.material)] = { zh: `请上传“${name.zh}”`, en: `Upload “${name.en}”` }
    }
  }
}
