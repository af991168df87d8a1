/** /signin: passkey first; the text-message code as the fallback (?via=code); staff (?staff=1). */
import type { View } from '../views/view'
import { html, navigate } from '../shared/kit'
import { currentUser, hasSession, startSession, type Session, type SignInNeeded } from '../shared/session'
import { s } from './strings'
import { codeFields, codeLooksRight, handOverCode, mountCodeSender } from './phonecode'
import { fail, problemText, refusal, safeNext } from './ui'
import { errorText, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { getPasskey, webAuthnSupported } from './webauthn'
import { pageTitle } from '../shared/strings'
import { beginSignIn, finishSignIn, signInWithPhoneCode } from './api'
import { demoPlace, mountDemo } from './demo'


function link(path: string, params: Record<string, string | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const text = q.toString()
  return text ? `${path}?${text}` : path
}

/** After signing in: where the person was going (replacing the sign-in page in the history). */
function done(session: Session, next: string): void {
  startSession(session)
  navigate(next, true)
}

export function signInView(query: URLSearchParams, why?: SignInNeeded['reason'] | 'prompt', nextPath?: string): View {
  const t = s()
  const next = nextPath ?? safeNext(query.get('next'))
  const nextParam = next === '/me' ? null : next
  const staff = query.get('staff') === '1'
  const supported = webAuthnSupported()
  const viaCode = !staff && (query.get('via') === 'code' || !supported)
  const notice =
    why === 'reused' ? t.sessionReused : why === 'lost' ? t.sessionLost : why === 'none' || why === 'prompt' ? t.needSignIn : ''

  if (!why && hasSession()) {
    const name = currentUser()?.name ?? ''
    return {
      title: pageTitle(t.signInTitle),
      body: html`<h1 tabindex="-1">${t.signInTitle}</h1><p>${t.alreadySignedIn(name)}</p><p><a class="btn" href="/me">${t.goMe}</a></p>`,
    }
  }

  const passkeyPart = html`<p class="lede">${staff ? t.signInStaffLead : t.signInLead}</p>
${supported ? '' : html`<p class="notice">${t.noWebAuthn}</p>`}
<p><button type="button" class="btn block" id="passkey"${supported ? '' : html` disabled`}>${t.signInPasskey}</button></p>
${staff ? '' : html`<p><a href="${link('/signin', { via: 'code', next: nextParam })}">${t.useCode}</a></p>`}`

  const codePart = html`<form id="code-form" method="post" class="form" novalidate>
${codeFields('code-submit', t.signInButton)}
</form>
${supported ? html`<p><a href="${link('/signin', { next: nextParam })}">${t.usePasskey}</a></p>` : ''}`

  const body = html`<h1 tabindex="-1">${staff ? t.signInStaff : t.signInTitle}</h1>
${notice ? html`<p class="notice">${notice}</p>` : ''}
${alertRegion()}
${viaCode ? codePart : passkeyPart}
${statusRegion()}
<div class="more">
${staff ? '' : html`<p>${t.noAccount} <a href="${link('/signup', { next: nextParam })}">${t.signUpLink}</a></p>`}
<p>${
    staff
      ? html`<a href="${link('/signin', { next: nextParam })}">${t.signInCitizen}</a>`
      : html`<a href="${link('/signin', { staff: '1', next: nextParam })}">${t.signInStaff}</a>`
  } · <a href="/enroll">${t.staffEnroll}</a></p>
</div>
${demoPlace()}`

  return {
    title: pageTitle(staff ? t.signInStaff : t.signInTitle),
    body,
    mount: (root) => {
      if (viaCode) mountCode(root, next)
      else mountPasskey(root, next, staff)
      void mountDemo(root, next)
    },
  }
}

function mountPasskey(root: HTMLElement, next: string, staff: boolean): void {
  const button = root.querySelector<HTMLButtonElement>('#passkey')
  if (!button) return
  button.addEventListener('click', async () => {
    const t = s()
    say(root, 'alert', '')
    const undo = busy(button)
    try {
      const begun = await beginSignIn(staff)
      if (begun.__typename === 'IdentityError') throw refusal(begun)
      say(root, 'status', t.passkeyPrompt)
      const credential = await getPasskey(begun.optionsJson)
      const finished = await finishSignIn(credential)
      if (finished.__typename === 'IdentityError') throw refusal(finished)
      done(finished, next)
    } catch (err) {
      say(root, 'status', '')
      fail(root, 'alert', err)
      undo()
      button.focus()
    }
  })
}

function mountCode(root: HTMLElement, next: string): void {
  const form = root.querySelector<HTMLFormElement>('#code-form')
  const phone = root.querySelector<HTMLInputElement>('#phone')
  const send = root.querySelector<HTMLButtonElement>('#send')
  const step = root.querySelector<HTMLElement>('#code-step')
  const code = root.querySelector<HTMLInputElement>('#code')
  if (!form || !phone || !send || !step || !code) return
  mountCodeSender(root, { phone, send, step, code })

  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    if (step.hidden) {
      send.click()
      return
    }
    say(root, 'alert', '')
    if (!codeLooksRight(root, code)) return
    const undo = busy(root.querySelector<HTMLButtonElement>('#code-submit'))
    try {
      const result = await signInWithPhoneCode(phone.value, code.value.trim())
      if (result.__typename === 'IdentityError') {
        undo()
        if (result.code === 'CODE_INVALID') {
          setError(root, 'code', errorText(result))
          code.focus()
        } else if (result.code === 'NOT_REGISTERED') {
          // The code stays valid: the sign-up screen takes it over and asks only for the name and ID
          // number (handed over in this tab's storage, never in a URL that servers would log).
          handOverCode(phone.value.trim(), code.value.trim())
          const to = link('/signup', { next: next === '/me' ? null : next })
          say(root, 'alert', errorText(result), 'bad')
          root.querySelector('#alert')?.insertAdjacentHTML('beforeend', html` <a href="${to}" id="to-signup">${s().signUpLink}</a>`.value)
        } else say(root, 'alert', errorText(result), 'bad')
        return
      }
      done(result, next)
    } catch (err) {
      undo()
      say(root, 'alert', problemText(err), 'bad')
    }
  })
}
