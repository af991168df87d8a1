/**
 * The application screens: /apply/<code> (the merged form), /applications (mine, with the outbox),
 * /applications/<id> (the live timeline) and /track (a kiosk's lookup). A chunk loaded on first use
 * (src/apply/hook.ts in the main bundle), so guide pages never carry it; it shares the account
 * screens' session (../account/session.ts) and gets what it needs of the main bundle as arguments.
 *
 * Forms here are method="post" (or "dialog") with their own listeners: the app turns GET forms to
 * app routes into navigations.
 */
import accountCss from '../account/account.css?inline'
import { signInUrl } from '../shared/feedback'
import { html, navigate, useKit, type Kit } from '../shared/kit'
import { decode } from '../shared/parts'
import { addStyles } from '../shared/stylesheet'
import { hasSession, SignInNeeded } from '../shared/session'
import type { Route } from '../router'
import type { View } from '../views/view'
import css from './apply.css?inline'
import { detailPage } from './detail/page'
import { applyPage } from './form/page'
import { listPage } from './list'
import { flush } from './outbox'
import { s } from './strings'
import { trackPage } from './track'
import { pageTitle } from '../shared/strings'

/** Hand the chunk the main bundle's kit, and add the styles (the account screens' too: added once by either). */
export function useKits(kit: Kit): void {
  useKit(kit)
  addStyles('ov-account-css', accountCss)
  addStyles('ov-apply-css', css)
}

function signInFirst(path: string): View {
  const t = s()
  const next = encodeURIComponent(path)
  return {
    title: pageTitle(t.listTitle),
    body: html`<h1 tabindex="-1">${t.listTitle}</h1><p class="notice">${t.signInThenBack}</p>
<div class="actions"><a class="btn" href="/signin?next=${next}">${t.signIn}</a><a class="btn alt" href="/signup?next=${next}">${t.signUp}</a></div>`,
  }
}

export async function applyView(route: Route): Promise<View> {
  const path = route.name === 'account' ? route.path.replace(/\/+$/, '') : '/applications'
  const query = route.query
  if (path === '/track') return trackPage(query.get('n') ?? '') // the receipt's QR carries the number
  const apply = /^\/apply\/([^/]+)$/.exec(path)
  try {
    if (apply) return await applyPage(decode(apply[1]).trim().toUpperCase(), query, hasSession())
    const here = path + (query.toString() ? `?${query}` : '')
    if (!hasSession()) return signInFirst(here)
    const one = /^\/applications\/([^/]+)$/.exec(path)
    if (one) return await detailPage(decode(one[1]), query)
    return await listPage()
  } catch (err) {
    // The session ended (expired refresh token, signed out in another tab): sign in, then back here.
    if (err instanceof SignInNeeded) {
      navigate(signInUrl(), true)
      return signInFirst(path)
    }
    throw err
  }
}

/** Send what waits in the outbox (called by the main bundle: online, start, Background Sync). */
export function flushOutbox(): Promise<void> {
  return flush()
}
