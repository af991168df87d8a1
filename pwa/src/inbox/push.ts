/**
 * Web Push on this device: subscribe with the server's VAPID key and hand the subscription to the
 * server (subscribePush), unsubscribe, and offerPush(), the small "开启通知 / Turn on notifications"
 * card another screen shows at a sensible moment — after an application was submitted, never on a
 * first visit: the browser's permission question only comes when the person taps "开启通知".
 *
 * Self-contained (its own strings and styles, no kit): the application screens import offerPush
 * from here whether or not the inbox or account screens were ever drawn in this page.
 */
import { addStyles } from '../shared/stylesheet'
import type * as G from '../generated/graphql'
import { GraphQLFailure, gql, hasSession, UNSUBSCRIBE_PUSH } from '../shared/session'
import { s } from './strings'
import { Refusal } from '../shared/feedback'

export type PushState = 'unsupported' | 'denied' | 'off' | 'on'
export type EnableResult = 'on' | 'denied' | 'dismissed' | 'unsupported'

/** When "以后再说" was tapped (ms); the card is not offered again for a while. */
const LATER_KEY = 'ov.push.later'
const LATER_MS = 14 * 24 * 60 * 60 * 1000
const READY_TIMEOUT_MS = 10_000

const SUBSCRIBE = /* GraphQL */ `
  mutation SubscribePush($endpoint: String!, $p256dh: String!, $auth: String!, $userAgent: String!) {
    subscribePush(endpoint: $endpoint, p256dh: $p256dh, auth: $auth, userAgent: $userAgent) {
      __typename ... on PushSubscribed { pushDevices } ... on NotificationError { code message messageEn }
    }
  }
`
const PUSH_PREFERENCE = /* GraphQL */ `query PushPreference { myNotificationPreferences { push } }`
const VAPID_KEY = /* GraphQL */ `query VapidPublicKey { vapidPublicKey }`

type NotificationError = Extract<G.SubscribePushMutation['subscribePush'], { __typename: 'NotificationError' }>

/** Web Push needs a service worker, the Push API and notifications (iOS: only in the installed app). */
export function pushSupported(): boolean {
  return (
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window &&
    typeof ServiceWorkerRegistration !== 'undefined' &&
    'showNotification' in ServiceWorkerRegistration.prototype
  )
}

/**
 * The app's service worker registration once active; null without one (dev server, failed install).
 * `wait`: also wait (a while) for one still being registered or installed, as on a first visit.
 */
async function registration(wait = false): Promise<ServiceWorkerRegistration | null> {
  if (!pushSupported()) return null
  const existing = await navigator.serviceWorker.getRegistration('/')
  if (existing?.active) return existing
  if (!existing && !wait) return null
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => window.setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ])
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.trim().replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function sameBytes(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false
  const view = new Uint8Array(a)
  return view.every((byte, i) => byte === b[i])
}

let vapidKey: Promise<string> | null = null
function serverKey(): Promise<string> {
  vapidKey ??= gql<G.VapidPublicKeyQuery>(VAPID_KEY, {}, false)
    .then((d) => d.vapidPublicKey)
    .catch((err) => {
      vapidKey = null
      throw err
    })
  return vapidKey
}

/** The server refused this browser's subscription (its message in both languages). */
export class PushRefused extends Refusal {
  constructor(error: NotificationError) {
    super(error.code, error.message, error.messageEn)
  }
}

/** Tell the server about this browser's subscription (idempotent; takes it over from another account). */
export async function registerSubscription(subscription: PushSubscription): Promise<number> {
  const json = subscription.toJSON()
  const r = await gql<G.SubscribePushMutation, G.SubscribePushMutationVariables>(SUBSCRIBE, {
    endpoint: subscription.endpoint,
    p256dh: json.keys?.p256dh ?? '',
    auth: json.keys?.auth ?? '',
    userAgent: navigator.userAgent.slice(0, 256),
  })
  if (r.subscribePush.__typename === 'NotificationError') throw new PushRefused(r.subscribePush)
  return r.subscribePush.pushDevices
}

/** This browser's subscription, if it has one and may show notifications. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported() || Notification.permission !== 'granted') return null
  const reg = await registration()
  return (await reg?.pushManager.getSubscription()) ?? null
}

/** On: this browser has a subscription and may show notifications. */
export async function pushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported'
  if (Notification.permission === 'denied') return 'denied'
  return (await currentSubscription()) ? 'on' : 'off'
}

/**
 * Ask for permission (call it from a tap: browsers only ask then), subscribe with the server's key
 * and store the subscription on the server. A subscription made with another key (the server's key
 * was replaced) is renewed.
 */
