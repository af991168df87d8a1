/**
 * What every signed-in screen (account, apply, desk, visit) uses to speak to the person: live
 * regions present from the first render, a message put into one, and a button that says it is
 * busy. One copy, shared by the lazily loaded chunks (the guide page carries none of it).
 */
import { html, type Html } from './kit'
import { common } from './strings'

/** An alert region (focusable, so a screen can move focus to the first problem). */
export const alertRegion = (id = 'alert'): Html => html`<div class="alert" id="${id}" role="alert" tabindex="-1"></div>`
/** A polite status region. */
export const statusRegion = (id = 'status'): Html =>
  html`<p class="status" id="${id}" role="status" aria-live="polite" tabindex="-1"></p>`

export function say(root: ParentNode, id: string, message: string, tone: '' | 'ok' | 'bad' = ''): void {
  const el = root.querySelector<HTMLElement>(`#${id}`)
  if (!el) return
  el.textContent = message
  el.classList.toggle('on', !!message)
  el.dataset.tone = tone
}

/** Disable a button while something runs and say so on it; returns the function that undoes it. */
export function busy(button: HTMLButtonElement | null, text = common().working): () => void {
  if (!button) return () => {}
  const label = button.innerHTML
  button.disabled = true
  button.setAttribute('aria-busy', 'true')
  button.textContent = text
  return () => {
    button.disabled = false
    button.removeAttribute('aria-busy')
    button.innerHTML = label
  }
}
