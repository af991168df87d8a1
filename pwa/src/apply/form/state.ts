/**
 * What the form is made of and where it stands: the state kept while the page is redrawn, the
 * materials' names, ids of fields.
 */
import { type Guide, type SuppliedBy } from '../../types'
import { type AppMaterial, type Application, type ApplyForm, type Value } from '../api'
import { type Message } from '../checks'
import { type Choice, pick } from '../../shared/kit'

export interface Slot {
  material: string
  state: 'empty' | 'uploading' | 'done' | 'waiting' | 'failed'
  file?: Blob
  name?: string
  pdf?: boolean
  upload?: string
  preview?: string
  progress?: number
  error?: Message
  /** A refusal by the server (type, size): trying the same file again will not help. */
  refused?: boolean
  job?: Promise<void>
}

export interface FormState {
  code: string
  userId: string
  key: string
  values: Record<string, Value>
  slots: Record<string, Slot>
  draftId: string | null
  /** A helper's form: the person they apply for (onBehalfOf), who consented to it. */
  forId: string | null
  version: number | null
  /** Field or material id → what is wrong; `server`: the server said so, of this value (JSON). */
  problems: Record<string, Message & { server?: string }>
  phase: 'editing' | 'queued' | 'sent'
  sent?: Application
  /** 告知承诺 signed on this form: item code → the version of the text shown. */
  commitments?: Record<string, number>
  notice?: { text: Message; tone: '' | 'ok' | 'bad' }
  /** 情形引导 and 点菜: the answers and the bundle's items chosen (null: as offered), sent with it. */
  choice: Choice
}

export interface MaterialInfo {
  nameEn: string
  suppliedBy: SuppliedBy
  producer: string | null
}

export function materialInfo(code: string): MaterialInfo | null {
  const g = page.guide
  if (!g || g.__typename === 'NotFound') return null
  if (g.__typename === 'Bundle') {
    const m = g.materials.find((x) => x.material.code === code)
    if (!m) return null
    const by = m.producedInBundle ? g.items.find((it) => it.output?.code === code) : undefined
    return { nameEn: m.material.nameEn, suppliedBy: m.material.suppliedBy, producer: by ? pick(by.name, by.nameEn) : null }
  }
  const m = g.materials.find((x) => x.material.code === code)
  return m ? { nameEn: m.material.nameEn, suppliedBy: m.material.suppliedBy, producer: null } : null
}

/** The page's state, kept while the page is redrawn (language, 关怀版) or left for sign-in. */
export const page: {
  /** The form being filled in. */
  state: FormState | null
  form: ApplyForm | null
  /** The state of the form on screen (also after `state` is cleared by sending it). */
  current: FormState | null
  /** The guide of the item or bundle (names of materials and items in both languages). */
  guide: Guide | null
} = { state: null, form: null, current: null, guide: null }

export const materialName = (m: AppMaterial): string => pick(m.name, materialInfo(m.material)?.nameEn ?? '')

export function itemName(code: string): string {
  const g = page.guide
  if (g?.__typename === 'Bundle') {
    const it = [...g.items, ...g.extras].find((x: { code: string }) => x.code === code)
    if (it) return pick(it.name, it.nameEn)
  }
  return code
}

export const asked = (m: AppMaterial) => m.status !== 'WAIVED' && m.status !== 'PRODUCED'

/** Must be uploaded before submitting (required and not 容缺). */
export const mustUpload = (m: AppMaterial) => asked(m) && m.required && !m.deferrable

export const GROUPS = new Set(['choice', 'multi_choice', 'boolean'])

/** The address of a saved draft (a helper's keeps the person it is for). */
export function draftUrl(code: string, draftId: string, forId: string | null): string {
  const who = forId ? `&for=${encodeURIComponent(forId)}` : ''
  return `/apply/${encodeURIComponent(code)}?draft=${encodeURIComponent(draftId)}${who}`
}

export const fid = (code: string) => `f-${code}`

export const mid = (code: string) => `m-${code}`

export const problemOf = (st: FormState, id: string): string => {
  const p = st.problems[id]
  return p ? pick(p.zh, p.en) : ''
}
