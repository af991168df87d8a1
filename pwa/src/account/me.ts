/** /me: profile, passkeys (add, remove), links to consents and the access log, sign out. */
import type { View } from '../views/view'
import { html, navigate, type Html } from '../shared/kit'
import { signOut } from '../shared/session'
import { roleLabel, s } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import { deviceName, fail, field, isIdentityError, refusal } from './ui'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { addPasskey } from './passkeys'
import { webAuthnSupported } from './webauthn'
import { fetchMe, removePasskey, type Passkey } from './api'


function passkeyItems(list: Passkey[]): Html {
  const t = s()
  return html`${list.map(
    (p) => html`<li class="row" data-id="${p.id}" data-name="${p.name}">
<div class="row-main"><span class="row-t">${p.name}</span>
<span class="m">${t.addedOn(dateTime(p.createdAt))} · ${p.lastUsedAt ? t.lastUsed(dateTime(p.lastUsedAt)) : t.neverUsed}</span>
<span class="badge${p.backedUp ? ' ok' : ''}">${p.backedUp ? t.synced : t.deviceOnly}</span></div>
<button type="button" class="btn alt small" data-remove="${p.id}" aria-label="${t.removeNamed(p.name)}">${t.remove}</button>
</li>`,
  )}`
}

export async function meView(): Promise<View> {
  const t = s()
  const me = await fetchMe()
  const helper = me.roles.includes('HELPER')
  const citizen = me.roles.includes('CITIZEN')
  const staff = me.roles.some((r) => r === 'WINDOW_CLERK' || r === 'REVIEWER' || r === 'SUPERVISOR' || r === 'ADMIN' || r === 'LEADER')
  const facts: [string, string | null][] = [
    [t.name, me.name],
    [t.phone, me.phone],
    [t.idNumber, me.idNumberMasked && `${me.idNumberMasked}${me.idVerified ? ` ${t.idVerified}` : ''}`],
    [t.roles, me.roles.map(roleLabel).join('、')],
    [t.department, me.departmentCode],
  ]
  const body = html`<h1 tabindex="-1">${t.meTitle}</h1>
<ul class="links"><li><a href="/inbox" id="me-inbox">${t.inboxLink}</a></li></ul>
<section class="sec" aria-labelledby="profile-h"><h2 id="profile-h">${t.profile}</h2>
<dl class="kv">${facts.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
${me.idNumberClaimOpen ? html`<p class="notice" id="id-claim">${t.idClaimOpen}</p>` : ''}
${
  me.organizations.length
    ? html`<h3>${t.organizations}</h3><ul>${me.organizations.map(
        (o) => html`<li>${o.name}（${o.creditCode}）${o.verified ? '' : html` <span class="badge">${t.organizationUnverified}</span>`}</li>`,
      )}</ul>`
    : ''
}
</section>
<section class="sec" aria-labelledby="passkeys-h"><h2 id="passkeys-h" tabindex="-1">${t.passkeys}</h2>
<p class="muted">${t.passkeysLead}</p>
${alertRegion('pk-alert')}
<ul class="rows" id="passkey-list">${passkeyItems(me.passkeys)}</ul>
${statusRegion('pk-status')}
${
  webAuthnSupported()
    ? html`<form id="add-passkey" method="post" class="form" novalidate>
${field({ id: 'pk-name', label: t.passkeyName, hint: t.passkeyNameHint, maxlength: 64, autocomplete: 'off' })}
<p><button type="submit" class="btn alt" id="pk-add">${t.addPasskey}</button></p></form>`
    : html`<p class="notice">${t.noWebAuthn}</p>`
}
</section>
<section class="sec" aria-labelledby="data-h"><h2 id="data-h">${t.dataTitle}</h2>
<ul class="links">
${staff ? html`<li><a href="/desk">${t.deskLink}</a></li>` : ''}
${citizen || helper ? html`<li><a href="/applications">${t.applicationsLink}</a></li>` : ''}
${citizen ? html`<li><a href="/wallet">${t.walletLink}</a></li>` : ''}
${citizen ? html`<li><a href="/appointments" id="me-appointments">${t.appointmentsLink}</a></li><li><a href="/cases" id="me-cases">${t.casesLink}</a></li>` : ''}
<li><a href="/verify">${t.verifyLink}</a></li>
${citizen ? html`<li><a href="/consents">${t.myConsentsLink}</a></li><li><a href="/consents#enter-code">${t.enterCodeLink}</a></li>` : ''}
<li><a href="/access-log">${t.accessLogLink}</a></li>
${helper ? html`<li><a href="/helper">${t.helpingTitle}</a></li><li><a href="/helper/consent">${t.helperLink}</a></li>` : ''}
</ul></section>
<p class="sec"><button type="button" class="btn alt" id="sign-out">${t.signOut}</button></p>`

  return { title: pageTitle(t.meTitle), body, mount: (root) => mountMe(root) }
}

async function reloadPasskeys(root: HTMLElement): Promise<void> {
  const me = await fetchMe()
  const list = root.querySelector('#passkey-list')
  if (list) list.innerHTML = passkeyItems(me.passkeys).value
}

function mountMe(root: HTMLElement): void {
  root.querySelector('#sign-out')?.addEventListener('click', async (e) => {
    busy(e.currentTarget as HTMLButtonElement)
    await signOut()
    navigate('/', true)
  })

  root.querySelector('#passkey-list')?.addEventListener('click', async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-remove]')
    if (!button) return
    const t = s()
    const name = button.closest<HTMLElement>('li')?.dataset.name ?? ''
    if (!window.confirm(t.confirmRemove(name))) return
    say(root, 'pk-alert', '')
    const undo = busy(button)
    try {
      const r = await removePasskey(button.dataset.remove ?? '')
      if (isIdentityError(r)) throw refusal(r)
      await reloadPasskeys(root)
      say(root, 'pk-status', t.removed(name), 'ok')
      root.querySelector<HTMLElement>('#passkeys-h')?.focus()
    } catch (err) {
      undo()
      fail(root, 'pk-alert', err)
    }
  })

  const form = root.querySelector<HTMLFormElement>('#add-passkey')
  form?.addEventListener('submit', async (e) => {
    e.preventDefault()
    const t = s()
    say(root, 'pk-alert', '')
    const input = root.querySelector<HTMLInputElement>('#pk-name')
    const name = input?.value.trim() || deviceName()
    const undo = busy(root.querySelector<HTMLButtonElement>('#pk-add'))
    try {
      const added = await addPasskey(name, (text) => say(root, 'pk-status', text))
      await reloadPasskeys(root)
      if (input) input.value = ''
      say(root, 'pk-status', t.added(added), 'ok')
    } catch (err) {
      say(root, 'pk-status', '')
      fail(root, 'pk-alert', err)
    } finally {
      undo()
    }
  })
}
