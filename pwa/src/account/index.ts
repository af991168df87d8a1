/**
 * The account screens (sign-in, sign-up, 我的, consents, access log, helpers' consent requests):
 * a chunk loaded on first use, so guide pages never carry it. The main bundle calls accountView
 * for every route named 'account' (router.ts) and hands over what it shares (kit.ts).
 *
 * Forms here are method="post" and handled by their own listeners: main.ts turns GET forms to app
 * routes into navigations, which must not happen to these.
 */
import { decode } from '../shared/parts'
import { addStyles } from '../shared/stylesheet'
import type { Route } from '../router'
import type { View } from '../views/view'
import css from './account.css?inline'
import { accessLogView } from './accesslog'
import { consentsView, consentView } from './consents'
import { helperView } from './helper'
import { helpingView } from './helping'
import { helpView } from './help'
import { useKit, type Kit } from '../shared/kit'
import { meView } from './me'
import { enrollView, signUpView } from './register'
import { hasSession, SignInNeeded } from '../shared/session'
import { signInView } from './signin'
import { authorizeView } from './authorize'

/**
 * What was typed on this page, kept while the same page is drawn again (switching language or
 * 关怀版 redraws it) and dropped as soon as another page is shown: a shared device in a service hall
 * must not offer the last person's details to the next one.
 */
let draft: { path: string; values: Map<string, string> } = { path: '', values: new Map() }

function keepDraft(path: string, view: View): View {
  if (draft.path !== path) draft = { path, values: new Map() }
  const values = draft.values
  const mount = view.mount
  return {
    ...view,
    mount: (root) => {
      for (const [id, value] of values) {
        const input = root.querySelector<HTMLInputElement>(`input#${id}:not([type=radio]):not([type=checkbox])`)
        if (input && !input.value) input.value = value
      }
      root.addEventListener('input', (e) => {
        const input = e.target as HTMLInputElement
        if (input.id && input.tagName === 'INPUT') values.set(input.id, input.value)
      })
      mount?.(root)
    },
  }
}

async function screen(path: string, query: URLSearchParams): Promise<View> {
  if (path === '/signin') return signInView(query)
  if (path === '/signup') return signUpView(query)
  if (path === '/enroll') return enrollView()
  const here = path + (query.toString() ? `?${query}` : '')
  // 我的 in the header leads here signed out too: then it is the way in, without a "sign in first".
  if (!hasSession()) return signInView(new URLSearchParams(), path === '/me' ? undefined : 'prompt', here)
  try {
    if (path === '/me') return await meView()
    if (path === '/consents') return await consentsView()
    if (path === '/access-log') return await accessLogView()
    if (path === '/helper/consent') return await helperView()
    if (path === '/helper') return await helpingView()
    if (path === '/help') return await helpView(query)
    if (path === '/oauth/authorize') return await authorizeView(query)
    const consent = /^\/consent\/(.*)$/.exec(path)
    if (consent) return await consentView(decode(consent[1]))
    return await meView()
  } catch (err) {
    // The session ended (expired refresh token, signed out in another tab, reuse detected).
    if (err instanceof SignInNeeded) return signInView(new URLSearchParams(), err.reason, here)
    throw err
  }
}

export async function accountView(route: Route, kit: Kit): Promise<View> {
  useKit(kit)
  addStyles('ov-account-css', css)
  const path = route.name === 'account' ? route.path : '/me'
  return keepDraft(path, await screen(path, route.query))
}
