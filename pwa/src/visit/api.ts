/**
 * The visit screens' GraphQL: appointments (分时段预约), ratings (好差评), problem reports (办不成事)
 * and the rectification cases they open. POSTs through the session's client (bearer token,
 * refresh, SignInNeeded); a domain error comes back as data (AppointmentError / FeedbackError).
 * Result types: src/generated/graphql.ts (`npm run codegen`).
 */
import type * as G from '../generated/graphql'
import { nodes, page, type Page } from '../shared/connection'
import { gql } from '../shared/session'

export type DomainError = G.AppointmentErrorFieldsFragment | G.FeedbackErrorFieldsFragment

export const isError = (r: unknown): r is DomainError => {
  const name = (r as { __typename?: string } | null)?.__typename
  return name === 'AppointmentError' || name === 'FeedbackError'
}

// --- appointments ---------------------------------------------------------------------------------

const SLOT = /* GraphQL */ `fragment SlotFields on AppointmentSlot { id hallCode itemCode startsAt endsAt capacity booked available }`
const BOOKING = /* GraphQL */ `
  fragment BookingFields on Booking { __typename id code status itemCode createdAt cancelledAt slot { ...SlotFields } }
  ${SLOT}
`
const APPT_ERROR = /* GraphQL */ `fragment AppointmentErrorFields on AppointmentError { __typename code message messageEn }`
const BOOKING_RESULT = /* GraphQL */ `
  fragment BookingResultFields on BookingResult { __typename ...BookingFields ...AppointmentErrorFields }
  ${BOOKING} ${APPT_ERROR}
`

export type Slot = G.SlotFieldsFragment
export type Booking = G.BookingFieldsFragment
export type BookingStatus = G.BookingStatus

/** A hall's slots for an item between two dates (inclusive, Beijing time), every page of them. */
export async function slots(hall: string, from: string, to: string, item: string): Promise<Slot[] | DomainError> {
  const q = /* GraphQL */ `
    query Slots($hall: String!, $from: Date!, $to: Date!, $item: String, $after: String) {
      slots(hall: $hall, from: $from, to: $to, item: $item, first: 100, after: $after) {
        __typename
        ... on SlotConnection { edges { node { ...SlotFields } } pageInfo { hasNextPage endCursor } }
        ...AppointmentErrorFields
      }
    }
    ${SLOT} ${APPT_ERROR}
  `
  const all: Slot[] = []
  let after: string | null = null
  for (let pages = 0; pages < 10; pages++) {
    const r: G.SlotsQuery['slots'] = (await gql<G.SlotsQuery, G.SlotsQueryVariables>(q, { hall, from, to, item, after }, false)).slots
    if (r.__typename === 'AppointmentError') return r
    const got: Page<Slot> = page(r)
    all.push(...got.nodes)
    if (!got.nextCursor) break
    after = got.nextCursor
  }
  return all
}

export async function myBookings(): Promise<Booking[]> {
  const q = /* GraphQL */ `query MyBookings { myBookings(first: 50) { edges { node { ...BookingFields } } } } ${BOOKING}`
  return nodes((await gql<G.MyBookingsQuery>(q)).myBookings)
}

export async function bookSlot(slotId: string, item: string): Promise<Booking | DomainError> {
  const q = /* GraphQL */ `
    mutation BookSlot($slotId: ID!, $item: String) { bookSlot(slotId: $slotId, item: $item) { ...BookingResultFields } }
    ${BOOKING_RESULT}
  `
  return (await gql<G.BookSlotMutation, G.BookSlotMutationVariables>(q, { slotId, item })).bookSlot
}

/** One server call: the old booking stays as it was when the new slot cannot be had. */
export async function moveBooking(bookingId: string, slotId: string): Promise<Booking | DomainError> {
  const q = /* GraphQL */ `
    mutation MoveBooking($bookingId: ID!, $slotId: ID!) { moveBooking(bookingId: $bookingId, slotId: $slotId) { ...BookingResultFields } }
    ${BOOKING_RESULT}
  `
  return (await gql<G.MoveBookingMutation, G.MoveBookingMutationVariables>(q, { bookingId, slotId })).moveBooking
}

