/**
 * The staff desk's GraphQL for applications: documents and thin calls over the session's gql()
 * (bearer token, refresh, SignInNeeded). Mutations answer `ApplicationType | ApplicationError`: a
 * domain error comes back as data and is thrown here as DeskError (a Refusal), so a page has one
 * catch for everything that went wrong. Result types: src/generated/graphql.ts (`npm run codegen`).
 * Supervision, rectification cases and identity checks: ./oversight-api.ts.
 */
import type * as G from '../generated/graphql'
import type { FormField as FieldSchema, Pickup, Value } from '../apply/schema'
import { Refusal } from '../shared/feedback'
import { counted, nodes } from '../shared/connection'
import { bearer, gql, GraphQLFailure, SignInNeeded } from '../shared/session'

/** A refusal the server explains (zh and en), e.g. REASON_REQUIRED, ALREADY_CLAIMED, MATERIALS_PENDING. */
export class DeskError extends Refusal {}

/** The answer of a mutation, or the DeskError its domain error becomes. */
export function unwrap<T extends { __typename: string }, N extends T['__typename']>(result: T, okType: N): Extract<T, { __typename: N }> {
  if (result.__typename !== okType) {
    const e = result as unknown as { code: string; message: string; messageEn: string }
    throw new DeskError(e.code, e.message, e.messageEn)
  }
  return result as Extract<T, { __typename: N }>
}

const SUMMARY = /* GraphQL */ `
  fragment DeskSummary on ApplicationType {
    id trackingNumber kind code name nameEn status statusLabel { zh en } nextAction { zh en } createdAt submittedAt acceptance channel
  }
`
const LANE = /* GraphQL */ `
  fragment DeskLane on Lane { taskId departmentCode departmentName items status promisedDays startedOn dueOn remainingWorkingDays paused pauseReason overdue decisionNote }
`
const APPLICATION = /* GraphQL */ `
  fragment DeskApplicationFields on ApplicationType {
    ...DeskSummary data formSchema filedByHelper filedByName pickup correctionLists
    answers { code question questionEn label labelEn } chosenItems
    delivery { method recipient phone address }
    materials { material name nameEn required deferrable status upload note deferWithin dueOn owed late }
    lanes { ...DeskLane }
    events { at fromStatus toStatus actorKind actorName actingForName departmentCode reason }
    commitments { id item itemName version text signedAt signedByName signedByHelper verifyWithin verifyBy outcome checkedAt findings }
  }
  ${SUMMARY} ${LANE}
`
const RESULT = /* GraphQL */ `
  fragment DeskResult on ApplicationResult {
    __typename ... on ApplicationType { ...DeskApplicationFields } ... on ApplicationError { code message messageEn }
  }
  ${APPLICATION}
`

export type Me = G.DeskMeQuery['me']
export type Lane = G.DeskLaneFragment
export type Material = G.DeskApplicationFieldsFragment['materials'][number]
export type TimelineEvent = G.DeskApplicationFieldsFragment['events'][number]
export type FormField = Pick<FieldSchema, 'code' | 'name' | 'name_en' | 'type' | 'rules'>
/** An application at the desk, its JSON fields typed. */
export type Application = Omit<G.DeskApplicationFieldsFragment, 'data' | 'formSchema' | 'pickup'> & {
  data: Record<string, Value>
  formSchema: { fields?: FormField[] }
  pickup: Pickup | null
}
export type Message = G.DeskMessagesQuery['messages'][number]
export type QueueEntry = G.DeskQueueQuery['preReviewQueue']['edges'][number]['node']
export type DepartmentTask = G.DeskTasksQuery['departmentTasks']['edges'][number]['node']
export type AcceptanceMode = G.AcceptanceMode
export type PickupInput = G.PickupInput
export type Verdict = G.VerdictInput

/** One of the desk's application mutations: its answer, or its refusal thrown. */
async function mutate<R extends Record<string, G.DeskResultFragment>, V extends object>(doc: string, variables: V): Promise<Application> {
  const data = await gql<R, V>(doc, variables)
  const [result] = Object.values(data)
  return unwrap(result, 'ApplicationType') as Application
}

export async function fetchMe(): Promise<Me> {
  return (await gql<G.DeskMeQuery>(/* GraphQL */ `query DeskMe { me { id name roles departmentCode } }`)).me
}

