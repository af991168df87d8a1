/**
 * The notification settings on the page: push on this device, text messages, the language of push
 * and text messages.
 */
import { setPreferences, type Preferences } from './api'
import { disablePush, enablePush, pushState, registerSubscription, currentSubscription, type PushState } from './push'
import { s } from './strings'
import { fail } from '../shared/feedback'
import { say } from '../shared/live'
import { pushHint } from './view'

/** The settings on the page, as the server last said. */
export interface Settings {
  root: HTMLElement
  prefs: Preferences
}

export function status(root: HTMLElement, message: string, tone: '' | 'ok' | 'bad' = ''): void {
  say(root, 'ib-pref-alert', '')
  say(root, 'ib-pref-status', message, tone)
}

export function refused(root: HTMLElement, err: unknown): void {
  say(root, 'ib-pref-status', '')
  fail(root, 'ib-pref-alert', err)
}

export function devices(root: HTMLElement, p: Preferences): void {
  const line = root.querySelector<HTMLElement>('#ib-devices')
  if (!line) return
  line.textContent = s().pushDevices(p.pushDevices)
  line.hidden = !(p.push && p.pushDevices)
}

export function showState(root: HTMLElement, push: HTMLInputElement, state: PushState): void {
  push.disabled = state === 'unsupported' || state === 'denied'
  const hint = root.querySelector<HTMLElement>('#ib-push-hint')
  if (hint) {
    hint.textContent = pushHint(state)
    hint.classList.toggle('warn', push.disabled)
  }
}

/** Push on this device turned on (the browser asks for permission) or off. */
export async function togglePush(st: Settings, push: HTMLInputElement): Promise<void> {
  const { root } = st
  const on = push.checked
  push.disabled = true
  status(root, s().working)
  try {
    if (on) {
      const result = await enablePush()
      if (result !== 'on') {
        push.checked = false
        const state: PushState = result === 'denied' ? 'denied' : result === 'unsupported' ? 'unsupported' : 'off'
        showState(root, push, state)
        status(root, result === 'dismissed' ? '' : pushHint(state), result === 'dismissed' ? '' : 'bad')
        return
      }
      st.prefs = await setPreferences({ push: true })
      status(root, s().pushOn, 'ok')
    } else {
      await disablePush()
      st.prefs = await setPreferences({ push: false })
      status(root, s().pushOff, 'ok')
    }
    devices(root, st.prefs)
    showState(root, push, on ? 'on' : 'off')
  } catch (err) {
    push.checked = !on
    showState(root, push, await pushState().catch((): PushState => 'unsupported'))
    refused(root, err)
  }
}

export async function toggleSms(st: Settings, sms: HTMLInputElement): Promise<void> {
  const on = sms.checked
  try {
    st.prefs = await setPreferences({ sms: on })
    status(st.root, on ? s().smsOn : s().smsOff, 'ok')
  } catch (err) {
    sms.checked = !on
    refused(st.root, err)
  }
}

export async function changeLocale(st: Settings, locale: HTMLSelectElement): Promise<void> {
  const before = st.prefs.locale
  try {
    st.prefs = await setPreferences({ locale: locale.value })
    status(st.root, s().localeSaved, 'ok')
  } catch (err) {
    locale.value = before
    refused(st.root, err)
  }
}

export function mountSettings(root: HTMLElement, initial: Preferences, initialState: PushState): void {
  const st: Settings = { root, prefs: initial }
  // Subscribed here and push on: make sure the server has this browser for this person (another
  // account may have used it, or the server lost it).
  if (initialState === 'on' && initial.push) {
    void currentSubscription()
      .then((sub) => (sub ? registerSubscription(sub) : null))
      .catch(() => {
        /* shown as on; the next visit tries again */
      })
  }
  const push = root.querySelector<HTMLInputElement>('#ib-push')
  const sms = root.querySelector<HTMLInputElement>('#ib-sms')
  const locale = root.querySelector<HTMLSelectElement>('#ib-locale')
  push?.addEventListener('change', () => void togglePush(st, push))
  sms?.addEventListener('change', () => void toggleSms(st, sms))
  locale?.addEventListener('change', () => void changeLocale(st, locale))
}
