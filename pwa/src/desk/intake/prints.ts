/**
 * The counter's printed documents from any application at the desk: 受理回执 (always, once it has a
 * tracking number), 一次性告知书 (while it waits for corrections) and 不予受理通知书 (once refused), on
 * A4 or an 80 mm receipt slip. The PDF comes from the server (GET /counter/applications/<id>/<kind>.pdf).
 */
import { html, type Html } from '../../shared/kit'
import { busy, say } from '../../shared/live'
import { s } from '../strings'
import { fail, isClerk, isSupervisor } from '../ui'
import type { Me } from '../api'
import { printed, type PrintKind, type PrintWidth } from './api'

interface Printable {
  id: string
  status: string
  trackingNumber: string | null
}

export function kindsFor(a: Printable): PrintKind[] {
  if (!a.trackingNumber) return []
  const kinds: PrintKind[] = ['receipt']
  if (a.status === 'NEEDS_CORRECTION') kinds.push('correction')
  if (a.status === 'REJECTED') kinds.push('refusal')
  return kinds
}

export function printsHtml(a: Printable, me: Me): Html {
  const t = s()
  const kinds = kindsFor(a)
  if (!kinds.length || !(isClerk(me) || isSupervisor(me))) return html``
  return html`<div class="actions prints" role="group" aria-labelledby="prints-h"><span id="prints-h" class="m">${t.printsLabel}</span>
<label for="print-width" class="sr">${t.printWidth}</label><select id="print-width"><option value="a4">A4</option><option value="80mm">${t.slip80}</option></select>
${kinds.map((k) => html`<button type="button" class="btn alt small" data-print="${k}">${t.printKinds[k]}</button>`)}</div>`
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Print one document (the button's `data-print`), at the width chosen in `#print-width` or `width`. */
export async function printFrom(root: HTMLElement, button: HTMLButtonElement, a: Printable, width?: PrintWidth): Promise<void> {
  const t = s()
  const kind = button.dataset.print as PrintKind
  const chosen = width ?? (root.querySelector<HTMLSelectElement>('#print-width')?.value === '80mm' ? '80mm' : 'a4')
  const undo = busy(button)
  say(root, 'alert', '')
  try {
    download(await printed(a.id, kind, chosen), `${a.trackingNumber ?? a.id}-${t.printKinds[kind]}-${chosen}.pdf`)
    say(root, 'status', t.printed, 'ok')
  } catch (err) {
    fail(root, 'alert', err)
  } finally {
    undo()
  }
}
