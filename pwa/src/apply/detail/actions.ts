/**
 * What the applicant can do on the progress page: withdraw (before acceptance), answer a correction
 * notice (each flagged material uploaded as it is chosen, then sent together), open the pickup
 * locker.
 */
import { SignInNeeded } from '../../shared/session'
import { answerCorrection, collectFromLocker, isError, withdraw } from '../api'
import { html, pick } from '../../shared/kit'
import { s } from '../strings'
import { errorText, fail, isOffline, setError } from '../../shared/feedback'
import { busy, say } from '../../shared/live'
import { upload, UploadRefused } from '../upload'
import { type Detail } from './page'
import { deliveryChanged, saveDelivery } from './delivery'
import { handIn } from './owed'

/** Withdraw, once the dialog (or the browser's confirm) says yes. */
export async function withdrawNow(detail: Detail, dialog: HTMLDialogElement): Promise<void> {
  const { root } = detail
  if (dialog.returnValue !== 'yes') return root.querySelector<HTMLElement>('#withdraw')?.focus()
  const reason = (root.querySelector<HTMLTextAreaElement>('#withdraw-reason')?.value ?? '').trim()
  const done = busy(root.querySelector<HTMLButtonElement>('#withdraw'))
  try {
    const r = await withdraw(detail.a.id, reason)
    if (isError(r)) {
      done()
      return say(root, 'alert', errorText(r), 'bad')
    }
    detail.redraw(r, false)
    say(root, 'status', s().withdrawn, 'ok')
    root.querySelector<HTMLElement>('h1')?.focus()
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** Ask before withdrawing: the dialog, or the browser's confirm where there is no <dialog>. */
export function askWithdraw(root: HTMLElement, dialog: HTMLDialogElement | null): void {
  const t = s()
  if (dialog && typeof dialog.showModal === 'function') {
    dialog.returnValue = ''
    dialog.showModal()
    root.querySelector<HTMLElement>('#withdraw-no')?.focus()
  } else if (window.confirm(`${t.withdrawTitle}\n${t.withdrawLead}`)) {
    if (dialog) dialog.returnValue = 'yes'
    dialog?.dispatchEvent(new Event('close'))
  }
}

/** Correction: a flagged material's new file, uploaded as soon as it is chosen. */
export async function uploadCorrection(detail: Detail, material: string, file: File): Promise<void> {
  const { root, content, chosen } = detail
  const t = s()
  const id = `c-${material}`
  const row = content.querySelector<HTMLElement>(`#${id}-field`)
  const st = content.querySelector<HTMLElement>(`#${id}-st`)
  chosen.delete(material)
  setError(content, id, null)
  if (row) row.dataset.state = 'uploading'
  if (st) st.textContent = t.uploading(0)
  try {
    const up = await upload(file, file.name, (p) => {
      if (st) st.textContent = t.uploading(Math.round(p * 100))
    })
    chosen.set(material, up.id)
    if (row) row.dataset.state = 'done'
    if (st) st.innerHTML = html`<span class="fname">${file.name}</span> <span class="ok-text">✓ ${t.uploaded}</span>`.value
  } catch (err) {
    if (row) row.dataset.state = 'failed'
    if (st) st.textContent = ''
    if (err instanceof SignInNeeded) return fail(root, 'alert', err)
    setError(content, id, err instanceof UploadRefused ? pick(err.zh, err.en) : isOffline(err) ? t.offline : t.uploadFailed)
  }
}

/** The correction sent: every flagged material needs its new file. */
export async function sendCorrection(detail: Detail): Promise<void> {
  const { root, content, a, chosen } = detail
  const t = s()
  const flagged = a.materials.filter((m) => m.status === 'NEEDS_CORRECTION')
  const missing = flagged.filter((m) => !chosen.has(m.material))
  for (const m of flagged) setError(content, `c-${m.material}`, missing.includes(m) ? t.uploadThis(m.name) : null)
  if (missing.length) {
    say(root, 'alert', t.problems(missing.length), 'bad')
    return content.querySelector<HTMLElement>(`#c-${missing[0].material}-file`)?.focus()
  }
  const done = busy(content.querySelector<HTMLButtonElement>('#send-correction'))
  try {
    const r = await answerCorrection(
      a.id,
      [...chosen].map(([material, upload]) => ({ material, upload })),
    )
    if (isError(r)) {
      done()
      return say(root, 'alert', errorText(r), 'bad')
    }
    say(root, 'alert', '')
    detail.redraw(r, false)
    say(root, 'status', t.correctionSent, 'ok')
    root.querySelector<HTMLElement>('#next-action')?.scrollIntoView({ block: 'center' })
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** The result collected from a 24-hour locker with the code sent by text message. */
export async function collect(detail: Detail): Promise<void> {
  const { root, content } = detail
  const t = s()
  const code = (content.querySelector<HTMLInputElement>('#pickup-code')?.value ?? '').replace(/\s/g, '')
  if (!/^\d{6}$/.test(code)) {
    setError(content, 'pickup-code', t.pickupCodeHint)
    return content.querySelector<HTMLElement>('#pickup-code')?.focus()
  }
  const done = busy(content.querySelector<HTMLButtonElement>('#collect'))
  try {
    const r = await collectFromLocker(detail.a.id, code)
    if (isError(r)) {
      done()
      setError(content, 'pickup-code', errorText(r))
      return content.querySelector<HTMLElement>('#pickup-code')?.focus()
    }
    detail.redraw(r, false)
    say(root, 'status', t.collected, 'ok')
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** The page's listeners: withdraw, correction uploads and their sending, owed (容缺) materials, the locker. */
export function mountActions(detail: Detail): void {
  const { root, content } = detail
  const dialog = root.querySelector<HTMLDialogElement>('#withdraw-dialog')
  dialog?.addEventListener('close', () => void withdrawNow(detail, dialog))
  content.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button')
    if (button?.id === 'withdraw') askWithdraw(root, dialog)
  })
  content.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (input.type === 'radio') return deliveryChanged(content, input)
    const material = input.dataset.material
    const owed = input.dataset.owed
    const file = input.files?.[0]
    if (input.type !== 'file' || !(material || owed) || !file) return
    input.value = ''
    if (owed) void handIn(detail, owed, file)
    else if (material) void uploadCorrection(detail, material, file)
  })
  content.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement
    e.preventDefault()
    if (form.id === 'correction-form') void sendCorrection(detail)
    else if (form.id === 'collect-form') void collect(detail)
    else if (form.id === 'delivery-form') void saveDelivery(detail)
  })
}