export async function enablePush(): Promise<EnableResult> {
  if (!pushSupported()) return 'unsupported'
  let permission = Notification.permission
  if (permission === 'default') permission = await Notification.requestPermission()
  if (permission === 'denied') return 'denied'
  if (permission !== 'granted') return 'dismissed'
  const reg = await registration(true)
  if (!reg) return 'unsupported'
  const key = fromBase64Url(await serverKey())
  let subscription = await reg.pushManager.getSubscription()
  if (subscription && !sameBytes(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe()
    subscription = null
  }
  subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
  await registerSubscription(subscription)
  return 'on'
}

/** Stop push on this device: forget it on the server, then at the push service. */
export async function disablePush(): Promise<void> {
  const reg = await registration()
  const subscription = await reg?.pushManager.getSubscription()
  if (!subscription) return
  await gql<G.UnsubscribePushMutation, G.UnsubscribePushMutationVariables>(UNSUBSCRIBE_PUSH, { endpoint: subscription.endpoint })
  await subscription.unsubscribe()
}

// --- the offer -----------------------------------------------------------------------------------

const OFFER_CSS = `.ov-offer{position:fixed;left:.75rem;right:.75rem;bottom:calc(.75rem + env(safe-area-inset-bottom));z-index:7;max-width:30rem;margin:0 auto;padding:1rem;border:2px solid var(--brand,#0a4fa3);border-radius:.75rem;background:var(--bg,#fff);color:var(--fg,#1b1b1b);box-shadow:0 .25rem 1.25rem rgba(0,0,0,.25)}
.ov-offer.inline{position:static;margin:1rem 0;max-width:none;box-shadow:none}
.ov-offer h2{margin:0 0 .25rem;font-size:1.1rem}
.ov-offer p{margin:.25rem 0 .75rem}
.ov-offer .ov-offer-actions{display:flex;flex-wrap:wrap;gap:.5rem}
.ov-offer .ov-offer-actions .btn{flex:1 1 8rem}
.ov-offer[data-tone=ok]{border-color:var(--ok-fg,#0b5a2a)}`

function addOfferStyles(): void {
  addStyles('ov-offer-css', OFFER_CSS)
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

function laterAsked(): boolean {
  try {
    const at = Number(localStorage.getItem(LATER_KEY) ?? 0)
    return Date.now() - at < LATER_MS
  } catch {
    return false
  }
}

function rememberLater(): void {
  try {
    localStorage.setItem(LATER_KEY, String(Date.now()))
  } catch {
    /* asked again next time */
  }
}

/** Whether the card is worth showing: push possible, not on yet, not refused, not turned off. */
async function worthOffering(): Promise<boolean> {
  if (!hasSession() || !pushSupported() || Notification.permission === 'denied' || laterAsked()) return false
  if (document.getElementById('ov-offer')) return false
  const reg = await registration(true)
  if (!reg) return false
  if (Notification.permission === 'granted' && (await reg.pushManager.getSubscription())) return false
  // The person turned push off in the settings: respect it.
  const { myNotificationPreferences } = await gql<G.PushPreferenceQuery>(PUSH_PREFERENCE)
  return myNotificationPreferences.push
}

/**
 * Offer to turn on notifications: a small card with "开启通知" and "以后再说". Shown only when it can
 * work and is not on yet, not refused (browser permission denied, "以后再说" in the last two weeks,
 * push turned off in the settings). Without `place` it is a card fixed at the bottom of the screen,
 * which stays while the app moves to another page (call it right after navigating to the submitted
 * application); with `place`, it is put at the end of that element. Never throws; resolves to
 * whether the card was shown.
 */
export async function offerPush(place?: Element | null): Promise<boolean> {
  try {
    if (!(await worthOffering())) return false
  } catch {
    return false
  }
  if (document.getElementById('ov-offer')) return false
  addOfferStyles()
  const t = s()
  const text = el('p', { id: 'ov-offer-text' }, t.offerText)
  const yes = el('button', { type: 'button', className: 'btn', id: 'ov-offer-yes' }, t.offerYes)
  const later = el('button', { type: 'button', className: 'btn alt', id: 'ov-offer-later' }, t.offerLater)
  const actions = el('div', { className: 'ov-offer-actions' }, yes, later)
  const heading = el('h2', { id: 'ov-offer-h' }, t.offerTitle)
  const card = el('section', { id: 'ov-offer', className: place ? 'ov-offer inline' : 'ov-offer' }, heading, text, actions)
  card.setAttribute('aria-labelledby', 'ov-offer-h')
  text.setAttribute('aria-live', 'polite')

  const close = () => card.remove()
  const done = (message: string, tone: 'ok' | 'bad') => {
    text.textContent = message
    card.dataset.tone = tone
    const ok = el('button', { type: 'button', className: 'btn alt', id: 'ov-offer-close' }, s().offerClose)
    ok.addEventListener('click', close)
    actions.replaceChildren(ok)
    ok.focus()
  }
  later.addEventListener('click', () => {
    rememberLater()
    close()
  })
  yes.addEventListener('click', async () => {
    yes.disabled = later.disabled = true
    yes.textContent = s().working
    try {
      const result = await enablePush()
      if (result === 'on') done(s().offerDone, 'ok')
      else if (result === 'denied' || result === 'dismissed') {
        if (result === 'dismissed') rememberLater()
        done(s().offerDenied, 'bad')
      } else done(s().offerFailed, 'bad')
    } catch (err) {
      done(err instanceof GraphQLFailure && err.offline ? s().offline : s().offerFailed, 'bad')
    }
  })
  if (place) place.append(card)
  else document.body.append(card)
  return true
}