export async function fetchApplication(id: string): Promise<Application> {
  const q = /* GraphQL */ `query DeskApplication($id: ID!) { application(id: $id) { ...DeskApplicationFields } } ${APPLICATION}`
  return (await gql<G.DeskApplicationQuery, G.DeskApplicationQueryVariables>(q, { id })).application as Application
}

export async function fetchMessages(id: string): Promise<Message[]> {
  const q = /* GraphQL */ `query DeskMessages($id: ID!) { messages(id: $id) { id at authorName authorKind body attachment } }`
  return (await gql<G.DeskMessagesQuery, G.DeskMessagesQueryVariables>(q, { id })).messages
}

export async function fetchQueue(first = 100): Promise<{ totalCount: number; nodes: QueueEntry[] }> {
  const q = /* GraphQL */ `
    query DeskQueue($first: Int!) {
      preReviewQueue(first: $first) {
        totalCount edges { node { claimedBy claimedByMe application { ...DeskSummary materials { material status } } } }
      }
    }
    ${SUMMARY}
  `
  return counted((await gql<G.DeskQueueQuery, G.DeskQueueQueryVariables>(q, { first })).preReviewQueue)
}

export async function fetchTasks(first = 100): Promise<DepartmentTask[]> {
  const q = /* GraphQL */ `
    query DeskTasks($first: Int!) {
      departmentTasks(first: $first) { edges { node { id status lane { ...DeskLane } application { ...DeskSummary } } } }
    }
    ${LANE} ${SUMMARY}
  `
  return nodes((await gql<G.DeskTasksQuery, G.DeskTasksQueryVariables>(q, { first })).departmentTasks)
}

export const claim = (id: string): Promise<Application> =>
  mutate<G.DeskClaimMutation, G.DeskClaimMutationVariables>(
    /* GraphQL */ `mutation DeskClaim($id: ID!) { claimApplication(id: $id) { ...DeskResult } } ${RESULT}`,
    { id },
  )

export const release = (id: string): Promise<Application> =>
  mutate<G.DeskReleaseMutation, G.DeskReleaseMutationVariables>(
    /* GraphQL */ `mutation DeskRelease($id: ID!) { releaseApplication(id: $id) { ...DeskResult } } ${RESULT}`,
    { id },
  )

export const judge = (id: string, verdicts: Verdict[]): Promise<Application> =>
  mutate<G.DeskJudgeMutation, G.DeskJudgeMutationVariables>(
    /* GraphQL */ `mutation DeskJudge($id: ID!, $verdicts: [VerdictInput!]!) { judgeMaterials(id: $id, verdicts: $verdicts) { ...DeskResult } } ${RESULT}`,
    { id, verdicts },
  )

/** The one-time list; after it, an extra list with its `reason` (sent by a supervisor, or asked for their approval). */
export const requestCorrections = (id: string, summary: string, reason = ''): Promise<Application> =>
  mutate<G.DeskRequestCorrectionsMutation, G.DeskRequestCorrectionsMutationVariables>(
    /* GraphQL */ `
      mutation DeskRequestCorrections($id: ID!, $summary: String!, $reason: String!) {
        requestCorrections(id: $id, summary: $summary, reason: $reason) { ...DeskResult }
      }
      ${RESULT}
    `,
    { id, summary, reason },
  )

export type ExtraCorrection = G.DeskExtraCorrectionsQuery['extraCorrections'][number]

/** An application's correction lists after the one-time notice (clerks and supervisors). */
export async function fetchExtraCorrections(id: string): Promise<ExtraCorrection[]> {
  const q = /* GraphQL */ `
    query DeskExtraCorrections($id: ID!) {
      extraCorrections(id: $id) { id round reason summary status requestedBy decidedBy decisionNote createdAt decidedAt materials { material name note } }
    }
  `
  return (await gql<G.DeskExtraCorrectionsQuery, G.DeskExtraCorrectionsQueryVariables>(q, { id })).extraCorrections
}

export const decideExtraCorrection = (requestId: string, approve: boolean, note: string): Promise<Application> =>
  mutate<G.DeskDecideExtraMutation, G.DeskDecideExtraMutationVariables>(
    /* GraphQL */ `
      mutation DeskDecideExtra($id: ID!, $approve: Boolean!, $note: String!) {
        decideExtraCorrection(id: $id, approve: $approve, note: $note) { ...DeskResult }
      }
      ${RESULT}
    `,
    { id: requestId, approve, note },
  )

