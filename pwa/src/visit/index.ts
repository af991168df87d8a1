/**
 * The visit screens: /appointments (分时段预约: book, move, cancel), /report (办不成事, anyone) and
 * /cases (the rectification cases my ratings and reports opened). The rating form (好差评) on
 * /applications/<id> is ./rating.ts, which the application chunk loads on its own.
 *
 * A chunk loaded on first use (src/visit/hook.ts in the main bundle, which also adds the guide
 * pages' links), so guide pages never carry it; it shares the account screens' session
 * (../account/session.ts). Every page is wrapped in one element (.visit) that its listeners hang on:
 * <main> stays from page to page. Forms are method="post" with their own listeners.
 */
import { signInUrl } from '../shared/feedback'
import { html, useKit, type Kit } from '../shared/kit'
import { SignInNeeded } from '../shared/session'
import type { Route } from '../router'
import type { View } from '../views/view'
import { appointmentsPage } from './appointments/page'
import { hallView } from './hall/page'
import { casesPage } from './cases'
import { reportPage } from './report'
import { s } from './strings'
import { addStyles } from './ui'
import { problemText } from '../shared/feedback'
import { pageTitle } from '../shared/strings'

export async function visitView(route: Route, kit: Kit): Promise<View> {
  useKit(kit)
  addStyles()
  const path = route.name === 'account' ? route.path.replace(/\/+$/, '') : '/appointments'
  try {
    const hall = hallView(path, route.query)
    if (hall) return await hall
    if (path === '/report') return reportPage(route.query)
    if (path === '/cases') return await casesPage()
    return await appointmentsPage(route.query)
  } catch (err) {
    const t = s()
    const title = path === '/cases' ? t.casesTitle : path === '/report' ? t.reportTitle : t.apptTitle
    if (err instanceof SignInNeeded) {
      const next = signInUrl(path + (route.query.toString() ? `?${route.query}` : ''))
      return {
        title: pageTitle(title),
        body: html`<div class="visit"><h1 tabindex="-1">${title}</h1>
<p class="notice">${path === '/cases' ? t.signInFirst : t.apptSignIn}</p>
<div class="actions"><a class="btn" href="${next}">${t.signIn}</a><a class="btn alt" href="${next.replace('/signin', '/signup')}">${t.signUp}</a></div></div>`,
      }
    }
    return { title: pageTitle(title), body: html`<div class="visit"><h1 tabindex="-1">${title}</h1><p class="notice">${problemText(err)}</p></div>` }
  }
}
