/**
 * /desk/clients (administrators): register mini-programs and department systems with their exact
 * redirect URIs and web origins, suspend and reactivate them, rotate a secret. A secret is shown once,
 * when registered or rotated. The list is a page of the registry (newest first) with "show more".
 */
import { html, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { fetchClients, registerClient, rotateSecret, setClientSuspended, type Client, type Scope, type Shown } from './clients-api'
import { s } from './strings'
import { deskParts, fail } from './ui'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const SCOPES: Scope[] = ['PROFILE_READ', 'APPLICATIONS_READ', 'APPLICATIONS_WRITE', 'LICENCES_READ', 'IDENTITY_NUMBERS_READ']
/** The scope as OAuth spells it (APPLICATIONS_WRITE → applications:write). */
const scopeValue = (scope: string): string => scope.toLowerCase().replace(/_(read|write)$/, ':$1')

function registerForm(): Html {
  const t = s()
  return html`<form id="register" class="form" method="post" novalidate aria-labelledby="register-h">
<h2 id="register-h">${t.registerH}</h2>
<div class="field"><label for="client-name">${t.clientName}</label><input id="client-name" required maxlength="64" autocomplete="off"></div>
<fieldset class="choices"><legend>${t.clientScopes}</legend>${SCOPES.map(
    (scope) => html`<label class="choice"><input type="checkbox" name="scope" value="${scope}"> ${scopeValue(scope)}</label>`,
  )}</fieldset>
<div class="field"><label for="client-redirects">${t.redirectUris}</label><textarea id="client-redirects" rows="2" spellcheck="false"></textarea></div>
<div class="field"><label for="client-origins">${t.webOrigins}</label><textarea id="client-origins" rows="2" spellcheck="false"></textarea></div>
<p><button type="submit" class="btn" id="register-submit">${t.registerButton}</button></p></form>`
}

function secretHtml(shown: Shown, lead: string): Html {
  const t = s()
  return html`<div class="notice" id="client-secret-box"><p>${lead}</p><p>${t.clientIdIs(shown.client.clientId)}</p>
<p>${t.secretShownOnce}: <strong class="code" id="client-secret" tabindex="-1">${shown.secret}</strong></p></div>`
}

function clientHtml(c: Client): Html {
  const t = s()
  const list = (values: string[]): string => (values.length ? values.join(' ') : t.noneSet)
  return html`<li class="task" id="client-${c.clientId}"><div class="mat-h"><span class="mat-n">${c.name}</span>
${c.suspendedAt ? badge(t.suspendedClientBadge, 'bad') : ''}</div>
<p class="m">${t.clientIdIs(c.clientId)}</p>
<p class="m">${c.scopes.map(scopeValue).join(' ')}</p>
<p class="m">${t.redirectUrisShort}: ${list(c.redirectUris)}</p>
<p class="m">${t.webOriginsShort}: ${list(c.webOrigins)}</p>
<p class="actions">${
    c.suspendedAt
      ? html`<button type="button" class="btn alt small" data-do="reactivate" data-id="${c.id}" data-name="${c.name}">${t.reactivateClient}</button>`
      : html`<button type="button" class="btn alt small" data-do="suspend" data-id="${c.id}" data-name="${c.name}">${t.suspendClient}</button>`
  } <button type="button" class="btn alt small" data-do="rotate" data-id="${c.id}" data-name="${c.name}">${t.rotateSecret}</button></p></li>`
}

async function listHtml(): Promise<Html> {
  const t = s()
  const page = await fetchClients()
  const clients = page.edges.map((e) => e.node)
  return html`<h2 id="clients-h">${t.clientsListH}</h2>${
    clients.length ? html`<ul class="tasks" id="client-list">${clients.map(clientHtml)}</ul>` : html`<p class="empty">${t.noClients}</p>`
  }${page.pageInfo.hasNextPage ? html`<p><button type="button" class="btn alt" id="more" data-after="${page.pageInfo.endCursor ?? ''}">${t.moreClients}</button></p>` : ''}`
}

const lines = (value: string): string[] => value.split(/\s+/).map((v) => v.trim()).filter(Boolean)

export async function clientsPage(): Promise<View> {
  const t = s()
  return {
    title: pageTitle(t.clientsTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.clientsTitle}</h1>
<p class="lede">${t.clientsLead}</p>
${alertRegion()}
${statusRegion()}
<div id="shown"></div>
${registerForm()}
<div id="list">${await listHtml()}</div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      const show = (shown: Shown, lead: string): void => {
        const place = root.querySelector<HTMLElement>('#shown')
        if (place) place.innerHTML = secretHtml(shown, lead).value
        place?.querySelector<HTMLElement>('#client-secret')?.focus()
      }
      const reload = async (): Promise<void> => {
        box.innerHTML = (await listHtml()).value
      }
      root.querySelector<HTMLFormElement>('#register')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        say(root, 'alert', '')
        const form = e.target as HTMLFormElement
        const value = (id: string): string => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? ''
        const scopes = [...root.querySelectorAll<HTMLInputElement>('input[name="scope"]:checked')].map((c) => c.value as Scope)
        const undo = busy(root.querySelector<HTMLButtonElement>('#register-submit'))
        try {
          const shown = await registerClient({ name: value('client-name'), scopes, redirectUris: lines(value('client-redirects')), webOrigins: lines(value('client-origins')) })
          form.reset()
          undo()
          await reload()
          show(shown, t.registeredDone(shown.client.name))
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
      box.addEventListener('click', async (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-do], button#more')
        if (!button) return
        if (button.id === 'more') {
          const page = await fetchClients(button.dataset.after || null)
          box.querySelector('#client-list')?.insertAdjacentHTML('beforeend', page.edges.map((edge) => clientHtml(edge.node).value).join(''))
          if (page.pageInfo.hasNextPage) button.dataset.after = page.pageInfo.endCursor ?? ''
          else button.remove()
          return
        }
        const { do: action, id, name = '' } = button.dataset
        if (!action || !id) return
        if (action === 'suspend' && !window.confirm(t.confirmSuspendClient(name))) return
        if (action === 'rotate' && !window.confirm(t.confirmRotate(name))) return
        say(root, 'alert', '')
        const undo = busy(button)
        try {
          if (action === 'rotate') {
            const shown = await rotateSecret(id)
            await reload()
            show(shown, t.rotatedDone(name))
            return
          }
          await setClientSuspended(id, action === 'suspend')
          await reload()
          say(root, 'status', action === 'suspend' ? t.clientSuspended(name) : t.clientReactivated(name), 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
