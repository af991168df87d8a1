/**
 * /inbox: the in-app inbox (the server always writes it, whatever the other channels), newest first,
 * unread ones marked; tapping a message marks it read and opens what it is about. Below it, the
 * notification settings: push on this device, SMS, the language of push and SMS texts.
 */
import { html, navigate, pick, type Html } from '../shared/kit'
import { GraphQLFailure, SignInNeeded } from '../shared/session'
import type { View } from '../views/view'
import {
  inboxAndPreferences,
  inboxPage,
  markRead,
  PAGE_SIZE,
  PreferencesRefused,
  setPreferences,
  type InboxMessage,
  type Preferences,
} from './api'
import { disablePush, enablePush, PushRefused, pushState, registerSubscription, currentSubscription, type PushState } from './push'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { errorText } from '../shared/feedback'

/** How long a tap waits for "mark read" before opening the message anyway. */
const MARK_WAIT_MS = 1500

const title = (m: InboxMessage): string => pick(m.title, m.titleEn)
const body = (m: InboxMessage): string => pick(m.body, m.bodyEn)

/** Only paths of this site: a message never sends the reader elsewhere. */
function localUrl(url: string): string {
  try {
    const u = new URL(url, location.origin)
    return u.origin === location.origin ? u.pathname + u.search + u.hash : '/inbox'
  } catch {
    return '/inbox'
  }
}

function items(list: InboxMessage[]): Html {
  const t = s()
  return html`${list.map((m) => {
    const unread = !m.readAt
    return html`<li class="ib-msg${unread ? ' unread' : ''}" data-id="${m.id}">
<a class="ib-link" href="${localUrl(m.url)}" data-id="${m.id}">
<span class="ib-t">${unread ? html`<span class="ib-flag">${t.unreadMark}</span>` : ''}${title(m)}</span>
<span class="ib-b">${body(m)}</span>
<time class="ib-m" datetime="${m.createdAt}">${dateTime(m.createdAt)}</time>
</a></li>`
  })}`
}

function pushHint(state: PushState): string {
  const t = s()
  if (state === 'unsupported') return t.pushUnsupported
  if (state === 'denied') return t.pushDenied
  return t.pushHint
}

function settings(p: Preferences, state: PushState): Html {
  const t = s()
  const pushOn = p.push && state === 'on'
  const pushBlocked = state === 'unsupported' || state === 'denied'
  const checked = (on: boolean) => (on ? html` checked` : '')
  return html`<section class="sec ib-settings" aria-labelledby="ib-settings-h"><h2 id="ib-settings-h">${t.settingsTitle}</h2>
<p class="muted">${t.settingsLead}</p>
<div class="ib-switch"><input type="checkbox" role="switch" id="ib-push"${checked(pushOn)}${pushBlocked ? html` disabled` : ''} aria-describedby="ib-push-hint">
<label for="ib-push">${t.pushLabel}</label></div>
<p class="ib-hint${pushBlocked ? ' warn' : ''}" id="ib-push-hint">${pushHint(state)}</p>
<p class="ib-hint" id="ib-devices"${p.push && p.pushDevices ? '' : html` hidden`}>${t.pushDevices(p.pushDevices)}</p>
<div class="ib-switch"><input type="checkbox" role="switch" id="ib-sms"${checked(p.sms)} aria-describedby="ib-sms-hint">
<label for="ib-sms">${t.smsLabel}</label></div>
<p class="ib-hint" id="ib-sms-hint">${t.smsHint}</p>
<div class="ib-field"><label for="ib-locale">${t.localeLabel}</label>
<select id="ib-locale">
<option value="zh-CN"${p.locale === 'zh-CN' ? html` selected` : ''} lang="zh-CN">${t.localeZh}</option>
<option value="en"${p.locale === 'en' ? html` selected` : ''} lang="en">${t.localeEn}</option>
</select></div>
<p class="ib-status" id="ib-pref-status" role="status" aria-live="polite"></p>
<div class="ib-alert" id="ib-pref-alert" role="alert"></div>
</section>`
}

export function signInFirstView(): View {
  const t = s()
  return {
    title: pageTitle(t.inboxTitle),
    body: html`<h1 tabindex="-1">${t.inboxTitle}</h1><p>${t.signInFirst}</p>
<p><a class="btn" href="/signin?next=${encodeURIComponent('/inbox')}">${t.signIn}</a></p>`,
  }
}

