/**
 * The application operations: GraphQL POSTs with the bearer token, through the session's client.
 * Nothing here is cached: it is personal data. Result types are generated from schema.graphql and
 * these documents (src/generated/graphql.ts, `npm run codegen`); the JSON fields (form schema,
 * data, pickup) get their shapes from ./schema.
 */
import type * as G from '../generated/graphql'
import { page, type Page } from '../shared/connection'
import { gql } from '../shared/session'
import type { FormSchema, Pickup, Value } from './schema'

export type { FormField, FormSchema, Pickup, Value } from './schema'
export type { ApplicationStatus as Status, MaterialStatus, MaterialInput } from '../generated/graphql'

const ERROR = /* GraphQL */ `
  fragment ApplicationErrorFields on ApplicationError { code message messageEn problems { field code message messageEn } }
`
const MATERIAL = /* GraphQL */ `
  fragment AppMaterialFields on ApplicationMaterialType { material name required deferrable status upload note deferWithin dueOn owed late }
`
const LANE = /* GraphQL */ `
  fragment LaneFields on Lane {
    taskId departmentCode departmentName items status promisedDays statutoryDays startedOn dueOn remainingWorkingDays paused pauseReason overdue decisionNote
  }
`
const SUMMARY = /* GraphQL */ `
  fragment ApplicationSummary on ApplicationType {
    id trackingNumber kind code name nameEn status statusLabel { zh en } nextAction { zh en } version createdAt submittedAt
    filedByName filedFor { id name }
  }
`
/** Everything the applicant's pages show of an application (also what the live subscription sends). */
export const APPLICATION = /* GraphQL */ `
  fragment ApplicationFields on ApplicationType {
    ...ApplicationSummary verificationCode data formSchema filedByHelper acceptance pickup correctionLists
    delivery { method recipient phone address } deliveryOptions
    materials { ...AppMaterialFields }
    lanes { ...LaneFields }
    events { at fromStatus toStatus actorKind actorName actingForName departmentCode reason }
    nextServices { __typename ... on ServiceItem { code name nameEn } ... on Bundle { code name nameEn } }
    commitments { id item itemName version text signedAt signedByName signedByHelper verifyWithin verifyBy outcome checkedAt findings }
  }
  ${SUMMARY} ${MATERIAL} ${LANE}
`
const RESULT = /* GraphQL */ `
  fragment ApplicationResultFields on ApplicationResult {
    __typename ... on ApplicationType { ...ApplicationFields } ... on ApplicationError { ...ApplicationErrorFields }
  }
  ${APPLICATION} ${ERROR}
`

export type ApplicationError = G.ApplicationErrorFieldsFragment & { __typename: 'ApplicationError' }
export type Problem = ApplicationError['problems'][number]
export type AppMaterial = G.AppMaterialFieldsFragment
export type Lane = G.LaneFieldsFragment
export type CommitmentOffer = ApplyForm['commitments'][number]
export type SignedCommitment = G.ApplicationFieldsFragment['commitments'][number]
export type TimelineEvent = G.ApplicationFieldsFragment['events'][number]
export type Summary = G.ApplicationSummaryFragment
/** An application as the applicant's pages show it, its JSON fields typed. */
export type Application = Omit<G.ApplicationFieldsFragment, 'data' | 'formSchema' | 'pickup'> & {
  __typename?: 'ApplicationType'
  data: Record<string, Value>
  formSchema: FormSchema | Record<string, never>
  pickup: Pickup | null
}
export type ApplyForm = Omit<Extract<G.ApplyFormQuery['applyForm'], { __typename: 'ApplyForm' }>, 'formSchema' | 'prefill'> & {
  formSchema: FormSchema
  prefill: Record<string, string>
}
export type Submitted = { __typename: 'Submitted'; created: boolean; application: Application }
export type ApplicationInput = Omit<G.ApplicationInput, 'data' | 'materials'> & {
  data: Record<string, Value>
  materials: G.MaterialInput[]
}
/** What a kiosk's lookup shows (no personal data). */
export type Tracked = Extract<G.TrackQuery['trackApplication'], { __typename: 'ApplicationType' }>

