/**
 * The form's behaviour on the page: its listeners, the offers of a draft or a waiting submission,
 * and what happens when the connection or the outbox changes.
 */
import { type FormField, myApplications } from '../api'
import { check, isEmpty } from '../checks'
import { html, pick } from '../../shared/kit'
import { s } from '../strings'
import { dateTime } from '../../shared/dates'
import { setError } from '../../shared/feedback'
import { say } from '../../shared/live'
import * as outbox from '../outbox'
import { type FormState, GROUPS, fid, mid, page } from './state'
import { readField } from './fields'
import { paintSlot, redrawMaterials } from './materials'
import { sign } from './commitments'
import { startUpload, choose, fetchPreview } from './uploads'
import { showProblems, serverProblems } from './problems'
import { bodyHtml, paintActions } from './view'
import { submit, save } from './send'
import * as autosave from './autosave'
import { wireSituation } from './situation'

type Fields = Map<string, FormField>

/** A value typed or picked: kept, and a problem shown goes as soon as it is right (checked again on leaving the field). */
function changed(root: HTMLElement, el: HTMLFormElement, st: FormState, fields: Fields, target: HTMLInputElement): void {
  if (target.dataset.commitment) {
    sign(st, target)
    return redrawMaterials(root, st)
  }
  if (target.type === 'file') {
    const file = target.files?.[0]
    if (file && target.dataset.material) choose(st, target.dataset.material, file)
    target.value = ''
    return
  }
  const f = fields.get(target.name)
  if (!f || st.phase !== 'editing') return
  st.values[f.code] = readField(el, f)
  autosave.touched(st)
  const id = fid(f.code)
  if (st.problems[id] && !check(f, st.values[f.code])) {
    delete st.problems[id]
    setError(root, id, null)
  }
}

/** A field left: its value checked on the phone ("required" is said on submit, not while moving through). */
function left(root: HTMLElement, el: HTMLFormElement, st: FormState, fields: Fields, target: HTMLInputElement): void {
  const f = fields.get(target.name)
  if (!f || GROUPS.has(f.type) || target.type === 'file') return
  st.values[f.code] = readField(el, f)
  if (isEmpty(st.values[f.code])) return
  const id = fid(f.code)
  // The server's word on this very value stands (its messages are the authority).
  if (st.problems[id]?.server === JSON.stringify(st.values[f.code])) return
  const p = check(f, st.values[f.code])
  if (p) st.problems[id] = p
  else delete st.problems[id]
  setError(root, id, p ? pick(p.zh, p.en) : null)
}

/** A material's file taken away: its row empty again, focus on choosing another. */
function removeFile(root: HTMLElement, st: FormState, material: string): void {
  const slot = st.slots[material]
  if (slot?.preview) URL.revokeObjectURL(slot.preview)
  st.slots[material] = { material, state: 'empty' }
  paintSlot(st.slots[material])
  autosave.touched(st)
  root.querySelector<HTMLElement>(`#${mid(material)}-file`)?.focus()
}

/** The submission taken out of the outbox to change it. */
async function unqueue(root: HTMLElement, st: FormState): Promise<void> {
  await outbox.remove(st.key)
  st.phase = 'editing'
  paintActions(root, st)
  say(root, 'status', '')
  root.querySelector<HTMLElement>('#submit')?.focus()
}

function clicked(root: HTMLElement, st: FormState, button: HTMLButtonElement): void {
  if (button.dataset.retry) {
    const slot = st.slots[button.dataset.retry]
    if (slot) void startUpload(st, slot)
  } else if (button.dataset.remove) removeFile(root, st, button.dataset.remove)
  else if (button.id === 'save-draft') void save(root, st).then((redraw) => redraw && paint(root, st))
  else if (button.id === 'unqueue') void unqueue(root, st)
}