export async function inboxView(): Promise<View> {
  const t = s()
  const [{ page, preferences }, state] = await Promise.all([inboxAndPreferences(), pushState().catch((): PushState => 'unsupported')])
  const body = html`<h1 tabindex="-1">${t.inboxTitle}</h1>
<p class="muted">${t.inboxLead}</p>
<div class="ib-bar"><p id="ib-unread" class="ib-count" aria-live="polite">${t.unread(page.unreadCount)}</p>
<button type="button" class="btn alt ib-small" id="ib-mark-all"${page.unreadCount ? '' : html` hidden`}>${t.markAllRead}</button></div>
<div class="ib-alert" id="ib-alert" role="alert"></div>
${page.nodes.length ? '' : html`<p id="ib-empty" class="ib-empty">${t.empty}</p>`}
<ul class="ib-list" id="ib-list">${items(page.nodes)}</ul>
<p${page.nextCursor ? '' : html` hidden`}><button type="button" class="btn alt" id="ib-more" data-after="${page.nextCursor ?? ''}">${t.more}</button></p>
${settings(preferences, state)}`
  return {
    title: pageTitle(t.inboxTitle),
    body,
    mount: (root) => {
      mountList(root, page.unreadCount)
      mountSettings(root, preferences, state)
    },
  }
}

// --- behaviour -----------------------------------------------------------------------------------

function say(root: ParentNode, id: string, message: string, tone: '' | 'ok' | 'bad' = ''): void {
  const el = root.querySelector<HTMLElement>(`#${id}`)
  if (!el) return
  el.textContent = message
  el.dataset.tone = tone
}

function problem(err: unknown): string {
  if (err instanceof GraphQLFailure && err.offline) return s().offline
  if (err instanceof PreferencesRefused || err instanceof PushRefused) return errorText(err.error)
  return s().failed
}

function lost(err: unknown): boolean {
  if (!(err instanceof SignInNeeded)) return false
  navigate(`/signin?next=${encodeURIComponent('/inbox')}`, true)
  return true
}

function busy(button: HTMLButtonElement): () => void {
  const label = button.textContent
  button.disabled = true
  button.setAttribute('aria-busy', 'true')
  button.textContent = s().working
  return () => {
    button.disabled = false
    button.removeAttribute('aria-busy')
    button.textContent = label
  }
}

function mountList(root: HTMLElement, initialUnread: number): void {
  const list = root.querySelector<HTMLUListElement>('#ib-list')
  if (!list) return
  let unread = initialUnread

  const showUnread = (count: number) => {
    unread = count
    say(root, 'ib-unread', s().unread(count))
    const all = root.querySelector<HTMLButtonElement>('#ib-mark-all')
    if (all) all.hidden = count === 0
  }
  const markShown = (ids: string[]) => {
    for (const id of ids) {
      const li = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)
      li?.classList.remove('unread')
      li?.querySelector('.ib-flag')?.remove()
    }
  }

  list.addEventListener('click', async (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.ib-link')
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const id = link.dataset.id ?? ''
    const li = link.closest('li')
    const target = link.getAttribute('href') ?? '/inbox'
    e.preventDefault() // opened below, once the message is marked read (or the wait is over)
    if (li?.classList.contains('unread')) {
      markShown([id])
      showUnread(Math.max(0, unread - 1))
      const marked = markRead([id]).then(showUnread, (err: unknown) => {
        if (lost(err)) return
        li.classList.add('unread') // still unread on the server: show it so
      })
      await Promise.race([marked, new Promise((resolve) => window.setTimeout(resolve, MARK_WAIT_MS))])
    }
    if (target !== location.pathname + location.search) navigate(target)
  })

  root.querySelector<HTMLButtonElement>('#ib-mark-all')?.addEventListener('click', async (e) => {
    const button = e.currentTarget as HTMLButtonElement
    say(root, 'ib-alert', '')
    const undo = busy(button)
    try {
      const ids = new Set([...list.querySelectorAll<HTMLElement>('li.unread')].map((li) => li.dataset.id ?? ''))
      // Unread ones further down, not loaded yet (the server has no "mark all").
      let after = root.querySelector<HTMLButtonElement>('#ib-more')?.dataset.after || null
      for (let pages = 0; after && ids.size < unread && pages < 10; pages++) {
        const next = await inboxPage(after, 100)
        next.nodes.filter((m) => !m.readAt).forEach((m) => ids.add(m.id))
        after = next.nextCursor
      }
      const left = await markRead([...ids])
      markShown([...ids])
      showUnread(left)
      say(root, 'ib-unread', `${s().allRead} ${s().unread(left)}`)
    } catch (err) {
      if (!lost(err)) say(root, 'ib-alert', problem(err), 'bad')
    } finally {
      undo()
      if (unread === 0) root.querySelector<HTMLElement>('h1')?.focus()
    }
  })

  root.querySelector<HTMLButtonElement>('#ib-more')?.addEventListener('click', async (e) => {
    const button = e.currentTarget as HTMLButtonElement
    const undo = busy(button)
    try {
      const next = await inboxPage(button.dataset.after || null, PAGE_SIZE)
      const first = list.children.length
      list.insertAdjacentHTML('beforeend', items(next.nodes).value)
      showUnread(next.unreadCount)
      button.dataset.after = next.nextCursor ?? ''
      if (button.parentElement) button.parentElement.hidden = !next.nextCursor
      list.children[first]?.querySelector<HTMLElement>('a')?.focus()
    } catch (err) {
      if (!lost(err)) say(root, 'ib-alert', problem(err), 'bad')
    } finally {
      undo()
    }
  })

  // A push arrived while the inbox is open (the service worker tells its pages): show it.
  if ('serviceWorker' in navigator) {
    const onMessage = async (e: MessageEvent) => {
      if (!list.isConnected) {
        navigator.serviceWorker.removeEventListener('message', onMessage)
        return
      }
      if ((e.data as { type?: string } | null)?.type !== 'ov-push') return
      try {
        const page = await inboxPage(null, PAGE_SIZE)
        const known = new Set([...list.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.id))
        const fresh = page.nodes.filter((m) => !known.has(m.id))
        if (!fresh.length) return
        list.insertAdjacentHTML('afterbegin', items(fresh).value)
        root.querySelector('#ib-empty')?.remove()
        showUnread(page.unreadCount)
        say(root, 'ib-unread', `${s().newMessages} ${s().unread(page.unreadCount)}`)
      } catch {
        /* the list stays as it is; the next visit shows the new one */
      }
    }
    navigator.serviceWorker.addEventListener('message', onMessage)
  }
}

