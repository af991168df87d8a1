/** The behaviour of /desk/intake (./page.ts): each step's form, the camera, the signature, submit and print. */
import { upload } from '../../apply/upload'
import type { FormField, Value } from '../../apply/schema'
import { busy, say } from '../../shared/live'
import { type Choice, guide, pick, situation } from '../../shared/kit'
import type { Guide } from '../../types'
import { s } from '../strings'
import { fail } from '../ui'
import { printFrom } from './prints'
import { counterForm, identify, sendCode, submit, type CounterForm, type Filed, type WalkIn } from './api'
import { signaturePad } from '../../shared/signature'
import { snapshot, startCamera, stopCamera } from './capture'
import { confirmHtml, fieldsHtml, filedHtml, formHtml, materialsHtml, personHtml } from './page'
import { focusUnanswered, readChoice, redrawSituation, situationHtml } from './situation'

interface Intake {
  person: WalkIn | null
  code: string
  form: CounterForm | null
  guide: Guide | null // the item's or bundle's guide: the names of the items to choose (点菜)
  choice: Choice // 情形引导 answers and 点菜 items, sent with the submission
  asking: number // the latest form asked for (an older answer arriving late is dropped)
  photos: Map<string, string> // material code → upload id
  key: string // one idempotency key per application: a retry after a lost answer returns the first
  filed: Filed | null
}

function readField(root: ParentNode, f: FormField): Value {
  if (f.type === 'multi_choice')
    return [...root.querySelectorAll<HTMLInputElement>(`[data-multi="${f.code}"] input:checked`)].map((i) => i.value)
  const input = root.querySelector<HTMLInputElement>(`[name="${f.code}"]`)
  if (!input) return ''
  return f.type === 'boolean' ? input.checked : input.value.trim()
}

async function shoot(root: HTMLElement, st: Intake, material: string, blob: Blob | null): Promise<void> {
  if (!blob) return
  const done = await upload(blob, `${material}.jpg`)
  st.photos.set(material, done.id)
  markShot(root, material)
}

export function wire(main: HTMLElement): void {
  const root = main.querySelector<HTMLElement>('#desk')
  if (!root) return
  const st: Intake = {
    person: null,
    code: '',
    form: null,
    guide: null,
    choice: { answers: {}, items: null },
    asking: 0,
    photos: new Map(),
    key: '',
    filed: null,
  }
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)
  let pad: ReturnType<typeof signaturePad> | null = null
  let camera = false

  root.addEventListener('submit', async (e) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
    say(root, 'alert', '')
    const undo = busy(button)
    try {
      if (form.id === 'identify') {
        const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? ''
        st.person = await identify(value('idNumber'), value('name'), value('phone'))
        $('#who')!.innerHTML = personHtml(st.person).value
        $<HTMLInputElement>('#entry-code')?.focus()
      } else if (form.id === 'entry' && st.person) {
        st.code = (form.querySelector<HTMLInputElement>('[name="code"]')?.value ?? '').trim().toUpperCase()
        st.choice = { answers: {}, items: null }
        st.asking++ // a form still coming for the previous entry is dropped
        ;[st.form, st.guide] = await Promise.all([counterForm(st.person.citizenId, st.code), guide(st.code).catch(() => null)])
        st.photos.clear()
        st.key = crypto.randomUUID()
        $('#work')!.innerHTML = formHtml(st.form, situationHtml(st.form, st.guide, st.choice)).value
        $('#confirm')!.innerHTML = confirmHtml(st.person).value
        pad = signaturePad($<HTMLCanvasElement>('#signature')!)
        $<HTMLElement>('#h-form')?.focus()
      }
    } catch (err) {
      fail(root, 'alert', err)
    } finally {
      undo()
    }
  })

  root.addEventListener('change', async (e) => {
    const situ = (e.target as Element).closest<HTMLFormElement>('#situ-form')
    if (situ) {
      try {
        await rechoose(root, st, situ)
      } catch (err) {
        fail(root, 'alert', err)
      }
      return
    }
    const input = (e.target as Element).closest<HTMLInputElement>('input[data-file]')
    if (!input?.files?.[0]) return
    try {
      await shoot(root, st, input.dataset.file ?? '', input.files[0])
    } catch (err) {
      fail(root, 'alert', err)
    }
  })

  root.addEventListener('click', async (e) => {
    const target = e.target as Element
    const button = target.closest<HTMLButtonElement>('button')
    if (!button) return
    const t = s()
    const video = $<HTMLVideoElement>('#camera')
    say(root, 'alert', '')
    const undo = busy(button)
    try {
      if (button.id === 'camera-start' && video) {
        camera = await startCamera(video)
        video.hidden = !camera
        if (!camera) say(root, 'alert', t.cameraUnavailable)
      } else if (button.dataset.shoot !== undefined) {
        if (!camera && video) {
          camera = await startCamera(video)
          video.hidden = !camera
        }
        if (!camera || !video) {
          say(root, 'alert', t.cameraUnavailable)
          root.querySelector<HTMLInputElement>(`input[data-file="${button.dataset.shoot}"]`)?.click()
        } else await shoot(root, st, button.dataset.shoot, await snapshot(video))
      } else if (button.id === 'sign-clear') pad?.clear()
      else if (button.id === 'send-code' && st.person) say(root, 'status', t.codeSent(await sendCode(st.person.citizenId)), 'ok')
      else if (button.id === 'intake-submit') await file(root, st, pad)
      else if (button.dataset.print && st.filed) await printFrom(root, button, st.filed, button.dataset.width === '80mm' ? '80mm' : 'a4')
    } catch (err) {
      fail(root, 'alert', err)
    } finally {
      undo()
    }
  })
}

