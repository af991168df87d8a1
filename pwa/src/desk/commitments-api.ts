/**
 * The desk's GraphQL for 告知承诺: the department's verification queue, its verdicts, and the overdue
 * checks e-supervision watches. Refusals are thrown as DeskError (./api.ts).
 */
import type * as G from '../generated/graphql'
import { counted } from '../shared/connection'
import { gql } from '../shared/session'
import { unwrap } from './api'

const CHECK = /* GraphQL */ `
  fragment DeskCommitmentCheck on CommitmentCheck {
    id applicationId trackingNumber catalogName holderName item itemName version replaces signedAt signedByName signedByHelper
    acceptedAt verifyBy workingDaysLeft urgency outcome checkedAt checkedByName findings escalatedOn licences { number name status }
  }
`
const PAGE = /* GraphQL */ `
  fragment DeskCommitmentPage on CommitmentCheckPageResult {
    __typename
    ... on CommitmentCheckConnection { totalCount edges { node { ...DeskCommitmentCheck } } pageInfo { hasNextPage endCursor } }
    ... on CommitmentError { code message messageEn }
  }
  ${CHECK}
`

export type CommitmentCheck = G.DeskCommitmentCheckFragment
export type Outcome = G.CommitmentOutcome

export async function fetchChecks(outcome: Outcome, first = 50) {
  const q = /* GraphQL */ `
    query DeskCommitmentChecks($outcome: CommitmentOutcome!, $first: Int!) { commitmentChecks(outcome: $outcome, first: $first) { ...DeskCommitmentPage } }
    ${PAGE}
  `
  const data = await gql<G.DeskCommitmentChecksQuery, G.DeskCommitmentChecksQueryVariables>(q, { outcome, first })
  return counted(unwrap(data.commitmentChecks, 'CommitmentCheckConnection'))
}

export async function fetchOverdueChecks() {
  const q = /* GraphQL */ `query DeskOverdueChecks { overdueCommitmentChecks(first: 100) { ...DeskCommitmentPage } } ${PAGE}`
  return counted(unwrap((await gql<G.DeskOverdueChecksQuery>(q)).overdueCommitmentChecks, 'CommitmentCheckConnection'))
}

export async function recordCheck(id: string, outcome: Outcome, findings: string): Promise<CommitmentCheck> {
  const q = /* GraphQL */ `
    mutation DeskRecordCheck($id: ID!, $outcome: CommitmentOutcome!, $findings: String!) {
      recordCommitmentCheck(id: $id, outcome: $outcome, findings: $findings) {
        __typename ...DeskCommitmentCheck ... on CommitmentError { code message messageEn }
      }
    }
    ${CHECK}
  `
  const data = await gql<G.DeskRecordCheckMutation, G.DeskRecordCheckMutationVariables>(q, { id, outcome, findings })
  return unwrap(data.recordCommitmentCheck, 'CommitmentCheck')
}
