/**
 * /desk/corrections: 电子监察 of correction lists after the one-time notice (一次性告知) — waiting for
 * a supervisor, approved and sent, refused — newest first; each opens the application, where a
 * supervisor approves or refuses (./application/extra.ts).
 */
import type * as G from '../generated/graphql'
import { html } from '../shared/kit'
import type { View } from '../views/view'
import { gql } from '../shared/session'
import { unwrap } from './api'
import { s } from './strings'
import { counted } from '../shared/connection'
import { dateTime } from '../shared/dates'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

type Flagged = Extract<G.DeskFlaggedQuery['flaggedExtraCorrections'], { __typename: 'ExtraCorrectionConnection' }>
export type FlaggedPage = { totalCount: number; nodes: Flagged['edges'][number]['node'][] }

export async function fetchFlagged(status: G.ExtraCorrectionStatus | null = null, first = 100): Promise<FlaggedPage> {
  const q = /* GraphQL */ `
    query DeskFlagged($first: Int!, $status: ExtraCorrectionStatus) {
      flaggedExtraCorrections(first: $first, status: $status) {
        __typename
        ... on ExtraCorrectionConnection {
          totalCount
          edges { node { id applicationId trackingNumber catalogName round reason status requestedBy decidedBy createdAt } }
        }
        ... on SupervisionError { code message messageEn }
      }
    }
  `
  const data = await gql<G.DeskFlaggedQuery, G.DeskFlaggedQueryVariables>(q, { first, status })
  return counted(unwrap(data.flaggedExtraCorrections, 'ExtraCorrectionConnection'))
}

const TONE: Record<string, 'warn' | 'ok' | 'bad'> = { PENDING: 'warn', SENT: 'ok', REFUSED: 'bad' }

export async function correctionsPage(): Promise<View> {
  const t = s()
  const page = await fetchFlagged()
  return {
    title: pageTitle(t.flaggedTitle),
    body: html`<div class="desk wide" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.flaggedTitle} <span class="m">(${page.totalCount})</span></h1>
<p class="lede">${t.flaggedLead}</p>
${
  page.nodes.length
    ? html`<table class="grid" id="flagged"><caption class="sr">${t.flaggedTitle}</caption>
<thead><tr><th scope="col">${t.colTracking}</th><th scope="col">${t.colName}</th><th scope="col">${t.colStatus}</th><th scope="col">${t.colReason}</th><th scope="col">${t.colAsked}</th></tr></thead>
<tbody>${page.nodes.map(
        (n) => html`<tr><th scope="row" data-label="${t.colTracking}"><a class="tn" href="/desk/applications/${n.applicationId}">${n.trackingNumber ?? n.applicationId}</a></th>
<td data-label="${t.colName}">${n.catalogName ?? ''}<br><span class="m">${t.extraRound(n.round)}</span></td>
<td data-label="${t.colStatus}">${badge(t.extraStatus[n.status] ?? n.status, TONE[n.status] ?? 'warn')}</td>
<td data-label="${t.colReason}">${n.reason}</td>
<td data-label="${t.colAsked}">${n.requestedBy ?? ''}<br><span class="m">${dateTime(n.createdAt)}</span></td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${t.flaggedEmpty}</p>`
}</div>`,
  }
}
