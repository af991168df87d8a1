/**
 * /apply/<code>: the one merged form of an item or a bundle (applyForm), its materials uploaded as
 * they are chosen, drafts on the server (continue on another device), and the submission, which is
 * kept in the outbox when there is no connection and sent once when there is.
 *
 * ?draft=<id> continues a draft; ?outbox=<key> reopens a submission waiting in the outbox.
 */
import { bearer, currentUser, SignInNeeded } from '../shared/session'
import type { BundleItem, Guide, ServiceItem, SuppliedBy } from '../types'
import type { View } from '../views/view'
import { type AppMaterial, type Application, type ApplicationError, type ApplicationInput, type ApplyForm, type FormField, type Value, application, applyForm, isError, myApplications, saveDraft, submitApplication } from './api'
import { check, isEmpty, type Message } from './checks'
import { guide, html, isEn, navigate, pick, type Html } from '../shared/kit'
import * as outbox from './outbox'
import { both, s } from './strings'
import { dateTime, isoDay } from '../shared/dates'
import { errorText, fail, isOffline, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge, newKey } from '../shared/parts'
import { pageTitle } from '../shared/strings'
import { isTransient, upload, UploadRefused } from './upload'

const MAX_BYTES = 15 * 1024 * 1024
const TYPES = /^(image\/(jpeg|png|webp|heic|heif)|application\/pdf)$/

