/**
 * /inbox: the in-app inbox (the server always writes it, whatever the other channels), newest
 * first, unread ones marked; tapping a message marks it read and opens what it is about. Below it,
 * the notification settings: push on this device, SMS, the language of push and SMS texts.
 */
import { html, pick, type Html } from '../shared/kit'
import { type View } from '../views/view'
import { inboxAndPreferences, type InboxMessage, type Preferences } from './api'
import { pushState, type PushState } from './push'
import { s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { mountList } from './list'
import { mountSettings } from './settings'

/** How long a tap waits for "mark read" before opening the message anyway. */
export const MARK_WAIT_MS = 1500

export const title = (m: InboxMessage): string => pick(m.title, m.titleEn)

export const body = (m: InboxMessage): string => pick(m.body, m.bodyEn)

/** Only paths of this site: a message never sends the reader elsewhere. */
export function localUrl(url: string): string {
  try {
    const u = new URL(url, location.origin)
    return u.origin === location.origin ? u.pathname + u.search + u.hash : '/inbox'
  } catch {
    return '/inbox'
  }
}

export function items(list: InboxMessage[]): Html {
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

export function pushHint(state: PushState): string {
  const t = s()
  if (state === 'unsupported') return t.pushUnsupported
  if (state === 'denied') return t.pushDenied
  return t.pushHint
}

export function settings(p: Preferences, state: PushState): Html {
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
