/**
 * A form for any catalogue entry, built from the entry itself (no list of keys to keep in step with
 * the server): each text `x` is shown with its English `x_en` side by side; a list of texts
 * (`conditions`) as two boxes, one line per text, Chinese and English; codes, numbers and yes/no as
 * plain inputs; lists of sub-entries (materials, steps, window groups) as fieldsets that can be added
 * and removed; anything else as JSON. Keys the form does not know are kept as they were.
 *
 * Every input carries its path in the entry (`data-path`, JSON) and how to read it (`data-kind`);
 * `readEntry` writes the inputs back into a copy of the entry.
 */
import { html, type Html } from '../shared/kit'
import { s } from './strings'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Obj = { [key: string]: Json }
type Path = (string | number)[]

/** Keys holding codes, enums or numbers: never paired with English (as api/catalog_admin/checks.py). */
const NOT_TEXT = new Set([
  'code', 'department', 'departments', 'kind', 'subject', 'hall', 'material', 'form', 'place', 'type', 'prefill',
  'issued_by', 'key', 'field', 'waits', 'output', 'supplied_by', 'phone', 'pattern', 'value', 'windows', 'items',
  'bundles', 'next', 'channels', 'cross_region', 'keywords', 'legal_basis', 'children', 'min', 'max', 'upload',
  'content_type', 'file',
])
const TEXT_LISTS = new Set(['conditions'])
const LONG_TEXTS = new Set(['summary', 'eligibility', 'description', 'answer'])
const LONG = 36

