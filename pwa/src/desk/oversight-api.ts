/**
 * The desk's GraphQL for oversight: the supervision dashboard (电子监察), rectification cases
 * (整改工单) and the identity checks at the window. Refusals are thrown as DeskError (./api.ts).
 */
import type * as G from '../generated/graphql'
import { counted, nodes } from '../shared/connection'
import { gql } from '../shared/session'
import { unwrap } from './api'

const STATS = /* GraphQL */ `
  fragment DeskStats on SupervisionStats {
    tasks done doneOnTime onTimeRate overdueNow dueSoonNow pausedNow casesOpened casesClosed rectificationRate
  }
`
const SUPERVISION_ERROR = /* GraphQL */ `fragment SupervisionErrorFields on SupervisionError { code message messageEn }`
const CASE = /* GraphQL */ `
  fragment DeskCase on RectificationCase {
    id number source status applicationId trackingNumber catalogName departmentCode departmentName ratingLevel summary contactPhone
    openedOn deadline overdue instruction answer answeredAt satisfied closedAt reopenedCount
  }
`
const CASE_RESULT = /* GraphQL */ `
  fragment DeskCaseResult on CaseResult { __typename ...DeskCase ... on FeedbackError { code message messageEn } }
  ${CASE}
`

export type Stats = G.DeskStatsFragment
type Dashboard = Extract<G.DeskSupervisionQuery['supervisionDashboard'], { __typename: 'SupervisionDashboard' }>
export type StatsRow = Dashboard['departments'][number]
export type RectificationCase = G.DeskCaseFragment
export type CaseStatus = G.CaseStatus
export type IdNumberClaim = G.DeskChecksQuery['idNumberClaims'][number]
export type PendingOrganization = G.DeskChecksQuery['pendingOrganizations'][number]

export async function fetchSupervision(from: string, to: string) {
  const q = /* GraphQL */ `
    query DeskSupervision($from: Date!, $to: Date!) {
      supervisionDashboard(from: $from, to: $to) {
        __typename
        ... on SupervisionDashboard { from to today total { ...DeskStats } departments { code name stats { ...DeskStats } } }
        ...SupervisionErrorFields
      }
      overdueTasks(first: 100) {
        __typename
        ... on OverdueTaskConnection {
          totalCount
          edges {
            node { taskId applicationId trackingNumber catalogName departmentCode departmentName itemNames dueOn workingDaysLate escalatedOn }
          }
        }
        ...SupervisionErrorFields
      }
      pausedTasks(first: 100) {
        totalCount
        edges { node { taskId applicationId trackingNumber catalogName departmentName pausedOn reason workingDaysLeft } }
      }
    }
    ${STATS} ${SUPERVISION_ERROR}
  `
  const data = await gql<G.DeskSupervisionQuery, G.DeskSupervisionQueryVariables>(q, { from, to })
  return {
    dashboard: unwrap(data.supervisionDashboard, 'SupervisionDashboard'),
    overdue: counted(unwrap(data.overdueTasks, 'OverdueTaskConnection')),
    paused: counted(data.pausedTasks),
  }
}

export async function fetchCases(status: CaseStatus | null): Promise<{ totalCount?: number | null; nodes: RectificationCase[] }> {
  const q = /* GraphQL */ `
    query DeskCases($status: CaseStatus) {
      rectificationCases(status: $status, first: 100) { totalCount edges { node { ...DeskCase } } }
    }
    ${CASE}
  `
  const cases = (await gql<G.DeskCasesQuery, G.DeskCasesQueryVariables>(q, { status })).rectificationCases
  return { totalCount: cases.totalCount, nodes: nodes(cases) }
}

export async function fetchDepartments(): Promise<G.DeskDepartmentsQuery['departments']> {
  return (await gql<G.DeskDepartmentsQuery>(/* GraphQL */ `query DeskDepartments { departments { code name nameEn } }`)).departments
}

export async function assignCase(id: string, departmentCode: string, instruction: string): Promise<RectificationCase> {
  const q = /* GraphQL */ `
    mutation DeskAssignCase($id: ID!, $department: String, $instruction: String!) {
      assignCase(id: $id, departmentCode: $department, instruction: $instruction) { ...DeskCaseResult }
    }
    ${CASE_RESULT}
  `
  const vars = { id, department: departmentCode || null, instruction }
  return unwrap((await gql<G.DeskAssignCaseMutation, G.DeskAssignCaseMutationVariables>(q, vars)).assignCase, 'RectificationCase')
}

export async function answerCase(id: string, answer: string): Promise<RectificationCase> {
  const q = /* GraphQL */ `
    mutation DeskAnswerCase($id: ID!, $answer: String!) { answerCase(id: $id, answer: $answer) { ...DeskCaseResult } }
    ${CASE_RESULT}
  `
  return unwrap((await gql<G.DeskAnswerCaseMutation, G.DeskAnswerCaseMutationVariables>(q, { id, answer })).answerCase, 'RectificationCase')
}

export async function fetchChecks(): Promise<G.DeskChecksQuery> {
  const q = /* GraphQL */ `
    query DeskChecks {
      idNumberClaims { id claimantName claimantPhone idNumberMasked createdAt }
      pendingOrganizations { organization { id creditCode name } representativeName createdAt }
    }
  `
  return gql<G.DeskChecksQuery>(q)
}

const IDENTITY_ERROR = /* GraphQL */ `fragment DeskIdentityError on IdentityError { code message messageEn }`

/** rebindIdNumber, dismissIdNumberClaim (claimId) or verifyOrganization (id), with the clerk's note. */
export async function decideCheck(name: 'rebindIdNumber' | 'dismissIdNumberClaim' | 'verifyOrganization', id: string, note: string): Promise<void> {
  if (name === 'verifyOrganization') {
    const q = /* GraphQL */ `
      mutation DeskVerifyOrganization($id: ID!, $note: String!) { verifyOrganization(id: $id, note: $note) { __typename ...DeskIdentityError } }
      ${IDENTITY_ERROR}
    `
    unwrap((await gql<G.DeskVerifyOrganizationMutation, G.DeskVerifyOrganizationMutationVariables>(q, { id, note })).verifyOrganization, 'Organization')
  } else if (name === 'rebindIdNumber') {
    const q = /* GraphQL */ `
      mutation DeskRebindIdNumber($id: ID!, $note: String!) { rebindIdNumber(claimId: $id, note: $note) { __typename ...DeskIdentityError } }
      ${IDENTITY_ERROR}
    `
    unwrap((await gql<G.DeskRebindIdNumberMutation, G.DeskRebindIdNumberMutationVariables>(q, { id, note })).rebindIdNumber, 'IdNumberClaim')
  } else {
    const q = /* GraphQL */ `
      mutation DeskDismissIdNumberClaim($id: ID!, $note: String!) { dismissIdNumberClaim(claimId: $id, note: $note) { __typename ...DeskIdentityError } }
      ${IDENTITY_ERROR}
    `
    const r = (await gql<G.DeskDismissIdNumberClaimMutation, G.DeskDismissIdNumberClaimMutationVariables>(q, { id, note })).dismissIdNumberClaim
    unwrap(r, 'IdNumberClaim')
  }
}
