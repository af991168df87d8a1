/** /desk: the work a member of staff can do, by role, with what waits in each. */
import { html, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { fetchQueue, fetchTasks, type Me } from './api'
import { fetchCases, fetchChecks, fetchSupervision } from './oversight-api'
import { fetchChecks as fetchCommitmentChecks } from './commitments-api'
import { s } from './strings'
import { fetchFlagged } from './corrections'
import { isAdmin, isCatalogueAdmin, isClerk, isLeader, isReviewer, isSupervisor } from './ui'
import { isoDay } from '../shared/dates'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

interface Card {
  href: string
  title: string
  lead: string
  count: Promise<string>
  id: string
}

function cardHtml(c: Card, count: string): Html {
  return html`<li><a class="card desk-card" id="${c.id}" href="${c.href}"><span class="t">${c.title}</span><span class="sum">${c.lead}</span>${
    count ? html`<span class="m">${badge(count, 'warn')}</span>` : ''
  }</a></li>`
}

/** A count that could not be had is left out, not an error: the link still works. */
const quiet = (p: Promise<string>): Promise<string> => p.catch(() => '')

export async function homePage(me: Me): Promise<View> {
  const t = s()
  const cards: Card[] = []
  if (isClerk(me)) {
    cards.push({ id: 'go-intake', href: '/desk/intake', title: t.intakeCard, lead: t.intakeCardLead, count: Promise.resolve('') })
    cards.push({ id: 'go-queue', href: '/desk/queue', title: t.queueCard, lead: t.queueCardLead, count: quiet(fetchQueue(1).then((q) => t.queueWaiting(q.totalCount))) })
    cards.push({
      id: 'go-checks',
      href: '/desk/checks',
      title: t.checksCard,
      lead: t.checksCardLead,
      count: quiet(fetchChecks().then((c) => (c.idNumberClaims.length + c.pendingOrganizations.length ? t.waiting(c.idNumberClaims.length + c.pendingOrganizations.length) : ''))),
    })
    cards.push({ id: 'go-consents', href: '/desk/consents', title: t.consentsCard, lead: t.consentsCardLead, count: Promise.resolve('') })
  }
  if (isReviewer(me)) {
    cards.push({
      id: 'go-tasks',
      href: '/desk/tasks',
      title: t.tasksCard,
      lead: t.tasksCardLead(me.departmentCode ?? ''),
      count: quiet(fetchTasks().then((list) => t.tasksOpen(list.filter((x) => x.status === 'PENDING' || x.status === 'IN_REVIEW').length))),
    })
    cards.push({
      id: 'go-commitments',
      href: '/desk/commitments',
      title: t.checksQueueCard,
      lead: t.checksQueueCardLead,
      count: quiet(fetchCommitmentChecks('PENDING', 100).then((p) => t.checksPending(p.totalCount))),
    })
  }
  if (isSupervisor(me)) {
    cards.push({
      id: 'go-supervision',
      href: '/desk/supervision',
      title: t.supervisionCard,
      lead: t.supervisionCardLead,
      count: quiet(fetchSupervision(isoDay(undefined, -30), isoDay()).then((r) => t.overdueNow(r.overdue.totalCount))),
    })
    cards.push({
      id: 'go-corrections',
      href: '/desk/corrections',
      title: t.flaggedCard,
      lead: t.flaggedCardLead,
      count: quiet(fetchFlagged('PENDING', 1).then((r) => (r.totalCount ? t.waiting(r.totalCount) : ''))),
    })
  }
  if (isSupervisor(me) || isReviewer(me)) {
    cards.push({
      id: 'go-cases',
      href: '/desk/cases',
      title: t.casesCard,
      lead: t.casesCardLead,
      count: quiet(fetchCases('OPEN').then((r) => (r.nodes.length ? `${t.caseStatus.OPEN} ${r.nodes.length}` : ''))),
    })
  }
  if (isLeader(me)) {
    cards.push({ id: 'go-statistics', href: '/desk/statistics', title: t.statisticsCard, lead: t.statisticsCardLead, count: Promise.resolve('') })
  }
  if (isAdmin(me)) {
    cards.push({ id: 'go-staff', href: '/desk/staff', title: t.staffCard, lead: t.staffCardLead, count: Promise.resolve('') })
    cards.push({ id: 'go-clients', href: '/desk/clients', title: t.clientsCard, lead: t.clientsCardLead, count: Promise.resolve('') })
  }
  if (isCatalogueAdmin(me)) {
    cards.push({ id: 'go-catalogue', href: '/desk/catalogue', title: t.catCard, lead: t.catCardLead, count: Promise.resolve('') })
  }
  const counts = await Promise.all(cards.map((c) => c.count))
  const roles = me.roles.map((r) => t.roles[r]).filter(Boolean)
  return {
    title: pageTitle(t.deskTitle),
    body: html`<div class="desk"><h1 tabindex="-1">${t.deskTitle}</h1>
<p class="lede">${t.deskLead(me.name)} ${roles.map((r) => html`${badge(r)} `)}</p>
<ul class="cards desk-cards">${cards.map((c, i) => cardHtml(c, counts[i]))}</ul>
${me.roles.includes('HELPER') ? html`<p class="m">${t.helperNote}</p>` : ''}</div>`,
  }
}