/** The form's listeners, and what it says or offers when it is drawn. */
export function wire(root: HTMLElement, st: FormState): void {
  const el = root.querySelector<HTMLFormElement>('#apply-form')
  if (!el) return
  wireSituation(root, st)
  if (st.notice) {
    say(root, st.notice.tone === 'bad' ? 'alert' : 'status', pick(st.notice.text.zh, st.notice.text.en), st.notice.tone)
    st.notice = undefined
  }
  if (st.phase !== 'editing') paintActions(root, st, false)
  const fields: Fields = new Map((page.form?.formSchema.fields ?? []).map((f) => [f.code, f]))
  const onChange = (e: Event) => changed(root, el, st, fields, e.target as HTMLInputElement)
  el.addEventListener('input', onChange)
  el.addEventListener('change', onChange)
  el.addEventListener('focusout', (e) => left(root, el, st, fields, e.target as HTMLInputElement))
  el.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button')
    if (button) clicked(root, st, button)
  })
  el.addEventListener('submit', (e) => {
    e.preventDefault()
    if (st.phase === 'editing') void submit(root, st)
  })
  for (const slot of Object.values(st.slots)) if (slot.state === 'done' && !slot.preview) void fetchPreview(slot)
  if (Object.keys(st.problems).length) showProblems(root, st, false)
  if (!st.draftId && st.phase === 'editing') void offerDraft(root, st)
  if (st.phase === 'editing') void offerOutbox(root, st)
}

/** A submission of the same form already waits in the outbox: say so before a second one is made. */
export async function offerOutbox(root: HTMLElement, st: FormState): Promise<void> {
  const waiting = (await outbox.mine(st.userId)).filter((o) => o.code === st.code && o.key !== st.key)
  const box = root.querySelector<HTMLElement>('#draft-found')
  if (!waiting.length || !box?.isConnected) return
  const t = s()
  box.insertAdjacentHTML(
    'beforeend',
    html`<p class="notice">${t.alreadyQueued} <a href="/applications">${t.myApplications}</a></p>`.value,
  )
}

/** A draft of the same form saved earlier (maybe on another device): offer to continue it. */
export async function offerDraft(root: HTMLElement, st: FormState): Promise<void> {
  try {
    const page = await myApplications(null)
    const draft = page.nodes.find((a) => a.status === 'DRAFT' && a.code === st.code)
    const box = root.querySelector<HTMLElement>('#draft-found')
    if (!draft || !box || !box.isConnected || st.draftId || st.forId || draft.filedFor) return
    const t = s()
    box.innerHTML = html`<p class="notice draft-found">${t.draftFound(dateTime(draft.createdAt))} <a href="/apply/${encodeURIComponent(
      st.code,
    )}?draft=${encodeURIComponent(draft.id)}">${t.continueDraft}</a></p>`.value
  } catch {
    /* offline: nothing to offer */
  }
}

export function paint(root: HTMLElement, st: FormState): void {
  root.innerHTML = bodyHtml(st).value
  wire(root, st)
}

// Reload, back, the tab closed or the phone locking: what was typed is kept now.
const keepNow = () => {
  if (page.current) autosave.flush(page.current)
}
window.addEventListener('pagehide', keepNow)
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && keepNow())

// Back online: the files that were waiting go up, in this form.
window.addEventListener('online', () => {
  const st = page.state
  if (!st || st.phase !== 'editing') return
  for (const slot of Object.values(st.slots)) if (slot.state === 'waiting' && slot.file) void startUpload(st, slot)
})

// The outbox sent this form's submission, could not, or it was taken out (on /applications).
window.addEventListener('ov-outbox', (e) => {
  const detail = (e as CustomEvent<outbox.OutboxEvent | null>).detail
  const st = page.current
  if (!detail || !st || detail.key !== st.key || st.phase !== 'queued') return
  const root = document.getElementById('apply-form')?.parentElement
  if (detail.application) {
    st.phase = 'sent'
    st.sent = detail.application
    if (root) say(root, 'status', s().sentLead(detail.application.trackingNumber ?? ''), 'ok')
  } else {
    st.phase = 'editing'
    if (detail.error) serverProblems(st, detail.error)
  }
  if (!root) return
  paintActions(root, st)
  if (detail.error) showProblems(root, st)
  else if (detail.application) void import('../../inbox/push').then((m) => m.offerPush(root.querySelector('#sent'))).catch(() => undefined)
})
