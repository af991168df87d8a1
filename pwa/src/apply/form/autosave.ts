/**
 * Autosave: nothing typed is lost to a reload, the back button or a crash.
 *
 * Every change is written to this device first (localStorage, a few hundred milliseconds after the
 * last keystroke, and at once when the page is hidden), then saved as the server's draft
 * (saveDraft) a little later, quietly: a draft continues on another device. Coming back to the form
 * restores the local copy when it is at least as new as the server's draft. Files not yet uploaded
 * are not kept (a Blob does not fit in localStorage); uploaded ones are, by their upload id.
 * A sent or queued form forgets its copy; copies older than KEEP_DAYS are dropped.
 */
import { AUTOSAVE_PREFIX } from '../../shared/session'
import { type Value, isError, saveDraft } from '../api'
import { s } from '../strings'
import { type FormState, draftUrl, page } from './state'
import { dataOf } from './problems'

const PREFIX = AUTOSAVE_PREFIX
const LOCAL_MS = 300
const SERVER_MS = 2500
const KEEP_DAYS = 7

export interface Saved {
  values: Record<string, Value>
  uploads: Record<string, string>
  draftId: string | null
  version: number | null
  savedAt: string
}

/** One copy per account and form; a helper's, per person they act for too. */
const keyOf = (userId: string, code: string, forId: string | null): string =>
  `${PREFIX}${userId}:${code}${forId ? `:for:${forId}` : ''}`

function snapshot(st: FormState): Saved {
  const uploads: Record<string, string> = {}
  for (const slot of Object.values(st.slots)) if (slot.state === 'done' && slot.upload) uploads[slot.material] = slot.upload
  return { values: { ...st.values }, uploads, draftId: st.draftId, version: st.version, savedAt: new Date().toISOString() }
}

export function readLocal(userId: string, code: string, forId: string | null = null): Saved | null {
  try {
    const text = localStorage.getItem(keyOf(userId, code, forId))
    return text ? (JSON.parse(text) as Saved) : null
  } catch {
    return null
  }
}

/** Keep the form on this device now. */
export function writeLocal(st: FormState): void {
  if (st.phase !== 'editing') return
  try {
    localStorage.setItem(keyOf(st.userId, st.code, st.forId), JSON.stringify(snapshot(st)))
    mark(st, 'local')
  } catch {
    /* storage full or off (private browsing): the server's draft still keeps it */
  }
}

export function forget(st: FormState): void {
  clearTimeout(timers.local)
  clearTimeout(timers.server)
  try {
    localStorage.removeItem(keyOf(st.userId, st.code, st.forId))
  } catch {
    /* nothing kept */
  }
}

/** Copies older than KEEP_DAYS go (someone else's device, a form given up). */
export function prune(now = Date.now()): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(PREFIX)) continue
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Saved | null
      if (!saved || now - Date.parse(saved.savedAt) > KEEP_DAYS * 86_400_000) localStorage.removeItem(key)
    }
  } catch {
    /* nothing to prune */
  }
}

/** Put a kept copy into a new form's state; true when it brought anything back. */
export function restore(st: FormState, saved: Saved | null): boolean {
  if (!saved) return false
  if (st.draftId && (saved.draftId !== st.draftId || (saved.version ?? 0) < (st.version ?? 0))) return false
  st.values = { ...st.values, ...saved.values }
  st.draftId = saved.draftId
  st.version = saved.version
  for (const [material, upload] of Object.entries(saved.uploads)) {
    st.slots[material] ??= { material, state: 'done', upload, name: '' }
  }
  return true
}

const timers: { local?: ReturnType<typeof setTimeout>; server?: ReturnType<typeof setTimeout> } = {}
let saving: Promise<void> | null = null

/** When the form was last kept, on the device and on the server (a quiet line under the buttons). */
function mark(st: FormState, where: 'local' | 'server'): void {
  const line = document.getElementById('autosave')
  if (!line || page.current !== st) return
  line.dataset[where] = new Date().toLocaleTimeString('zh-CN', { hour12: false })
  line.textContent = s().autosaved(line.dataset.local ?? '', line.dataset.server ?? '')
}

async function toServer(st: FormState): Promise<void> {
  if (st.phase !== 'editing' || navigator.onLine === false || page.current !== st) return
  const form = page.form
  if (!form) return
  const materials = Object.values(st.slots)
    .filter((sl) => sl.state === 'done' && sl.upload)
    .map((sl) => ({ material: sl.material, upload: sl.upload as string }))
  try {
    const input = { code: form.code, data: dataOf(st), materials, draftId: st.draftId, onBehalfOf: st.forId }
    const result = await saveDraft(input, st.version)
    if (isError(result) || st.phase !== 'editing') return // a conflict or a refusal: "保存草稿" says why
    st.draftId = result.id
    st.version = result.version
    if (page.current === st) {
      history.replaceState(history.state, '', draftUrl(result.code, result.id, st.forId))
    }
    writeLocal(st)
    mark(st, 'server')
  } catch {
    /* offline or signed out: the local copy stands; the next change tries again */
  }
}

/** A change: kept on the device soon, on the server a little later. */
export function touched(st: FormState): void {
  if (st.phase !== 'editing') return
  clearTimeout(timers.local)
  clearTimeout(timers.server)
  timers.local = setTimeout(() => writeLocal(st), LOCAL_MS)
  timers.server = setTimeout(() => {
    saving ??= toServer(st).finally(() => (saving = null))
  }, SERVER_MS)
}

/** Before submitting or saving by hand: no quiet save is left to race them (a second draft). */
export async function settle(): Promise<void> {
  clearTimeout(timers.server)
  await saving
}

/** The page is going away (reload, back, tab closed): keep it now. */
export function flush(st: FormState): void {
  if (timers.local === undefined) return
  clearTimeout(timers.local)
  timers.local = undefined
  writeLocal(st)
}