function mountSettings(root: HTMLElement, initial: Preferences, initialState: PushState): void {
  let prefs = initial
  const push = root.querySelector<HTMLInputElement>('#ib-push')
  const sms = root.querySelector<HTMLInputElement>('#ib-sms')
  const locale = root.querySelector<HTMLSelectElement>('#ib-locale')
  const status = (message: string, tone: '' | 'ok' | 'bad' = '') => {
    say(root, 'ib-pref-alert', '')
    say(root, 'ib-pref-status', message, tone)
  }
  const alert = (err: unknown) => {
    if (lost(err)) return
    say(root, 'ib-pref-status', '')
    say(root, 'ib-pref-alert', problem(err), 'bad')
  }
  const devices = (p: Preferences) => {
    const line = root.querySelector<HTMLElement>('#ib-devices')
    if (!line) return
    line.textContent = s().pushDevices(p.pushDevices)
    line.hidden = !(p.push && p.pushDevices)
  }
  const showState = (state: PushState) => {
    if (!push) return
    push.disabled = state === 'unsupported' || state === 'denied'
    const hint = root.querySelector<HTMLElement>('#ib-push-hint')
    if (hint) {
      hint.textContent = pushHint(state)
      hint.classList.toggle('warn', push.disabled)
    }
  }

  // Subscribed here and push on: make sure the server has this browser for this person (another
  // account may have used it, or the server lost it).
  if (initialState === 'on' && initial.push) {
    void currentSubscription()
      .then((sub) => (sub ? registerSubscription(sub) : null))
      .catch(() => {
        /* shown as on; the next visit tries again */
      })
  }

  push?.addEventListener('change', async () => {
    const on = push.checked
    push.disabled = true
    status(s().working)
    try {
      if (on) {
        const result = await enablePush()
        if (result !== 'on') {
          push.checked = false
          const state: PushState = result === 'denied' ? 'denied' : result === 'unsupported' ? 'unsupported' : 'off'
          showState(state)
          status(result === 'dismissed' ? '' : pushHint(state), result === 'dismissed' ? '' : 'bad')
          return
        }
        prefs = await setPreferences({ push: true })
        status(s().pushOn, 'ok')
      } else {
        await disablePush()
        prefs = await setPreferences({ push: false })
        status(s().pushOff, 'ok')
      }
      devices(prefs)
      showState(on ? 'on' : 'off')
    } catch (err) {
      push.checked = !on
      showState(await pushState().catch((): PushState => 'unsupported'))
      alert(err)
    }
  })

  sms?.addEventListener('change', async () => {
    const on = sms.checked
    try {
      prefs = await setPreferences({ sms: on })
      status(on ? s().smsOn : s().smsOff, 'ok')
    } catch (err) {
      sms.checked = !on
      alert(err)
    }
  })

  locale?.addEventListener('change', async () => {
    const before = prefs.locale
    try {
      prefs = await setPreferences({ locale: locale.value })
      status(s().localeSaved, 'ok')
    } catch (err) {
      locale.value = before
      alert(err)
    }
  })
}