export async function cancelBooking(bookingId: string): Promise<Booking | DomainError> {
  const q = /* GraphQL */ `
    mutation CancelBooking($bookingId: ID!) { cancelBooking(bookingId: $bookingId) { ...BookingResultFields } }
    ${BOOKING_RESULT}
  `
  return (await gql<G.CancelBookingMutation, G.CancelBookingMutationVariables>(q, { bookingId })).cancelBooking
}

// --- feedback -------------------------------------------------------------------------------------

const CASE = /* GraphQL */ `
  fragment MyCaseFields on RectificationCase {
    __typename id number source status applicationId trackingNumber catalogCode catalogName departmentName ratingLevel summary
    openedOn deadline overdue answer answeredAt satisfied closedAt reopenedCount
  }
`
const FEEDBACK_ERROR = /* GraphQL */ `fragment FeedbackErrorFields on FeedbackError { __typename code message messageEn }`

export type RectificationCase = G.MyCaseFieldsFragment
export type CaseStatus = G.CaseStatus
export type Rating = Extract<G.RateMutation['rateApplication'], { __typename: 'Rating' }>
export type ComplaintReceipt = Extract<G.ReportProblemMutation['reportProblem'], { __typename: 'ComplaintReceipt' }>

export async function rateApplication(
  applicationId: string,
  level: number,
  comment: string,
  departmentCode: string | null,
): Promise<Rating | DomainError> {
  const q = /* GraphQL */ `
    mutation Rate($applicationId: ID!, $level: Int!, $comment: String!, $departmentCode: String) {
      rateApplication(applicationId: $applicationId, level: $level, comment: $comment, departmentCode: $departmentCode) {
        __typename
        ... on Rating { id level levelLabel levelLabelEn comment changeableUntil rectificationCase { ...MyCaseFields } }
        ...FeedbackErrorFields
      }
    }
    ${CASE} ${FEEDBACK_ERROR}
  `
  const vars = { applicationId, level, comment, departmentCode }
  return (await gql<G.RateMutation, G.RateMutationVariables>(q, vars)).rateApplication
}

/** 办不成事. `signedIn`: sent with the session (the case is then among myCases); else anonymous. */
export async function reportProblem(input: G.ReportProblemMutationVariables, signedIn: boolean): Promise<ComplaintReceipt | DomainError> {
  const q = /* GraphQL */ `
    mutation ReportProblem($description: String!, $code: String, $contactPhone: String, $idempotencyKey: String) {
      reportProblem(description: $description, code: $code, contactPhone: $contactPhone, idempotencyKey: $idempotencyKey) {
        __typename ... on ComplaintReceipt { complaintId caseId caseNumber deadline } ...FeedbackErrorFields
      }
    }
    ${FEEDBACK_ERROR}
  `
  return (await gql<G.ReportProblemMutation, G.ReportProblemMutationVariables>(q, input, signedIn)).reportProblem
}

export async function myCases(after: string | null = null): Promise<Page<RectificationCase>> {
  const q = /* GraphQL */ `
    query MyCases($after: String) {
      myCases(first: 20, after: $after) { edges { node { ...MyCaseFields } } pageInfo { hasNextPage endCursor } }
    }
    ${CASE}
  `
  return page((await gql<G.MyCasesQuery, G.MyCasesQueryVariables>(q, { after })).myCases)
}

export async function confirmCase(id: string, satisfied: boolean, comment: string): Promise<RectificationCase | DomainError> {
  const q = /* GraphQL */ `
    mutation ConfirmCase($id: ID!, $satisfied: Boolean!, $comment: String!) {
      confirmCase(id: $id, satisfied: $satisfied, comment: $comment) { __typename ...MyCaseFields ...FeedbackErrorFields }
    }
    ${CASE} ${FEEDBACK_ERROR}
  `
  return (await gql<G.ConfirmCaseMutation, G.ConfirmCaseMutationVariables>(q, { id, satisfied, comment })).confirmCase
}