export const accept = (id: string, mode: AcceptanceMode, deferred: G.DeferredInput[]): Promise<Application> =>
  mutate<G.DeskAcceptMutation, G.DeskAcceptMutationVariables>(
    /* GraphQL */ `
      mutation DeskAccept($id: ID!, $mode: AcceptanceMode!, $deferred: [DeferredInput!]) {
        acceptApplication(id: $id, mode: $mode, deferred: $deferred) { ...DeskResult }
      }
      ${RESULT}
    `,
    { id, mode, deferred: mode === 'DEFERRED' ? deferred : null },
  )

/** 容缺: the window's check of a deferred material handed in after acceptance (a sending back needs the reason). */
export const verifyOwed = (id: string, material: string, ok: boolean, note: string): Promise<Application> =>
  mutate<G.DeskVerifyOwedMutation, G.DeskVerifyOwedMutationVariables>(
    /* GraphQL */ `
      mutation DeskVerifyOwed($id: ID!, $material: String!, $ok: Boolean!, $note: String!) {
        verifyOwedMaterial(id: $id, material: $material, ok: $ok, note: $note) { ...DeskResult }
      }
      ${RESULT}
    `,
    { id, material, ok, note },
  )

export const startReview = (taskId: string): Promise<Application> =>
  mutate<G.DeskStartReviewMutation, G.DeskStartReviewMutationVariables>(
    /* GraphQL */ `mutation DeskStartReview($id: ID!) { startTaskReview(id: $id) { ...DeskResult } } ${RESULT}`,
    { id: taskId },
  )

export const decide = (taskId: string, approve: boolean, note: string): Promise<Application> =>
  mutate<G.DeskDecideMutation, G.DeskDecideMutationVariables>(
    /* GraphQL */ `mutation DeskDecide($id: ID!, $approve: Boolean!, $note: String!) { decideTask(id: $id, approve: $approve, note: $note) { ...DeskResult } } ${RESULT}`,
    { id: taskId, approve, note },
  )

export const setPickup = (id: string, pickup: PickupInput): Promise<Application> =>
  mutate<G.DeskSetPickupMutation, G.DeskSetPickupMutationVariables>(
    /* GraphQL */ `mutation DeskSetPickup($id: ID!, $pickup: PickupInput!) { setPickup(id: $id, pickup: $pickup) { ...DeskResult } } ${RESULT}`,
    { id, pickup },
  )

export const recordMailDelivered = (id: string, signedBy: string): Promise<Application> =>
  mutate<G.DeskMailDeliveredMutation, G.DeskMailDeliveredMutationVariables>(
    /* GraphQL */ `mutation DeskMailDelivered($id: ID!, $by: String!) { recordMailDelivered(id: $id, signedBy: $by) { ...DeskResult } } ${RESULT}`,
    { id, by: signedBy },
  )

export const recordCollection = (id: string, collectedBy: string, identityChecked: boolean): Promise<Application> =>
  mutate<G.DeskRecordCollectionMutation, G.DeskRecordCollectionMutationVariables>(
    /* GraphQL */ `
      mutation DeskRecordCollection($id: ID!, $by: String!, $checked: Boolean!) {
        recordCollection(id: $id, collectedBy: $by, identityChecked: $checked) { ...DeskResult }
      }
      ${RESULT}
    `,
    { id, by: collectedBy, checked: identityChecked },
  )

export const postMessage = (id: string, body: string): Promise<Application> =>
  mutate<G.DeskPostMessageMutation, G.DeskPostMessageMutationVariables>(
    /* GraphQL */ `mutation DeskPostMessage($id: ID!, $body: String!) { postMessage(id: $id, body: $body) { ...DeskResult } } ${RESULT}`,
    { id, body },
  )

/** GET /uploads/<id> with the bearer token (never cached by the service worker): a blob. */
export async function fetchUpload(id: string): Promise<Blob> {
  const get = async (renew: boolean) => {
    try {
      return await fetch(`/uploads/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${await bearer(renew)}` }, cache: 'no-store' })
    } catch (err) {
      if (err instanceof SignInNeeded) throw err
      throw new GraphQLFailure('offline', 'NETWORK', true)
    }
  }
  let res = await get(false)
  if (res.status === 401) res = await get(true)
  if (res.status === 401) throw new SignInNeeded('lost')
  if (!res.ok) throw new GraphQLFailure(`HTTP ${res.status}`, res.status === 404 ? 'NOT_FOUND' : 'HTTP')
  return res.blob()
}
