/**
 * /wallet: my licences (saved for offline), each with "show QR code" (presentLicence: a signed,
 * short-lived QR carrying only what the holder ticks).
 */
import type * as G from '../generated/graphql'
import { gql, GraphQLFailure, hasSession, SignInNeeded } from '../shared/session'
import type { View } from '../views/view'
import { WALLET_CACHE } from './jws'
import { html, isEn, raw, type Html } from '../shared/kit'
import { s } from './strings'
import { nodes } from '../shared/connection'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { idCardBox, mountIdCard } from './idcard'

const MINE = /* GraphQL */ `
  query MyLicences {
    myLicences(first: 100) {
      edges {
        node {
          id typeCode name number holderName organizationName fields { key label labelEn value valueLabel valueLabelEn } issuer { code name nameEn }
          issuedOn expiresOn status defaultDisclosure
        }
      }
    }
  }
`
const PRESENT = /* GraphQL */ `
  mutation PresentLicence($id: ID!, $disclose: [String!]) {
    presentLicence(id: $id, disclose: $disclose, ttlSeconds: 300) {
      __typename ... on LicencePresentation { token qrSvg qrVersion expiresAt } ... on WalletError { code message messageEn }
    }
  }
`
type Licence = G.MyLicencesQuery['myLicences']['edges'][number]['node']
const SAVED = '/wallet/_mine' // the saved list's key in the wallet cache (never fetched)

async function savedList(): Promise<Licence[] | null> {
  try {
    const res = await (await caches.open(WALLET_CACHE)).match(SAVED)
    return res ? ((await res.json()) as Licence[]) : null
  } catch {
    return null
  }
}

async function saveList(list: Licence[] | null): Promise<void> {
  try {
    const cache = await caches.open(WALLET_CACHE)
    if (list) await cache.put(SAVED, new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }))
    else await cache.delete(SAVED)
  } catch {
    /* no storage: online only */
  }
}

const tr = (zh: string, en: string): string => (isEn() && en ? en : zh)

function card(l: Licence): Html {
  const t = s()
  const rows: [string, string][] = [
    [tr('证照编号', 'Number'), l.number],
    [tr('签发机关', 'Issued by'), tr(l.issuer.name, l.issuer.nameEn)],
    [tr('持证人', 'Holder'), l.holderName],
    ...(l.organizationName ? [[tr('主体', 'Organisation'), l.organizationName] as [string, string]] : []),
    ...l.fields.map((f) => [tr(f.label, f.labelEn), tr(f.valueLabel, f.valueLabelEn)] as [string, string]),
    [tr('发证日期', 'Issued on'), l.issuedOn],
    [tr('有效期至', 'Valid until'), l.expiresOn ?? tr('长期', 'no expiry')],
  ]
  const choices: [string, string][] = [
    ['holder', tr('持证人姓名', "Holder's name")],
    ['number', tr('证照编号', 'Number')],
    ...l.fields.map((f) => [f.key, tr(f.label, f.labelEn)] as [string, string]),
  ]
  const active = l.status === 'ACTIVE'
  return html`<li class="licence" data-id="${l.id}" data-default="${choices.map(([k]) => k).filter((k) => l.defaultDisclosure.includes(k)).join()}">
<h2 class="licence-t">${l.name} <span class="badge${active ? ' ok' : ''}">${t.status[l.status] ?? l.status}</span></h2>
<dl class="kv">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
${
  active
    ? html`<details class="disclose"><summary>${t.disclose}</summary>
<fieldset class="choices"><legend class="visually-hidden">${t.disclose}</legend>
${choices.map(
  ([key, label]) =>
    html`<label class="choice"><input type="checkbox" name="disclose" value="${key}"${l.defaultDisclosure.includes(key) ? raw(' checked') : ''}> ${label}</label>`,
)}</fieldset></details>
<p><button type="button" class="btn" data-show="${l.id}">${t.showQr}</button></p>
<div class="qr-out" id="qr-${l.id}" hidden></div>`
    : ''
}
</li>`
}

async function signedOut(): Promise<View> {
  const t = s()
  await saveList(null) // signed out on this device: nothing of the last person stays
  const body = html`<h1 tabindex="-1">${t.walletTitle}</h1><p>${t.signInFirst}</p>
<p><a class="btn" href="/signin?next=/wallet">${t.signIn}</a></p>
<p><a href="/verify">${t.verifyLink}</a></p>`
  return { title: pageTitle(t.walletTitle), body }
}

export async function walletView(): Promise<View> {
  const t = s()
  if (!hasSession()) return signedOut()
  let list: Licence[]
  let fromCache = false
  try {
    list = nodes((await gql<G.MyLicencesQuery>(MINE)).myLicences)
    await saveList(list)
  } catch (err) {
    if (err instanceof SignInNeeded) return signedOut()
    const copy = err instanceof GraphQLFailure && err.offline ? await savedList() : null
    if (!copy) throw err
    list = copy
    fromCache = true
  }
  const body = html`<h1 tabindex="-1">${t.walletTitle}</h1>
<p class="muted">${fromCache ? t.savedCopy : t.walletLead}</p>
${list.length ? html`<ul class="licences">${list.map(card)}</ul>` : html`<p>${t.walletEmpty}</p>`}
${fromCache ? '' : await idCardBox()}
<p><a href="/verify">${t.verifyLink}</a></p>`
  return { title: pageTitle(t.walletTitle), body, fromCache, mount: mountWallet }
}

function mountWallet(root: HTMLElement): void {
  const t = s()
  mountIdCard(root)
  root.addEventListener('click', async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-show]')
    if (!button) return
    const id = button.dataset.show as string
    const out = root.querySelector<HTMLElement>(`#qr-${CSS.escape(id)}`)
    if (!out) return
    if (!out.hidden) {
      out.hidden = true
      out.innerHTML = ''
      button.textContent = t.showQr
      return
    }
    const item = button.closest('li')
    const ticked = [...(item?.querySelectorAll<HTMLInputElement>('input[name=disclose]:checked') ?? [])].map((i) => i.value)
    // untouched: let the server choose (the defaults, as many fields as fit in the QR code)
    const disclose = ticked.join() === item?.getAttribute('data-default') ? null : ticked
    button.disabled = true
    try {
      const { presentLicence: p } = await gql<G.PresentLicenceMutation, G.PresentLicenceMutationVariables>(PRESENT, { id, disclose })
      if (p.__typename === 'WalletError') {
        out.innerHTML = html`<p class="alert" role="alert">${tr(p.message, p.messageEn)}</p>`.value
      } else {
        // the SVG is the server's own rendering of the QR (api/qr/render.py): markup we made, not user input
        out.innerHTML = html`<div class="qr-box" data-token="${p.token}" data-version="${p.qrVersion}">${raw(
          p.qrSvg.replace('<svg ', `<svg class="qr-svg" aria-label="${tr('证照二维码', 'Licence QR code')}" `),
        )}</div><p class="muted">${p.expiresAt ? t.qrValid(dateTime(p.expiresAt)) : ''}</p>`.value
        button.textContent = t.hideQr
      }
      out.hidden = false
    } catch (err) {
      out.innerHTML = html`<p class="alert" role="alert">${err instanceof GraphQLFailure && err.offline ? t.offlineQr : t.problem}</p>`.value
      out.hidden = false
    } finally {
      button.disabled = false
    }
  })
}
