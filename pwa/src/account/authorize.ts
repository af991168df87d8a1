/**
 * /oauth/authorize: a mini-program asks to act for the signed-in citizen. The screen names the app
 * and each thing it asks for in plain words, with two large buttons; the answer sends the browser
 * back to the app's registered address (the server checked it before this page was served, and
 * checks it again with each answer). A request the page must not act on is said, never followed.
 */
import type { View } from '../views/view'
import { html, pick, type Html } from '../shared/kit'
import { GraphQLFailure } from '../shared/session'
import { pageTitle } from '../shared/strings'
import { alertRegion, busy, say } from '../shared/live'
import { answer, fetchPrompt, requestOf, type AuthorizationRequest } from './authorize-api'
import { s } from './strings'
import { fail } from './ui'

function leave(location: string): void {
  window.location.assign(location)
}

function stopped(message: string): View {
  const t = s()
  return {
    title: pageTitle(t.authorizeStopped),
    body: html`<h1 tabindex="-1">${t.authorizeStopped}</h1><p class="notice" role="alert">${message}</p>
<p class="sec"><a href="/">${t.back}</a></p>`,
  }
}

export async function authorizeView(query: URLSearchParams): Promise<View> {
  const t = s()
  const request: AuthorizationRequest = requestOf(query)
  let prompt
  try {
    prompt = await fetchPrompt(request)
  } catch (err) {
    if (err instanceof GraphQLFailure && err.code === 'FORBIDDEN') return stopped(t.authorizeCitizenOnly)
    throw err
  }
  if (prompt.__typename === 'AuthorizationRedirect') {
    leave(prompt.location) // the app's request was wrong: it is told at its own address
    return { title: pageTitle(t.authorizeTitle), body: html`<p role="status">${t.authorizeLeaving}</p>` }
  }
  if (prompt.__typename === 'OAuthError') return stopped(pick(prompt.message, prompt.messageEn))

  const scopes: Html[] = prompt.scopes.map(
    (scope) => html`<li class="oauth-scope">${pick(scope.title, scope.titleEn)}${
      scope.granted ? html` <span class="m">${t.authorizeAlready}</span>` : ''
    }</li>`,
  )
  const body = html`<h1 tabindex="-1">${t.authorizeTitle}</h1>
<div id="oauth-panel" class="oauth-panel">
<p class="ask" id="oauth-ask">${t.authorizeAsks(prompt.clientName)}</p>
<ul class="oauth-scopes" aria-labelledby="oauth-ask">${scopes}</ul>
${prompt.scopes.some((x) => x.scope === 'APPLICATIONS_WRITE') ? html`<p class="notice" id="oauth-writes">${t.authorizeWrites}</p>` : ''}
<p class="m">${t.authorizeWhere(prompt.redirectHost)}</p>
<p class="note">${t.authorizeNote}</p>
${alertRegion()}
<p class="actions oauth-actions"><button type="button" class="btn big" id="oauth-approve">${t.authorizeApprove}</button>
<button type="button" class="btn alt big" id="oauth-deny">${t.authorizeDeny}</button></p>
</div>`
  return {
    title: pageTitle(t.authorizeTitle),
    body,
    mount: (root) => {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.oauth-actions button')]
      const respond = async (approve: boolean, button: HTMLButtonElement) => {
        say(root, 'alert', '')
        const undo = busy(button, s().authorizeLeaving)
        buttons.forEach((b) => (b.disabled = true))
        try {
          const result = await answer(request, approve)
          if (result.__typename === 'OAuthError') {
            undo()
            say(root, 'alert', pick(result.message, result.messageEn), 'bad')
            return
          }
          leave(result.location)
        } catch (err) {
          undo()
          buttons.forEach((b) => (b.disabled = false))
          fail(root, 'alert', err)
        }
      }
      const [approve, deny] = buttons
      approve?.addEventListener('click', () => void respond(true, approve))
      deny?.addEventListener('click', () => void respond(false, deny))
    },
  }
}