type Result = Application | ApplicationError
/** An answer of ApplicationResultFields with its JSON fields typed. */
const typed = (r: G.ApplicationResultFieldsFragment): Result => r as Result

export const isError = (r: unknown): r is ApplicationError =>
  !!r && typeof r === 'object' && (r as { __typename?: string }).__typename === 'ApplicationError'

/** The form for ``code``; a helper's, for the person ``onBehalfOf`` (who consented to it). */
export async function applyForm(
  code: string,
  onBehalfOf: string | null = null,
  choice: Pick<G.ApplyFormQueryVariables, 'answers' | 'items'> = {},
): Promise<ApplyForm | ApplicationError> {
  const q = /* GraphQL */ `
    query ApplyForm($code: String!, $onBehalfOf: ID, $answers: [SituationAnswerInput!], $items: [String!]) {
      applyForm(code: $code, onBehalfOf: $onBehalfOf, answers: $answers, items: $items) {
        __typename
        ... on ApplyForm {
          code name formSchema prefill actingFor materials { ...AppMaterialFields }
          situation { questions { code question questionEn options { value label labelEn } } unanswered chosen }
          commitments { item itemName itemNameEn departmentName version text textEn verifyWithin replaces { code name nameEn } }
        }
        ... on ApplicationError { ...ApplicationErrorFields }
      }
    }
    ${MATERIAL} ${ERROR}
  `
  const vars = { code, onBehalfOf, ...choice }
  return (await gql<G.ApplyFormQuery, G.ApplyFormQueryVariables>(q, vars)).applyForm as ApplyForm | ApplicationError
}

export async function application(id: string): Promise<Application> {
  const q = /* GraphQL */ `query Application($id: ID!) { application(id: $id) { __typename ...ApplicationFields } } ${APPLICATION}`
  return (await gql<G.ApplicationQuery, G.ApplicationQueryVariables>(q, { id })).application as Application
}

export async function myApplications(after: string | null): Promise<Page<Summary>> {
  const q = /* GraphQL */ `
    query MyApplications($after: String) {
      myApplications(first: 20, after: $after) { edges { node { ...ApplicationSummary } } pageInfo { hasNextPage endCursor } }
    }
    ${SUMMARY}
  `
  return page((await gql<G.MyApplicationsQuery, G.MyApplicationsQueryVariables>(q, { after })).myApplications)
}

/** The signed-in person's id (also refreshes the session). */
export async function me(): Promise<string> {
  return (await gql<G.MyIdQuery>(/* GraphQL */ `query MyId { me { id } }`)).me.id
}

export async function saveDraft(input: ApplicationInput, version: number | null): Promise<Result> {
  const q = /* GraphQL */ `
    mutation SaveDraft($input: ApplicationInput!, $version: Int) { saveDraft(input: $input, version: $version) { ...ApplicationResultFields } }
    ${RESULT}
  `
  return typed((await gql<G.SaveDraftMutation, G.SaveDraftMutationVariables>(q, { input, version })).saveDraft)
}

export async function deleteDraft(id: string): Promise<{ __typename: 'ApplicationType'; id: string } | ApplicationError> {
  const q = /* GraphQL */ `
    mutation DeleteDraft($id: ID!) {
      deleteDraft(id: $id) { __typename ... on ApplicationType { id } ... on ApplicationError { ...ApplicationErrorFields } }
    }
    ${ERROR}
  `
  return (await gql<G.DeleteDraftMutation, G.DeleteDraftMutationVariables>(q, { id })).deleteDraft
}

