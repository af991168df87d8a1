/**
 * My bookings on the page: cancelling one (after a confirmation), and the field for an item code.
 */
import { navigate } from '../../shared/kit'
import { cancelBooking, isError } from '../api'
import { s } from '../strings'
import { errorText, fail, setError } from '../../shared/feedback'
import { busy, say } from '../../shared/live'
import { type Booker, repaintSlots, reloadSlots, reloadBookings } from './calendar'

/** Cancel a booking (after the confirmation). */
export async function cancel(b: Booker, id: string, button: HTMLButtonElement): Promise<void> {
  const { root } = b
  const done = busy(button)
  try {
    const r = await cancelBooking(id)
    if (isError(r)) {
      done()
      say(root, 'alert', errorText(r), 'bad')
      return root.querySelector<HTMLElement>('#alert')?.focus()
    }
    if (b.moving?.id === id) {
      b.moving = null
      root.querySelector('#moving-box')?.replaceChildren()
      repaintSlots(b)
    }
    root.querySelector('#result')?.replaceChildren()
    await Promise.all([reloadBookings(b), reloadSlots(b)])
    say(root, 'status', s().cancelled, 'ok')
    root.querySelector<HTMLElement>('#status')?.focus()
  } catch (err) {
    done()
    fail(root, 'alert', err)
  }
}

/** Cancel buttons of my bookings: confirmed in a dialog (or the browser's confirm where <dialog> is missing). */
export function mountCancel(b: Booker): void {
  const { root } = b
  const t = s()
  const dialog = root.querySelector<HTMLDialogElement>('#cancel-dialog')
  let cancelling: { id: string; button: HTMLButtonElement } | null = null
  const go = () => {
    if (!cancelling) return
    const { id, button } = cancelling
    cancelling = null
    void cancel(b, id, button)
  }
  dialog?.addEventListener('close', () => {
    if (dialog.returnValue === 'yes') return go()
    cancelling?.button.focus()
    cancelling = null
  })
  root.querySelector('#mine')?.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-cancel]')
    if (!button) return
    cancelling = { id: button.dataset.cancel ?? '', button }
    const lead = t.cancelLead(button.dataset.when ?? '')
    if (dialog && typeof dialog.showModal === 'function') {
      const p = dialog.querySelector('#cd-lead')
      if (p) p.textContent = lead
      dialog.returnValue = ''
      dialog.showModal()
      dialog.querySelector<HTMLElement>('#cancel-no')?.focus()
    } else if (window.confirm(`${t.cancelTitle}\n${lead}`)) go()
    else cancelling = null
  })
}

/** Without an item: a field for its code. */
export function mountCodeForm(root: HTMLElement): void {
  root.querySelector<HTMLFormElement>('#code-form')?.addEventListener('submit', (e) => {
    e.preventDefault()
    const input = root.querySelector<HTMLInputElement>('#item-code')
    const value = (input?.value ?? '').trim().toUpperCase()
    setError(root, 'item-code', value ? null : s().itemCodeNeeded)
    if (!value) return input?.focus()
    navigate(`/appointments?item=${encodeURIComponent(value)}`)
  })
}
