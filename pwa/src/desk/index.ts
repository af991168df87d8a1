/**
 * The staff desk (工作台): /desk (home by role), /desk/queue (pre-review queue), /desk/applications/<id>
 * (one application: materials, corrections, acceptance, consultation, department decisions, pickup),
 * /desk/intake (counter intake for a walk-in), /desk/tasks (a reviewer's department), /desk/commitments
 * (告知承诺核查), /desk/supervision (电子监察), /desk/corrections (补充补正 flagged), /desk/cases (整改工单)
 * /desk/consents (帮办授权撤销 at a window), /desk/statistics (统计分析, leaders), /desk/staff (工作人员管理,
 * administrators), /desk/clients (应用管理: the registry of mini-programs, administrators) and
 * /desk/catalogue (目录管理, catalogue administrators).
 *
 * A chunk loaded on first use (src/desk/hook.ts in the main bundle), so guide pages never carry it;
 * it shares the account screens' session (../account/session.ts). Every page is wrapped in one
 * element (.desk) that its listeners hang on: <main> stays from page to page, the wrapper does not.
 * Forms are method="post" with their own listeners (the app turns GET forms into navigations).
 */
import accountCss from '../account/account.css?inline'
import { problemText, signInUrl } from '../shared/feedback'
import { html, useKit, type Kit } from '../shared/kit'
import { decode } from '../shared/parts'
import { hasSession, SignInNeeded, type Role } from '../shared/session'
import { addStyles } from '../shared/stylesheet'
import type { Route } from '../router'
import type { View } from '../views/view'
import { fetchMe } from './api'
import { applicationPage } from './application/page'
import { casesPage } from './cases'
import { cataloguePage } from './catalogue'
import { checksPage } from './checks'
import { clientsPage } from './clients'
import { consentsPage } from './consents'
import { commitmentsPage } from './commitments'
import { correctionsPage } from './corrections'
import css from './desk.css?inline'
import { homePage } from './home'
import { intakePage } from './intake/page'
import { queuePage } from './queue'
import { s } from './strings'
import { staffPage } from './staff'
import { statisticsPage } from './statistics'
import { supervisionPage } from './supervision'
import { tasksPage } from './tasks'
import { isAdmin, isCatalogueAdmin, isClerk, isLeader, isReviewer, isSupervisor } from './ui'
import { dropFiles } from './viewer'
import { pageTitle } from '../shared/strings'

const DESK_ROLES: Role[] = ['WINDOW_CLERK', 'REVIEWER', 'SUPERVISOR', 'ADMIN', 'LEADER', 'CATALOG_ADMIN']

function frame(title: string, body: ReturnType<typeof html>): View {
  return { title: pageTitle(title), body: html`<div class="desk">${body}</div>` }
}

function signInFirst(path: string): View {
  const t = s()
  return frame(
    t.deskTitle,
    html`<h1 tabindex="-1">${t.deskTitle}</h1><p class="notice">${t.signInFirst}</p>
<div class="actions"><a class="btn" href="${signInUrl(path, true)}">${t.staffSignIn}</a><a class="btn alt" href="/enroll">${t.enroll}</a></div>`,
  )
}

function notAllowed(text: string): View {
  const t = s()
  return frame(t.deskTitle, html`<h1 tabindex="-1">${t.deskTitle}</h1><p class="notice">${text}</p><p><a href="/desk">${t.backToDesk}</a></p>`)
}

async function screen(path: string, query: URLSearchParams): Promise<View> {
  const me = await fetchMe()
  const t = s()
  if (!me.roles.some((r) => DESK_ROLES.includes(r))) return notAllowed(t.noDeskRole)
  const app = /^\/desk\/applications\/([^/]+)\/?$/.exec(path)
  if (app) return applicationPage(decode(app[1]), me)
  if (/^\/desk\/checks\/?$/.test(path)) return isClerk(me) ? checksPage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/consents\/?$/.test(path)) return isClerk(me) ? consentsPage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/intake\/?$/.test(path)) return isClerk(me) ? intakePage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/queue\/?$/.test(path)) return isClerk(me) ? queuePage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/tasks\/?$/.test(path)) return isReviewer(me) ? tasksPage(me) : notAllowed(t.notAllowedHere)
  if (/^\/desk\/commitments\/?$/.test(path)) return isReviewer(me) ? commitmentsPage(query) : notAllowed(t.notAllowedHere)
  if (/^\/desk\/supervision\/?$/.test(path)) return isSupervisor(me) ? supervisionPage(query) : notAllowed(t.notAllowedHere)
  if (/^\/desk\/statistics\/?$/.test(path)) return isLeader(me) ? statisticsPage(query) : notAllowed(t.notAllowedHere)
  if (/^\/desk\/corrections\/?$/.test(path)) return isSupervisor(me) ? correctionsPage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/cases\/?$/.test(path)) return isSupervisor(me) || isReviewer(me) ? casesPage(me, query) : notAllowed(t.notAllowedHere)
  if (/^\/desk\/staff\/?$/.test(path)) return isAdmin(me) ? staffPage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/clients\/?$/.test(path)) return isAdmin(me) ? clientsPage() : notAllowed(t.notAllowedHere)
  if (/^\/desk\/catalogue\/?$/.test(path)) return isCatalogueAdmin(me) ? cataloguePage(query) : notAllowed(t.notAllowedHere)
  return homePage(me)
}

export async function deskView(route: Route, kit: Kit): Promise<View> {
  useKit(kit)
  addStyles('ov-account-css', accountCss) // the same id as the account chunk: added once by either
  addStyles('ov-desk-css', css)
  dropFiles()
  const path = route.name === 'account' ? route.path : '/desk'
  const here = path + (route.query.toString() ? `?${route.query}` : '')
  if (!hasSession()) return signInFirst(here)
  try {
    return await screen(path, route.query)
  } catch (err) {
    // The session ended (expired refresh token, signed out in another tab, reuse detected).
    if (err instanceof SignInNeeded) return signInFirst(here)
    const t = s()
    return frame(t.deskTitle, html`<h1 tabindex="-1">${t.deskTitle}</h1><p class="notice">${problemText(err, { notFound: t.notFound })}</p><p><a href="/desk">${t.backToDesk}</a></p>`)
  }
}
