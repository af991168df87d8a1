/**
 * A hint while typing a resident ID number (GB 11643-1999): length, format, birth date, check
 * character (ISO 7064 MOD 11-2). Only a hint: the server decides, and its message is what is shown
 * as the field's error.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export function checkChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

export type IdHint =
  | { kind: 'empty' }
  | { kind: 'length'; n: number }
  | { kind: 'format' }
  | { kind: 'date'; date: string }
  | { kind: 'check'; expected: string }
  | { kind: 'ok' }

export function normalizeId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase()
}

export function idHint(value: string): IdHint {
  const id = normalizeId(value)
  if (!id) return { kind: 'empty' }
  if (!/^\d{0,17}[\dX]?$/.test(id) || (id.length < 18 && id.includes('X'))) return { kind: 'format' }
  if (id.length !== 18) return { kind: 'length', n: id.length }
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return { kind: 'format' }
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const born = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d || born.getTime() > Date.now()) {
    return { kind: 'date', date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` }
  }
  const expected = checkChar(id)
  if (expected !== id[17]) return { kind: 'check', expected }
  return { kind: 'ok' }
}