interface Slot {
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

interface FormState {
  code: string
  userId: string
  key: string
  values: Record<string, Value>
  slots: Record<string, Slot>
  draftId: string | null
  version: number | null
  /** Field or material id → what is wrong; `server`: the server said so, of this value (JSON). */
  problems: Record<string, Message & { server?: string }>
  phase: 'editing' | 'queued' | 'sent'
  sent?: Application
  notice?: { text: Message; tone: '' | 'ok' | 'bad' }
}

/** The form being filled in, kept while the page is redrawn (language, 关怀版) or left for sign-in. */
let state: FormState | null = null
let form: ApplyForm | null = null
/** The state of the form on screen (also after `state` is cleared by sending it). */
let current: FormState | null = null
let guideData: Guide | null = null

// --- materials: names and why some need nothing ------------------------------------------------

interface MaterialInfo {
  nameEn: string
  suppliedBy: SuppliedBy
  producer: string | null
}

function materialInfo(code: string): MaterialInfo | null {
  const g = guideData
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

const materialName = (m: AppMaterial): string => pick(m.name, materialInfo(m.material)?.nameEn ?? '')

function itemName(code: string): string {
  const g = guideData
  if (g?.__typename === 'Bundle') {
    const it = g.items.find((x: ServiceItem | BundleItem) => x.code === code)
    if (it) return pick(it.name, it.nameEn)
  }
  return code
}

const asked = (m: AppMaterial) => m.status !== 'WAIVED' && m.status !== 'PRODUCED'
/** Must be uploaded before submitting (required and not 容缺). */
const mustUpload = (m: AppMaterial) => asked(m) && m.required && !m.deferrable

// --- fields -----------------------------------------------------------------------------------

const GROUPS = new Set(['choice', 'multi_choice', 'boolean'])
const fid = (code: string) => `f-${code}`
const mid = (code: string) => `m-${code}`
const problemOf = (st: FormState, id: string): string => {
  const p = st.problems[id]
  return p ? pick(p.zh, p.en) : ''
}

function inputAttrs(f: FormField): Html {
  const r = f.rules ?? {}
  switch (f.type) {
    case 'phone':
      return html` type="tel" inputmode="tel" autocomplete="tel" maxlength="20"`
    case 'email':
      return html` type="email" inputmode="email" autocomplete="email"`
    case 'date': {
      const b = (v?: string) => (v === 'today' ? isoDay() : v)
      return html` type="date"${r.min ? html` min="${b(r.min)}"` : ''}${r.max ? html` max="${b(r.max)}"` : ''}`
    }
    case 'number':
    case 'money':
      return html` type="text" inputmode="${r.decimals === 0 ? 'numeric' : 'decimal'}" autocomplete="off"`
    case 'id_number':
    case 'credit_code':
      return html` type="text" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="22"`
    default:
      return html` type="text"${r.max_length ? html` maxlength="${r.max_length}"` : ''}${
        f.prefill === 'profile.name' ? html` autocomplete="name"` : ''
      }`
  }
}

function fieldHtml(f: FormField, st: FormState): Html {
  const t = s()
  const id = fid(f.code)
  const name = pick(f.name, f.name_en)
  const hint = isEn() ? f.hint_en || '' : f.hint || ''
  const value = st.values[f.code]
  const pre = form?.prefill[f.code]
  const prefilled = pre !== undefined && String(value ?? '') === pre
  const produced = f.produced_by ? t.producedBy(itemName(f.produced_by)) : ''
  const required = f.required && !f.produced_by
  const err = problemOf(st, id)
  const describedBy = [hint && `${id}-hint`, prefilled && `${id}-pre`, produced && `${id}-prod`, `${id}-err`].filter(Boolean).join(' ')
  const label = html`${name}${required ? '' : html`<span class="opt">${t.optional}</span>`}${prefilled ? html` ${badge(t.prefilled, 'ok')}` : ''}`
  const notes = html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}${
    prefilled ? html`<p class="hint pre" id="${id}-pre">${t.prefilledHint}</p>` : ''
  }${produced ? html`<p class="hint prod" id="${id}-prod">${produced}</p>` : ''}`
  const errLine = html`<p class="err" id="${id}-err"${err ? '' : html` hidden`}>${err}</p>`
  const common = html`data-for="${id}" aria-describedby="${describedBy}"${required ? html` aria-required="true"` : ''}${
    err ? html` aria-invalid="true"` : ''
  }`

  if (GROUPS.has(f.type)) {
    const multi = f.type === 'multi_choice'
    const options =
      f.type === 'boolean'
        ? [
            { value: 'true', label: t.yes, on: value === true },
            { value: 'false', label: t.no, on: value === false },
          ]
        : (f.rules.choices ?? []).map((c) => ({
            value: c.value,
            label: pick(c.name, c.name_en),
            on: multi ? Array.isArray(value) && value.includes(c.value) : value === c.value,
          }))
    return html`<fieldset class="field choices${err ? ' invalid' : ''}" id="${id}-field" aria-describedby="${describedBy}">
<legend>${label}</legend>${notes}
${options.map(
  (o, i) => html`<label class="choice"><input type="${multi ? 'checkbox' : 'radio'}" id="${id}-${i}" name="${f.code}" value="${o.value}"${
    o.on ? html` checked` : ''
  } ${common}> <span>${o.label}</span></label>`,
)}
${errLine}
</fieldset>`
  }
  const text = typeof value === 'string' ? value : ''
  const control =
    f.type === 'textarea'
      ? html`<textarea id="${id}" name="${f.code}" rows="4"${f.rules.max_length ? html` maxlength="${f.rules.max_length}"` : ''} ${common}>${text}</textarea>`
      : html`<input id="${id}" name="${f.code}"${inputAttrs(f)} value="${text}" ${common}>`
  return html`<div class="field${err ? ' invalid' : ''}" id="${id}-field">
<label for="${id}">${label}</label>${notes}
${control}
${errLine}
</div>`
}

function readField(root: ParentNode, f: FormField): Value {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(`[name="${f.code}"]`)]
  if (f.type === 'multi_choice') return inputs.filter((i) => i.checked).map((i) => i.value)
  if (f.type === 'choice') return inputs.find((i) => i.checked)?.value ?? ''
  if (f.type === 'boolean') {
    const v = inputs.find((i) => i.checked)?.value
    return v === 'true' ? true : v === 'false' ? false : ''
  }
  return inputs[0]?.value ?? ''
}

// --- materials --------------------------------------------------------------------------------

function slotOf(st: FormState, code: string): Slot {
  return (st.slots[code] ??= { material: code, state: 'empty' })
}

function slotStatus(slot: Slot, name: string): Html {
  const t = s()
  const file = slot.name ? html`<span class="fname">${slot.name}</span>` : ''
  const thumb = slot.preview
    ? html`<img class="thumb" src="${slot.preview}" alt="" width="64" height="64">`
    : slot.pdf
      ? html`<span class="thumb pdf" aria-hidden="true">PDF</span>`
      : ''
  const retry = html`<button type="button" class="btn alt small" data-retry="${slot.material}">${t.retry}<span class="sr">：${name}</span></button>`
  switch (slot.state) {
    case 'uploading': {
      const pct = Math.round((slot.progress ?? 0) * 100)
      return html`${thumb}<span class="upl-text">${file}<progress max="100" value="${pct}"></progress><span>${t.uploading(pct)}</span></span>`
    }
    case 'done':
      return html`${thumb}<span class="upl-text">${file}<span class="ok-text">✓ ${t.uploaded}</span></span><button type="button" class="btn alt small" data-remove="${slot.material}">${t.remove}<span class="sr">：${name}</span></button>`
    case 'waiting':
      return html`${thumb}<span class="upl-text">${file}<span class="wait-text">${t.uploadWaiting}</span></span>${retry}`
    case 'failed':
      return html`${thumb}<span class="upl-text">${file}<span class="bad-text">${slot.error ? pick(slot.error.zh, slot.error.en) : t.uploadFailed}</span></span>${
        slot.refused ? '' : retry
      }`
    default:
      return html``
  }
}

function materialRow(m: AppMaterial, st: FormState): Html {
  const t = s()
  const id = mid(m.material)
  const slot = slotOf(st, m.material)
  const name = materialName(m)
  const err = problemOf(st, id)
  const note = m.deferrable ? t.deferrableNote : !m.required ? t.optionalMaterial : ''
  const describedBy = [`${id}-name`, note && `${id}-hint`, `${id}-st`, `${id}-err`].filter(Boolean).join(' ')
  const has = slot.state !== 'empty'
  return html`<li class="upl${err ? ' invalid' : ''}" id="${id}-field" data-state="${slot.state}">
<div class="upl-h"><span class="mat-n" id="${id}-name">${name}</span>${
    m.deferrable ? badge(s().deferrableTag, 'warn') : !m.required ? badge(s().optionalTag) : ''
  }</div>
${note ? html`<p class="hint" id="${id}-hint">${note}</p>` : ''}
<div class="upl-st" id="${id}-st" aria-live="polite">${slotStatus(slot, name)}</div>
<div class="upl-btns">
<input type="file" class="sr" id="${id}-cam" accept="image/*" capture="environment" data-material="${m.material}" data-for="${id}" aria-describedby="${describedBy}"${
    err ? html` aria-invalid="true"` : ''
  }><label class="btn alt small" for="${id}-cam">${has ? t.retakePhoto : t.takePhoto}<span class="sr">：${name}</span></label>
<input type="file" class="sr" id="${id}-file" name="${id}" accept="image/*,application/pdf" data-material="${m.material}" data-for="${id}" aria-describedby="${describedBy}"${
    err ? html` aria-invalid="true"` : ''
  }><label class="btn alt small" for="${id}-file">${has ? t.rechooseFile : t.chooseFile}<span class="sr">：${name}</span></label>
</div>
<p class="err" id="${id}-err"${err ? '' : html` hidden`}>${err}</p>
</li>`
}

function whyNotNeeded(m: AppMaterial): string {
  const t = s()
  const info = materialInfo(m.material)
  if (m.status === 'PRODUCED') return info?.producer ? t.producedMaterial(info.producer) : t.producedGeneric
  return t.suppliedBy[info?.suppliedBy ?? 'NONE'] ?? t.suppliedBy.NONE
}

function materialsHtml(st: FormState): Html {
  const t = s()
  const list = form?.materials ?? []
  const bring = list.filter(asked)
  const skip = list.filter((m) => !asked(m))
  return html`<section class="sec" aria-labelledby="mat-h">
<h2 id="mat-h">${t.materialsSection}</h2>
<p class="hint">${t.materialsLead}</p>
<ul class="upls">${bring.map((m) => materialRow(m, st))}</ul>
${
  skip.length
    ? html`<h3>${t.notNeeded(skip.length)}</h3><ul class="mats">${skip.map(
        (m) => html`<li class="mat waived"><div class="mat-h"><span class="mat-n">${materialName(m)}</span>${badge(t.waivedTag, 'ok')}</div><p class="why">${whyNotNeeded(
          m,
        )}</p></li>`,
      )}</ul>`
    : ''
}
</section>`
}

/** Paint one material's row after its upload changed (the rest of the form stays as it is). */
function paintSlot(slot: Slot): void {
  const m = form?.materials.find((x) => x.material === slot.material)
  const row = document.getElementById(`${mid(slot.material)}-field`)
  if (!m || !row || !state) return
  const name = materialName(m)
  row.dataset.state = slot.state
  const st = document.getElementById(`${mid(slot.material)}-st`)
  if (st) {
    const progress = st.querySelector('progress')
    if (slot.state === 'uploading' && progress) {
      const pct = Math.round((slot.progress ?? 0) * 100)
      progress.value = pct
      const label = progress.nextElementSibling
      if (label) label.textContent = s().uploading(pct)
    } else st.innerHTML = slotStatus(slot, name).value
  }
  const has = slot.state !== 'empty'
  const t = s()
  const cam = row.querySelector(`label[for="${mid(slot.material)}-cam"]`)
  const file = row.querySelector(`label[for="${mid(slot.material)}-file"]`)
  if (cam) cam.innerHTML = html`${has ? t.retakePhoto : t.takePhoto}<span class="sr">：${name}</span>`.value
  if (file) file.innerHTML = html`${has ? t.rechooseFile : t.chooseFile}<span class="sr">：${name}</span>`.value
  if (slot.state === 'done' || slot.state === 'uploading') {
    delete state.problems[mid(slot.material)]
    setError(document, mid(slot.material), null)
  }
}

/** A large photo is made smaller before it is sent (the server re-encodes it anyway). */
async function shrink(file: Blob, name: string): Promise<{ blob: Blob; name: string }> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size < 1_500_000 || typeof createImageBitmap !== 'function') {
    return { blob: file, name }
  }
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, 2560 / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) return { blob: file, name }
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
    if (!blob || blob.size >= file.size) return { blob: file, name }
    return { blob, name: name.replace(/\.[^.]*$/, '') + '.jpg' }
  } catch {
    return { blob: file, name }
  }
}

function startUpload(st: FormState, slot: Slot): Promise<void> {
  const run = async () => {
    if (!slot.file) return
    slot.state = 'uploading'
    slot.progress = 0
    slot.error = undefined
    slot.refused = false
    paintSlot(slot)
    try {
      const small = await shrink(slot.file, slot.name ?? 'file')
      const up = await upload(small.blob, small.name, (p) => {
        slot.progress = p
        paintSlot(slot)
      })
      if (st.slots[slot.material] !== slot) return // replaced meanwhile
      slot.upload = up.id
      slot.state = 'done'
    } catch (err) {
      if (st.slots[slot.material] !== slot) return
      if (err instanceof SignInNeeded) {
        slot.state = 'waiting'
        paintSlot(slot)
        return fail(document, 'alert', err)
      }
      if (err instanceof UploadRefused) {
        slot.state = 'failed'
        slot.refused = err.status === 413 || err.status === 415 || err.status === 400
        slot.error = { zh: err.zh, en: err.en }
      } else if (isOffline(err) || navigator.onLine === false) {
        slot.state = 'waiting'
      } else {
        slot.state = 'failed'
        slot.refused = !isTransient(err)
      }
    }
    paintSlot(slot)
  }
  slot.job = run().finally(() => {
    slot.job = undefined
  })
  return slot.job
}

function choose(st: FormState, material: string, file: File): void {
  const old = st.slots[material]
  if (old?.preview) URL.revokeObjectURL(old.preview)
  const image = file.type.startsWith('image/')
  const slot: Slot = { material, state: 'empty', file, name: file.name || material, pdf: file.type === 'application/pdf' }
  st.slots[material] = slot
  // Refused here without sending: not a photo or a PDF, or a PDF over the limit (photos are shrunk).
  const refusal = file.type && !TYPES.test(file.type) && !image ? 'badType' : file.size > MAX_BYTES && !image ? 'tooLarge' : null
  if (refusal) {
    Object.assign(slot, { state: 'failed', refused: true, file: undefined, error: { zh: both.zh[refusal], en: both.en[refusal] } })
    return paintSlot(slot)
  }
  if (image) slot.preview = URL.createObjectURL(file)
  void startUpload(st, slot)
}

/** Thumbnails of files uploaded earlier (a draft opened on another device). */
async function fetchPreview(slot: Slot): Promise<void> {
  if (!slot.upload || slot.preview || slot.pdf) return
  try {
    const res = await fetch(`/uploads/${encodeURIComponent(slot.upload)}`, { headers: { authorization: `Bearer ${await bearer()}` } })
    if (!res.ok) return
    const blob = await res.blob()
    if (blob.type === 'application/pdf') slot.pdf = true
    else if (blob.type.startsWith('image/')) slot.preview = URL.createObjectURL(blob)
    paintSlot(slot)
  } catch {
    /* no thumbnail */
  }
}

// --- the page ---------------------------------------------------------------------------------

function actionsHtml(st: FormState): Html {
  const t = s()
  if (st.phase === 'queued') {
    return html`<div class="panel queued" id="queued" tabindex="-1">
<p class="panel-t">${t.queued}</p>
<p>${t.queuedDetail}</p>
<div class="actions"><a class="btn alt" href="/applications">${t.myApplications}</a><button type="button" class="btn alt" id="unqueue">${t.queuedEdit}</button></div>
</div>`
  }
  if (st.phase === 'sent' && st.sent) {
    return html`<div class="panel sent" id="sent" tabindex="-1">
<p class="panel-t">${t.sentTitle}</p>
<p>${t.sentLead(st.sent.trackingNumber ?? '')}</p>
<div class="actions"><a class="btn" href="/applications/${encodeURIComponent(st.sent.id)}">${t.viewTimeline}</a><a class="btn alt" href="/applications">${t.myApplications}</a></div>
</div>`
  }
  return html`<div class="actions">
<button type="submit" class="btn" id="submit">${t.submit}</button>
<button type="button" class="btn alt" id="save-draft">${t.saveDraft}</button>
</div>`
}

function bodyHtml(st: FormState): Html {
  const t = s()
  const f = form as ApplyForm
  const g = guideData
  const items = g?.__typename === 'Bundle' ? g.items.map((it) => pick(it.name, it.nameEn)) : []
  return html`<h1 tabindex="-1">${t.applyTitle(g && g.__typename !== 'NotFound' ? pick(g.name, g.nameEn) : f.name)}</h1>
<p class="lede">${t.applyLead}</p>
${items.length ? html`<p class="items-line">${items.join(' · ')}</p>` : ''}
<div id="draft-found"></div>
${alertRegion()}
<form id="apply-form" method="post" class="form" novalidate>
<section class="sec" aria-labelledby="form-h">
<h2 id="form-h">${t.formSection}</h2>
${f.formSchema.fields.map((field) => fieldHtml(field, st))}
</section>
${materialsHtml(st)}
<div id="actions">${actionsHtml(st)}</div>
${statusRegion()}
</form>`
}

function readAll(root: ParentNode, st: FormState): void {
  if (st.phase !== 'editing') return
  for (const f of form?.formSchema.fields ?? []) st.values[f.code] = readField(root, f)
}

function dataOf(st: FormState): Record<string, Value> {
  const data: Record<string, Value> = {}
  for (const f of form?.formSchema.fields ?? []) {
    const v = st.values[f.code]
    if (!isEmpty(v)) data[f.code] = typeof v === 'string' ? v.trim() : v
  }
  return data
}

/** Show problems next to their fields (the rest in the alert), and focus the first. */
function showProblems(root: HTMLElement, st: FormState, focus = true): void {
  const t = s()
  const order = [
    ...(form?.formSchema.fields ?? []).map((f) => fid(f.code)),
    ...(form?.materials ?? []).map((m) => mid(m.material)),
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

function serverProblems(st: FormState, e: Pick<ApplicationError, 'code' | 'message' | 'messageEn' | 'problems'>): void {
  st.problems = {}
  const known = new Set((form?.formSchema.fields ?? []).map((f) => f.code))
  for (const p of e.problems) {
    const id = known.has(p.field) ? fid(p.field) : `other-${p.field}`
    st.problems[id] = { zh: p.message, en: p.messageEn, server: JSON.stringify(st.values[p.field] ?? null) }
  }
  if (!e.problems.length) st.problems['server'] = { zh: e.message, en: e.messageEn }
}

function clientProblems(st: FormState): void {
  st.problems = {}
  for (const f of form?.formSchema.fields ?? []) {
    const p = check(f, st.values[f.code])
    if (p) st.problems[fid(f.code)] = p
  }
  for (const m of form?.materials ?? []) {
    const slot = st.slots[m.material]
    if (!mustUpload(m)) continue
    const name = { zh: m.name, en: materialInfo(m.material)?.nameEn || m.name }
    if (!slot || slot.state === 'empty' || (slot.state === 'failed' && slot.refused)) {
      st.problems[mid(m.material)] = { zh: `请上传“${name.zh}”`, en: `Upload “${name.en}”` }
    }
  }
}

function paintActions(root: HTMLElement, st: FormState, focus = true): void {
  const box = root.querySelector<HTMLElement>('#actions')
  if (!box) return
  box.innerHTML = actionsHtml(st).value
  const form = root.querySelector<HTMLFormElement>('#apply-form')
  form?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, [data-retry], [data-remove]').forEach((el) => {
    if (st.phase === 'editing') el.removeAttribute('disabled')
    else el.setAttribute('disabled', '')
  })
  if (focus) root.querySelector<HTMLElement>('#queued, #sent')?.focus()
}

function toInput(st: FormState): ApplicationInput {
  const materials = Object.values(st.slots)
    .filter((sl) => sl.state === 'done' && sl.upload)
    .map((sl) => ({ material: sl.material, upload: sl.upload as string }))
  return { code: (form as ApplyForm).code, data: dataOf(st), materials, idempotencyKey: st.key, draftId: st.draftId }
}

async function queue(root: HTMLElement, st: FormState): Promise<boolean> {
  const input = toInput(st)
  const files = Object.values(st.slots)
    .filter((sl) => sl.file && (sl.state === 'waiting' || (sl.state === 'failed' && !sl.refused)))
    .map((sl) => ({ material: sl.material, blob: sl.file as Blob, name: sl.name ?? sl.material }))
  try {
    await outbox.enqueue({
      key: st.key,
      userId: st.userId,
      code: input.code,
      name: (form as ApplyForm).name,
      input,
      files,
      queuedAt: new Date().toISOString(),
      state: 'waiting',
    })
  } catch {
    say(root, 'alert', s().offline, 'bad') // no IndexedDB (private browsing): nothing kept
    return false
  }
  st.phase = 'queued'
  paintActions(root, st)
  say(root, 'status', s().queued, 'ok')
  return true
}

async function submit(root: HTMLElement, st: FormState): Promise<void> {
  readAll(root, st)
  clientProblems(st)
  if (Object.keys(st.problems).length) return showProblems(root, st)
  showProblems(root, st, false)
  const done = busy(root.querySelector<HTMLButtonElement>('#submit'), s().submitting)
  try {
    await Promise.all(Object.values(st.slots).map((sl) => sl.job))
    // Files that could not be sent yet: try again now if there seems to be a connection.
    const pending = () => Object.values(st.slots).filter((sl) => sl.file && (sl.state === 'waiting' || (sl.state === 'failed' && !sl.refused)))
    if (pending().length && navigator.onLine !== false) await Promise.all(pending().map((sl) => startUpload(st, sl)))
    clientProblems(st)
    if (Object.keys(st.problems).length) return showProblems(root, st)
    if (pending().length || navigator.onLine === false) {
      await queue(root, st)
      return
    }
    let result
    try {
      result = await submitApplication(toInput(st))
    } catch (err) {
      if (isOffline(err)) {
        await queue(root, st)
        return
      }
      throw err
    }
    if (isError(result)) {
      serverProblems(st, result)
      return showProblems(root, st)
    }
    state = null
    void outbox.remove(st.key).catch(() => undefined) // reopened from the outbox: sent now
    navigate(`/applications/${encodeURIComponent(result.application.id)}?new=1`)
    void import('../inbox/push').then((m) => m.offerPush(), () => false) // the "开启通知" card (src/inbox/push.ts)
  } catch (err) {
    fail(root, 'alert', err)
  } finally {
    done()
  }
}

async function save(root: HTMLElement, st: FormState): Promise<void> {
  readAll(root, st)
  const t = s()
  const done = busy(root.querySelector<HTMLButtonElement>('#save-draft'), t.saving)
  try {
    await Promise.all(Object.values(st.slots).map((sl) => sl.job))
    const { idempotencyKey: _key, ...input } = toInput(st)
    const result = await saveDraft(input, st.version)
    if (isError(result)) {
      if (result.code === 'DRAFT_CONFLICT' && st.draftId) {
        await loadDraft(st, st.draftId)
        st.notice = { text: { zh: both.zh.draftConflict, en: both.en.draftConflict }, tone: 'bad' }
        return paint(root, st)
      }
      serverProblems(st, result)
      return showProblems(root, st)
    }
    st.draftId = result.id
    st.version = result.version
    st.problems = {}
    showProblems(root, st, false)
    const url = `/apply/${encodeURIComponent(result.code)}?draft=${encodeURIComponent(result.id)}`
    history.replaceState(history.state, '', url)
    say(root, 'status', t.draftSaved(dateTime(new Date().toISOString())), 'ok')
  } catch (err) {
    fail(root, 'alert', err)
  } finally {
    done()
  }
}

async function loadDraft(st: FormState, id: string): Promise<Application | null> {
  const app = await application(id)
  if (app.status !== 'DRAFT') return app
  st.draftId = app.id
  st.version = app.version
  st.values = { ...(app.data) }
  for (const m of app.materials) {
    if (m.upload) st.slots[m.material] = { material: m.material, state: 'done', upload: m.upload, name: '' }
  }
  return app
}

function wire(root: HTMLElement, st: FormState): void {
  const el = root.querySelector<HTMLFormElement>('#apply-form')
  if (!el) return
  if (st.notice) {
    say(root, st.notice.tone === 'bad' ? 'alert' : 'status', pick(st.notice.text.zh, st.notice.text.en), st.notice.tone)
    st.notice = undefined
  }
  if (st.phase !== 'editing') paintActions(root, st, false)
  const fields = new Map((form?.formSchema.fields ?? []).map((f) => [f.code, f]))
  const onChange = (e: Event) => {
    const target = e.target as HTMLInputElement
    if (target.type === 'file') {
      const file = target.files?.[0]
      if (file && target.dataset.material) choose(st, target.dataset.material, file)
      target.value = ''
      return
    }
    const f = fields.get(target.name)
    if (!f || st.phase !== 'editing') return
    st.values[f.code] = readField(el, f)
    // A problem shown goes as soon as the value is right (checked again on leaving the field).
    const id = fid(f.code)
    if (st.problems[id] && !check(f, st.values[f.code])) {
      delete st.problems[id]
      setError(root, id, null)
    }
  }
  el.addEventListener('input', onChange)
  el.addEventListener('change', onChange)
  el.addEventListener('focusout', (e) => {
    const target = e.target as HTMLInputElement
    const f = fields.get(target.name)
    if (!f || GROUPS.has(f.type) || target.type === 'file') return
    st.values[f.code] = readField(el, f)
    if (isEmpty(st.values[f.code])) return // "required" is said on submit, not while moving through
    const id = fid(f.code)
    // The server's word on this very value stands (its messages are the authority).
    if (st.problems[id]?.server === JSON.stringify(st.values[f.code])) return
    const p = check(f, st.values[f.code])
    if (p) st.problems[id] = p
    else delete st.problems[id]
    setError(root, id, p ? pick(p.zh, p.en) : null)
  })
  el.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button')
    if (!button) return
    if (button.dataset.retry) {
      const slot = st.slots[button.dataset.retry]
      if (slot) void startUpload(st, slot)
    } else if (button.dataset.remove) {
      const slot = st.slots[button.dataset.remove]
      if (slot?.preview) URL.revokeObjectURL(slot.preview)
      st.slots[button.dataset.remove] = { material: button.dataset.remove, state: 'empty' }
      paintSlot(st.slots[button.dataset.remove])
      root.querySelector<HTMLElement>(`#${mid(button.dataset.remove)}-file`)?.focus()
    } else if (button.id === 'save-draft') void save(root, st)
    else if (button.id === 'unqueue') {
      void outbox.remove(st.key).then(() => {
        st.phase = 'editing'
        paintActions(root, st)
        say(root, 'status', '')
        root.querySelector<HTMLElement>('#submit')?.focus()
      })
    }
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
async function offerOutbox(root: HTMLElement, st: FormState): Promise<void> {
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
async function offerDraft(root: HTMLElement, st: FormState): Promise<void> {
  try {
    const page = await myApplications(null)
    const draft = page.nodes.find((a) => a.status === 'DRAFT' && a.code === st.code)
    const box = root.querySelector<HTMLElement>('#draft-found')
    if (!draft || !box || !box.isConnected || st.draftId) return
    const t = s()
    box.innerHTML = html`<p class="notice draft-found">${t.draftFound(dateTime(draft.createdAt))} <a href="/apply/${encodeURIComponent(
      st.code,
    )}?draft=${encodeURIComponent(draft.id)}">${t.continueDraft}</a></p>`.value
  } catch {
    /* offline: nothing to offer */
  }
}

function paint(root: HTMLElement, st: FormState): void {
  root.innerHTML = bodyHtml(st).value
  wire(root, st)
}

// Back online: the files that were waiting go up, in this form.
window.addEventListener('online', () => {
  const st = state
  if (!st || st.phase !== 'editing') return
  for (const slot of Object.values(st.slots)) if (slot.state === 'waiting' && slot.file) void startUpload(st, slot)
})

// The outbox sent this form's submission, could not, or it was taken out (on /applications).
window.addEventListener('ov-outbox', (e) => {
  const detail = (e as CustomEvent<outbox.OutboxEvent | null>).detail
  const st = current
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
  else if (detail.application) void import('../inbox/push').then((m) => m.offerPush(root.querySelector('#sent'))).catch(() => undefined)
})

function signInFirst(code: string): View {
  const t = s()
  const next = encodeURIComponent(`/apply/${code}${location.search}`)
  return {
    title: pageTitle(s().apply),
    body: html`<h1 tabindex="-1">${s().apply}</h1>
<p class="notice">${t.signInFirst}</p>
<div class="actions"><a class="btn" href="/signin?next=${next}">${t.signIn}</a><a class="btn alt" href="/signup?next=${next}">${t.signUp}</a></div>`,
  }
}

function offlineView(code: string): View {
  const t = s()
  return {
    title: pageTitle(s().apply),
    body: html`<h1 tabindex="-1">${s().apply}</h1>
<p class="notice">${t.offlineForm}</p>
<div class="actions"><a class="btn" href="/apply/${encodeURIComponent(code)}">${t.retry}</a><a class="btn alt" href="/g/${encodeURIComponent(code)}">${s().backToGuide}</a></div>`,
  }
}

export async function applyPage(code: string, query: URLSearchParams, signedIn: boolean): Promise<View> {
  if (!signedIn) {
    state = null
    return signInFirst(code)
  }
  let loaded: ApplyForm | ApplicationError
  try {
    ;[loaded, guideData] = await Promise.all([applyForm(code), guide(code).catch(() => null)])
  } catch (err) {
    if (err instanceof SignInNeeded) return signInFirst(code)
    if (isOffline(err)) return offlineView(code)
    throw err
  }
  if (isError(loaded)) {
    return {
      title: pageTitle(s().apply),
      body: html`<h1 tabindex="-1">${s().apply}</h1><p class="notice">${errorText(loaded)}</p>
<p><a class="btn alt" href="/g/${encodeURIComponent(code)}">${s().backToGuide}</a></p>`,
    }
  }
  form = loaded
  const userId = currentUser()?.userId ?? ''
  const draftId = query.get('draft')
  const outboxKey = query.get('outbox')
  let st = state
  // A sent form is shown again only while its page is redrawn (language, 关怀版): the old form is
  // still on screen then. Coming back later starts a new form, with a new key.
  const redrawing = !!document.getElementById('apply-form')
  const fresh =
    !st ||
    (st.phase === 'sent' && !redrawing) ||
    st.code !== loaded.code ||
    st.userId !== userId ||
    (draftId !== null && st.draftId !== draftId) ||
    (outboxKey !== null && st.key !== outboxKey)
  if (fresh) {
    st = {
      code: loaded.code,
      userId,
      key: newKey(),
      values: { ...loaded.prefill },
      slots: {},
      draftId: null,
      version: null,
      problems: {},
      phase: 'editing',
    }
    if (draftId) {
      const app = await loadDraft(st, draftId)
      if (app && app.status !== 'DRAFT') {
        return { title: pageTitle(app.name), body: html`<p><a href="/applications/${encodeURIComponent(app.id)}">${app.name}</a></p>`, mount: () => navigate(`/applications/${encodeURIComponent(app.id)}`, true) }
      }
      st.notice = { text: { zh: both.zh.draftLoaded, en: both.en.draftLoaded }, tone: 'ok' }
    } else if (outboxKey) {
      const o = await outbox.get(outboxKey).catch(() => undefined)
      if (o && o.userId === userId) {
        st.key = o.key
        st.values = { ...o.input.data }
        st.draftId = o.input.draftId ?? null
        for (const m of o.input.materials) st.slots[m.material] = { material: m.material, state: 'done', upload: m.upload, name: '' }
        for (const f of o.files) {
          st.slots[f.material] = {
            material: f.material,
            state: 'waiting',
            file: f.blob,
            name: f.name,
            pdf: f.blob.type === 'application/pdf',
            preview: f.blob.type.startsWith('image/') ? URL.createObjectURL(f.blob) : undefined,
          }
        }
        if (o.state === 'waiting') st.phase = 'queued'
        else if (o.error) serverProblems(st, o.error)
      }
    }
  }
  state = current = st as FormState
  const here = st as FormState
  return {
    title: pageTitle(s().applyTitle(loaded.name)),
    body: bodyHtml(here),
    mount: (root) => wire(root, here),
  }
}
