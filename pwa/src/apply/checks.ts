/**
 * The phone's checks of a form value, mirroring the server's (api/catalog/forms.py): types, lengths,
 * patterns, ranges, choices, identity numbers with their check characters. A convenience that saves
 * a round trip; the server's problems are what counts and replace these when they come back.
 */
import { checkChar } from '../account/idnumber'
import type { FormField, Value } from './api'
import { both, type Strings } from './strings'

export interface Message {
  zh: string
  en: string
}

const GROUPS = new Set(['choice', 'multi_choice', 'boolean'])

export function isEmpty(v: Value | undefined | null): boolean {
  if (v == null) return true
  if (typeof v === 'string') return !v.trim()
  if (Array.isArray(v)) return !v.length
  return false
}

const pad = (n: number) => String(n).padStart(2, '0')
function todayIso(): string {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const [y, m, d] = text.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCheckChar(first17: string): string {
  let total = 0
  for (let i = 0; i < 17; i++) total += USCC.indexOf(first17[i]) * USCC_WEIGHTS[i]
  return USCC[(31 - (total % 31)) % 31]
}

function one(f: FormField, v: Value | undefined, t: Strings, lang: 'zh' | 'en'): string | null {
  const name = lang === 'en' ? f.name_en || f.name : f.name
  const r = f.rules ?? {}
  if (isEmpty(v)) {
    if (!f.required || f.produced_by) return null
    return GROUPS.has(f.type) ? t.requiredChoice(name) : t.required(name)
  }
  if (f.type === 'multi_choice') {
    const allowed = new Set((r.choices ?? []).map((c) => c.value))
    return Array.isArray(v) && v.every((x) => allowed.has(x)) ? null : t.requiredChoice(name)
  }
  if (f.type === 'choice') {
    return (r.choices ?? []).some((c) => c.value === v) ? null : t.requiredChoice(name)
  }
  if (f.type === 'boolean') return typeof v === 'boolean' ? null : t.requiredChoice(name)
  const raw = String(v)
  const text = raw.trim()
  switch (f.type) {
    case 'date': {
      if (!validDate(text)) return t.badDate(name)
      const bound = (b: string) => (b === 'today' ? todayIso() : b)
      const show = (b: string) => (b === 'today' ? t.today : b)
      if (r.min && text < bound(r.min)) return t.dateBefore(name, show(r.min))
      if (r.max && text > bound(r.max)) return t.dateAfter(name, show(r.max))
      return null
    }
    case 'number':
    case 'money': {
      const n = text.replace(/[,，]/g, '')
      if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(n)) return t.badNumber(name)
      const fraction = (n.split('.')[1] ?? '').replace(/0+$/, '')
      const decimals = r.decimals ?? (f.type === 'money' ? 2 : null)
      if (decimals != null && fraction.length > decimals) return decimals === 0 ? t.wholeNumber(name) : t.decimals(name, decimals)
      const x = Number(n)
      if (r.min != null && x < Number(r.min)) return t.below(name, r.min)
      if (r.max != null && x > Number(r.max)) return t.above(name, r.max)
      return null
    }
    case 'phone': {
      let digits = raw.replace(/[\s-]/g, '')
      if (digits.startsWith('+86')) digits = digits.slice(3)
      return /^1[3-9]\d{9}$/.test(digits) ? null : t.badPhone
    }
    case 'id_number': {
      const id = text.toUpperCase()
      const m = /^[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id)
      if (!m) return t.badId
      const born = `${m[1]}-${m[2]}-${m[3]}`
      if (!validDate(born) || Number(m[1]) < 1900 || born > todayIso()) return t.badIdDate
      return checkChar(id) === id[17] ? null : t.badIdCheck
    }
    case 'credit_code': {
      const code = text.toUpperCase()
      if (!/^[1-9A-HY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return t.badCredit
      return creditCheckChar(code) === code[17] ? null : t.badCreditCheck
    }
    case 'email':
      if (!/^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(text)) return t.badEmail(name)
      break
  }
  // text, textarea, address, email: lengths and pattern on the text as the server cleans it
  const cleaned = f.type === 'textarea' ? text.replace(/\r\n/g, '\n') : f.type === 'email' ? text : text.split(/\s+/).join(' ')
  const length = [...cleaned].length
  if (r.min_length != null && length < r.min_length) return t.tooShort(name, r.min_length)
  if (r.max_length != null && length > r.max_length) return t.tooLong(name, r.max_length)
  if (r.pattern) {
    let re: RegExp | null
    try {
      re = new RegExp(`^(?:${r.pattern})$`, 'u')
    } catch {
      re = null // a Python-only construct: leave it to the server
    }
    if (re && !re.test(cleaned)) {
      return lang === 'en' ? r.pattern_message_en || t.badPattern(name) : r.pattern_message || t.badPattern(name)
    }
  }
  return null
}

/** What is wrong with a value, in both languages; null when the phone finds nothing. */
export function check(f: FormField, v: Value | undefined): Message | null {
  const zh = one(f, v, both.zh, 'zh')
  if (zh === null) return null
  return { zh, en: one(f, v, both.en, 'en') ?? zh }
}