/** A value as text: texts as they are, numbers and the like as JSON. */
const text = (v: Json | undefined): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v))

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
/** What a key is called on screen (the key itself when the form has no name for it). */
const named = (key: string): string => s().catKeys[key] ?? key
const idOf = (path: Path): string => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`

function input(path: Path, kind: string, label: string, lang = '', long = false): Html {
  const id = idOf(path)
  const where = JSON.stringify(path)
  const l = lang ? html` lang="${lang}"` : ''
  const box = long
    ? html`<textarea id="${id}" data-path="${where}" data-kind="${kind}" rows="3"${l}></textarea>`
    : html`<input id="${id}" data-path="${where}" data-kind="${kind}"${l}${kind === 'num' ? html` type="number" step="any" inputmode="decimal"` : ''}>`
  return html`<div class="field"><label for="${id}">${label}</label>${box}</div>`
}

function textPair(obj: Obj, key: string, path: Path): Html {
  const t = s()
  const long = LONG_TEXTS.has(key) || text(obj[key]).length > LONG || text(obj[`${key}_en`]).length > LONG * 2
  return html`<div class="pair" role="group" aria-label="${named(key)}">${input([...path, key], 'str', `${named(key)} · ${t.catZh}`, 'zh-CN', long)}${input(
    [...path, `${key}_en`],
    'str',
    `${named(key)} · ${t.catEn}`,
    'en',
    long,
  )}</div>`
}

function linesPair(key: string, path: Path): Html {
  const t = s()
  return html`<div class="pair" role="group" aria-label="${named(key)}">${input([...path, key], 'lines', `${named(key)} · ${t.catZh}（${t.catOnePerLine}）`, 'zh-CN', true)}${input(
    [...path, `${key}_en`],
    'lines',
    `${named(key)} · ${t.catEn}（${t.catOnePerLine}）`,
    'en',
    true,
  )}</div>`
}

function listOfEntries(rows: Obj[], key: string, path: Path): Html {
  const t = s()
  return html`<fieldset class="sub"><legend>${named(key)}</legend>${rows.map(
    (row, i) => html`<fieldset class="sub-entry"><legend>${named(key)} ${i + 1}${row.material || row.title || row.code ? ` · ${text(row.material ?? row.title ?? row.code)}` : ''}</legend>${fields(
      row,
      [...path, key, i],
    )}<p><button type="button" class="btn alt small" data-remove="${JSON.stringify([...path, key, i])}">${t.catRemoveRow}</button></p></fieldset>`,
  )}<p><button type="button" class="btn alt small" data-add="${JSON.stringify([...path, key])}">${t.catAddRow(named(key))}</button></p></fieldset>`
}

function fields(obj: Obj, path: Path): Html[] {
  const out: Html[] = []
  for (const [key, value] of Object.entries(obj)) {
    if (key.endsWith('_en') && !NOT_TEXT.has(key) && key.slice(0, -3) in obj) continue // shown with its pair
    const here = [...path, key]
    if (typeof value === 'string' && !NOT_TEXT.has(key)) out.push(textPair(obj, key, path))
    else if (typeof value === 'string' || value === null) out.push(input(here, value === null ? 'null' : 'str', named(key)))
    else if (typeof value === 'number') out.push(input(here, 'num', named(key)))
    else if (typeof value === 'boolean') {
      const id = idOf(here)
      out.push(html`<div class="field check"><input type="checkbox" id="${id}" data-path="${JSON.stringify(here)}" data-kind="bool"><label for="${id}">${named(key)}</label></div>`)
    } else if (isTexts(value) && (TEXT_LISTS.has(key) || `${key}_en` in obj)) out.push(linesPair(key, path))
    else if (isTexts(value)) out.push(input(here, 'lines', `${named(key)}（${s().catOnePerLine}）`, '', true))
    else if (Array.isArray(value) && value.length && value.every(isObj)) out.push(listOfEntries(value.filter(isObj), key, path))
    else if (isObj(value)) {
      out.push(html`<fieldset class="sub"><legend>${named(key)}</legend>${fields(value, here)}</fieldset>`)
    } else out.push(input(here, 'json', `${named(key)} (JSON)`, '', true))
  }
  return out
}

/** The form's fields for `entry`; `fill` then puts the values in (kept out of the markup on purpose). */
export const entryFields = (entry: Obj): Html[] => fields(entry, [])

function at(entry: Obj, path: Path): Json | undefined {
  let here: Json | undefined = entry
  for (const step of path) here = Array.isArray(here) ? here[step as number] : isObj(here) ? here[step as string] : undefined
  return here
}

function put(entry: Obj, path: Path, value: Json | undefined): void {
  const parent = at(entry, path.slice(0, -1)) as Obj | Json[]
  const last = path[path.length - 1]
  if (value === undefined) delete (parent as Obj)[last as string]
  else (parent as Obj)[last as string] = value
}

const pathOf = (el: HTMLElement): Path => JSON.parse(el.dataset.path ?? '[]') as Path
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean)

/** Put the entry's values into the form's inputs. */
export function fill(form: HTMLElement, entry: Obj): void {
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-path]')) {
    const value = at(entry, pathOf(el))
    const kind = el.dataset.kind
    if (kind === 'bool') (el as HTMLInputElement).checked = value === true
    else if (kind === 'lines') el.value = Array.isArray(value) ? value.map(text).join('\n') : ''
    else if (kind === 'json') el.value = value === undefined ? '' : JSON.stringify(value, null, 1)
    else el.value = text(value)
    if (el instanceof HTMLTextAreaElement) el.rows = Math.min(10, Math.max(2, el.value.split('\n').length, Math.ceil(el.value.length / 20)))
  }
}

/** The entry with the form's values (a copy); throws SyntaxError naming a JSON box that does not parse. */
export function readEntry(form: HTMLElement, entry: Obj): Obj {
  const copy = JSON.parse(JSON.stringify(entry)) as Obj
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-path]')) {
    const path = pathOf(el)
    const kind = el.dataset.kind
    const text = el.value
    const isEnglish = String(path[path.length - 1]).endsWith('_en')
    let value: Json | undefined
    if (kind === 'bool') value = (el as HTMLInputElement).checked
    else if (kind === 'num') value = text.trim() === '' ? null : Number(text)
    else if (kind === 'lines') value = lines(text)
    else if (kind === 'json') {
      try {
        value = text.trim() === '' ? undefined : (JSON.parse(text) as Json)
      } catch {
        throw new SyntaxError(String(path.join('.')))
      }
    } else if (kind === 'null') value = text.trim() === '' ? null : text
    else value = text
    if (isEnglish && (value === '' || (Array.isArray(value) && !value.length)) && at(entry, path) === undefined) value = undefined
    put(copy, path, value)
  }
  return copy
}

/** Add a row to the list at `path` (the last row's keys, emptied) or remove the row at `path`. */
export function changeRows(entry: Obj, path: Path, add: boolean): void {
  if (!add) {
    const list = at(entry, path.slice(0, -1)) as Json[]
    list.splice(path[path.length - 1] as number, 1)
    return
  }
  const list = at(entry, path) as Obj[]
  const blank = (v: Json): Json => (typeof v === 'string' ? '' : typeof v === 'number' ? 0 : typeof v === 'boolean' ? false : Array.isArray(v) ? [] : isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)])) : null)
  list.push(blank(list[list.length - 1] ?? {}) as Obj)
}