export async function submitApplication(input: ApplicationInput): Promise<Submitted | ApplicationError> {
  const q = /* GraphQL */ `
    mutation Submit($input: ApplicationInput!) {
      submitApplication(input: $input) {
        __typename ... on Submitted { created application { ...ApplicationFields } } ... on ApplicationError { ...ApplicationErrorFields }
      }
    }
    ${APPLICATION} ${ERROR}
  `
  return (await gql<G.SubmitMutation, G.SubmitMutationVariables>(q, { input })).submitApplication as Submitted | ApplicationError
}

export async function withdraw(id: string, reason: string): Promise<Result> {
  const q = /* GraphQL */ `
    mutation Withdraw($id: ID!, $reason: String!) { withdrawApplication(id: $id, reason: $reason) { ...ApplicationResultFields } }
    ${RESULT}
  `
  return typed((await gql<G.WithdrawMutation, G.WithdrawMutationVariables>(q, { id, reason })).withdrawApplication)
}

export async function answerCorrection(id: string, materials: G.MaterialInput[]): Promise<Result> {
  const q = /* GraphQL */ `
    mutation AnswerCorrection($id: ID!, $materials: [MaterialInput!]!) {
      answerCorrection(id: $id, materials: $materials) { ...ApplicationResultFields }
    }
    ${RESULT}
  `
  return typed((await gql<G.AnswerCorrectionMutation, G.AnswerCorrectionMutationVariables>(q, { id, materials })).answerCorrection)
}

export async function chooseDelivery(id: string, delivery: G.DeliveryInput): Promise<Result> {
  const q = /* GraphQL */ `
    mutation ChooseDelivery($id: ID!, $delivery: DeliveryInput!) { chooseDelivery(id: $id, delivery: $delivery) { ...ApplicationResultFields } }
    ${RESULT}
  `
  return typed((await gql<G.ChooseDeliveryMutation, G.ChooseDeliveryMutationVariables>(q, { id, delivery })).chooseDelivery)
}

/** 容缺: a deferred material handed in after acceptance (the window then checks it). */
export async function handInOwed(id: string, material: G.MaterialInput): Promise<Result> {
  const q = /* GraphQL */ `
    mutation HandInOwed($id: ID!, $material: MaterialInput!) {
      handInOwedMaterial(id: $id, material: $material) { ...ApplicationResultFields }
    }
    ${RESULT}
  `
  return typed((await gql<G.HandInOwedMutation, G.HandInOwedMutationVariables>(q, { id, material })).handInOwedMaterial)
}

export async function collectFromLocker(id: string, code: string): Promise<Result> {
  const q = /* GraphQL */ `
    mutation Collect($id: ID!, $code: String!) { collectFromLocker(id: $id, code: $code) { ...ApplicationResultFields } }
    ${RESULT}
  `
  return typed((await gql<G.CollectMutation, G.CollectMutationVariables>(q, { id, code })).collectFromLocker)
}

export async function trackApplication(trackingNumber: string, verificationCode: string): Promise<Tracked | ApplicationError> {
  const q = /* GraphQL */ `
    query Track($t: String!, $v: String!) {
      trackApplication(trackingNumber: $t, verificationCode: $v) {
        __typename
        ... on ApplicationType { id trackingNumber name nameEn status statusLabel { zh en } nextAction { zh en } submittedAt lanes { ...LaneFields } }
        ... on ApplicationError { ...ApplicationErrorFields }
      }
    }
    ${LANE} ${ERROR}
  `
  const vars = { t: trackingNumber, v: verificationCode }
  return (await gql<G.TrackQuery, G.TrackQueryVariables>(q, vars, false)).trackApplication
}

/** The live timeline (graphql-transport-ws, ./ws.ts): the application as it is now, then on every change. */
export const LIVE = /* GraphQL */ `
  subscription Live($id: ID!) { applicationUpdated(id: $id) { __typename ...ApplicationFields } }
  ${APPLICATION}
`
export type LiveUpdate = { applicationUpdated: Application }
