/** Small pieces of markup and values every screen uses. */
import { html, isEn, type Html } from './kit'

export type Tone = '' | 'ok' | 'warn' | 'bad' | 'kind'

export const badge = (text: string, tone: Tone = ''): Html => html`<span class="badge${tone ? ` ${tone}` : ''}">${text}</span>`

/** lang attribute of a catalogue text shown in Chinese while the UI is English (it has no English yet). */
export const zhUnless = (en: string | null | undefined): Html => html`${isEn() && !en ? html` lang="zh-CN"` : ''}`

/** A key for one submission: the server returns the first result for a key seen before, so a retry never files twice. */
export function newKey(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A path segment decoded, or as typed when it is not valid percent-encoding. */
export function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