/** What was typed in the form so far (kept when an answer loads the form again). */
function typed(root: ParentNode, form: CounterForm): Record<string, Value> {
  const data: Record<string, Value> = {}
  for (const f of form.fields) data[f.code] = readField(root, f)
  return data
}

/** An answer or an item changed: the form and the materials for the new choice, what was typed kept. */
async function rechoose(root: HTMLElement, st: Intake, situ: HTMLFormElement): Promise<void> {
  if (!st.person || !st.form) return
  const kept = typed(root.querySelector('#intake-form') ?? root, st.form)
  st.choice = readChoice(situ, st.guide)
  const mine = ++st.asking
  const form = await counterForm(st.person.citizenId, st.code, situation().choiceVars(st.choice))
  if (mine !== st.asking) return
  const filled = Object.entries(kept).filter(([, v]) => v !== '' && v !== false && !(Array.isArray(v) && !v.length))
  st.form = { ...form, prefill: { ...form.prefill, ...Object.fromEntries(filled) } }
  redrawSituation(root, st.form, st.guide, st.choice)
  root.querySelector('#intake-form')!.innerHTML = fieldsHtml(st.form).value
  root.querySelector('#materials')!.innerHTML = materialsHtml(st.form).value
  for (const m of st.form.materials) if (st.photos.has(m.material)) markShot(root, m.material)
}

function markShot(root: HTMLElement, material: string): void {
  const state = root.querySelector<HTMLElement>(`[data-state="${material}"]`)
  if (state) state.textContent = `✓ ${s().captured}`
  root.querySelector(`[data-material="${material}"]`)?.classList.add('done')
}

async function file(root: HTMLElement, st: Intake, pad: ReturnType<typeof signaturePad> | null): Promise<void> {
  const t = s()
  if (!st.person || !st.form) return
  if (focusUnanswered(root, st.form)) return say(root, 'alert', t.situationLeft(st.form.situation?.unanswered.length ?? 0))
  const missing = st.form.materials.filter((m) => m.status === 'MISSING' && !m.deferrable && !st.photos.has(m.material))
  if (missing.length) return say(root, 'alert', t.needPhotos(missing.map((m) => pick(m.name, m.nameEn)).join(pick('、', ', '))))
  const phoneCode = root.querySelector<HTMLInputElement>('#phone-code')?.value.trim() ?? ''
  let signature: string | null = null
  if (!phoneCode && pad?.signed()) {
    const image = await pad.image()
    if (image) signature = (await upload(image, 'signature.png')).id
  }
  if (!phoneCode && !signature) return say(root, 'alert', t.needConfirm)
  const data = typed(root.querySelector('#intake-form') ?? root, st.form)
  const asked = new Set(st.form.materials.map((m) => m.material)) // photos of what an answer left out stay home
  const labels = new Map(st.form.fields.map((f) => [f.code, pick(f.name, f.name_en)]))
  root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'))
  st.filed = await submit({
    citizenId: st.person.citizenId,
    code: st.code,
    data,
    materials: [...st.photos].filter(([material]) => asked.has(material)).map(([material, id]) => ({ material, upload: id })),
    ...situation().choiceVars(st.choice),
    idempotencyKey: st.key,
    phoneCode: phoneCode || null,
    signature,
  }, labels).catch((err: unknown) => {
    for (const field of (err as { fields?: string[] }).fields ?? []) root.querySelector(`[name="${field}"]`)?.setAttribute('aria-invalid', 'true')
    throw err
  })
  const video = root.querySelector<HTMLVideoElement>('#camera')
  if (video) stopCamera(video)
  root.querySelector('#work')!.innerHTML = ''
  root.querySelector('#confirm')!.innerHTML = ''
  root.querySelector('#done')!.innerHTML = filedHtml(st.filed).value
  say(root, 'status', t.filed(st.filed.trackingNumber ?? ''), 'ok')
  root.querySelector<HTMLElement>('#h-filed')?.focus()
}
