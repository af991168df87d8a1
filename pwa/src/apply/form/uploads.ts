/**
 * Uploading a material as soon as it is chosen: large photos made smaller, progress, retries,
 * thumbnails.
 */
import { bearer, SignInNeeded } from '../../shared/session'

import { both } from '../strings'
import { fail, isOffline } from '../../shared/feedback'
import { isTransient, upload, UploadRefused } from '../upload'
import { type Slot, type FormState } from './state'
import { paintSlot } from './materials'
import { touched } from './autosave'

export const MAX_BYTES = 15 * 1024 * 1024

export const TYPES = /^(image\/(jpeg|png|webp|heic|heif)|application\/pdf)$/

/** A large photo is made smaller before it is sent (the server re-encodes it anyway). */
export async function shrink(file: Blob, name: string): Promise<{ blob: Blob; name: string }> {
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

export function startUpload(st: FormState, slot: Slot): Promise<void> {
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
      touched(st) // the upload id is kept with the form (autosave)
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

export function choose(st: FormState, material: string, file: File): void {
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
export async function fetchPreview(slot: Slot): Promise<void> {
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
