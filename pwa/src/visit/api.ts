/**
 * The visit screens' GraphQL: appointments (分时段预约), ratings (好差评), problem reports (办不成事)
 * and the rectification cases they open. POSTs through the account session's client (bearer token,
 * refresh, SignInNeeded); a domain error comes back as data (AppointmentError / FeedbackError).
 */
import { gql } from '../account/session'

export interface DomainError {
  __typename: 'AppointmentError' | 'FeedbackError'
  code: string
  message: string
  messageEn: string
}

export const isError = (r: unknown): r is DomainError => {
  const name = (r as { __typename?: string } | null)?.__typename
  return name === 'AppointmentError' || name === 'FeedbackError'
}

// --- appointments ---------------------------------------------------------------------------------

export interface Slot {
  id: string
  hallCode: string
  itemCode: string | null
  startsAt: string
  endsAt: string
  capacity: number
  booked: number
  available: number
}

export type BookingStatus = 'BOOKED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW'

export interface Booking {
  __typename: 'Booking'
  id: string
  code: string
  status: BookingStatus
  itemCode: string
  slot: Slot
  createdAt: string
  cancelledAt: string | null
}

const SLOT = `id hallCode itemCode startsAt endsAt capacity booked available`
const BOOKING = `id code status itemCode createdAt cancelledAt slot { ${SLOT} }`
const APPT_ERROR = `... on AppointmentError { code message messageEn }`
const BOOKING_RESULT = `{ __typename ... on Booking { ${BOOKING} } ${APPT_ERROR} }`

/** A hall's slots for an item between two dates (inclusive, Beijing time), every page of them. */
export async function slots(hall: string, from: string, to: string, item: string): Promise<Slot[] | DomainError> {
  const q = `query Slots($hall: String!, $from: Date!, $to: Date!, $item: String, $after: String) {
    slots(hall: $hall, from: $from, to: $to, item: $item, first: 100, after: $after) { __typename
      ... on SlotPage { nodes { ${SLOT} } nextCursor } ${APPT_ERROR} } }`
  type Page = { __typename: 'SlotPage'; nodes: Slot[]; nextCursor: string | null }
  const all: Slot[] = []
  let after: string | null = null
  for (let pages = 0; pages < 10; pages++) {
    const r: Page | DomainError = (await gql<{ slots: Page | DomainError }>(q, { hall, from, to, item, after }, false)).slots
    if (isError(r)) return r
    all.push(...r.nodes)
    if (!r.nextCursor) break
    after = r.nextCursor
  }
  return all
}

export async function myBookings(): Promise<Booking[]> {
  const q = `query MyBookings { myBookings(first: 50) { nodes { __typename ${BOOKING} } } }`
  return (await gql<{ myBookings: { nodes: Booking[] } }>(q)).myBookings.nodes
}

export async function bookSlot(slotId: string, item: string): Promise<Booking | DomainError> {
  const q = `mutation BookSlot($slotId: ID!, $item: String) { bookSlot(slotId: $slotId, item: $item) ${BOOKING_RESULT} }`
  return (await gql<{ bookSlot: Booking | DomainError }>(q, { slotId, item })).bookSlot
}

/** One server call: the old booking stays as it was when the new slot cannot be had. */
export async function moveBooking(bookingId: string, slotId: string): Promise<Booking | DomainError> {
  const q = `mutation MoveBooking($bookingId: ID!, $slotId: ID!) { moveBooking(bookingId: $bookingId, slotId: $slotId) ${BOOKING_RESULT} }`
  return (await gql<{ moveBooking: Booking | DomainError }>(q, { bookingId, slotId })).moveBooking
}

export async function cancelBooking(bookingId: string): Promise<Booking | DomainError> {
  const q = `mutation CancelBooking($bookingId: ID!) { cancelBooking(bookingId: $bookingId) ${BOOKING_RESULT} }`
  return (await gql<{ cancelBooking: Booking | DomainError }>(q, { bookingId })).cancelBooking
}

// --- feedback -------------------------------------------------------------------------------------

export type CaseStatus = 'OPEN' | 'ASSIGNED' | 'ANSWERED' | 'CONFIRMED' | 'REOPENED'

export interface RectificationCase {
  __typename: 'RectificationCase'
  id: string
  source: 'RATING' | 'COMPLAINT'
  status: CaseStatus
  applicationId: string | null
  trackingNumber: string
  catalogCode: string
  catalogName: string
  departmentName: string | null
  ratingLevel: number | null
  summary: string
  openedOn: string
  deadline: string
  overdue: boolean
  answer: string
  answeredAt: string | null
  satisfied: boolean | null
  closedAt: string | null
  reopenedCount: number
}

export interface Rating {
  __typename: 'Rating'
  id: string
  level: number
  levelLabel: string
  levelLabelEn: string
  comment: string
  changeableUntil: string
  rectificationCase: RectificationCase | null
}

export interface ComplaintReceipt {
  __typename: 'ComplaintReceipt'
  complaintId: string
  caseId: string
  deadline: string
}

const CASE = `id source status applicationId trackingNumber catalogCode catalogName departmentName ratingLevel summary
openedOn deadline overdue answer answeredAt satisfied closedAt reopenedCount`
const FEEDBACK_ERROR = `... on FeedbackError { code message messageEn }`

export async function rateApplication(
  applicationId: string,
  level: number,
  comment: string,
  departmentCode: string | null,
): Promise<Rating | DomainError> {
  const q = `mutation Rate($applicationId: ID!, $level: Int!, $comment: String!, $departmentCode: String) {
    rateApplication(applicationId: $applicationId, level: $level, comment: $comment, departmentCode: $departmentCode) { __typename
      ... on Rating { id level levelLabel levelLabelEn comment changeableUntil rectificationCase { __typename ${CASE} } } ${FEEDBACK_ERROR} } }`
  return (await gql<{ rateApplication: Rating | DomainError }>(q, { applicationId, level, comment, departmentCode })).rateApplication
}

/** 办不成事. `signedIn`: sent with the session (the case is then among myCases); else anonymous. */
export async function reportProblem(
  input: { description: string; code: string | null; contactPhone: string | null; idempotencyKey: string },
  signedIn: boolean,
): Promise<ComplaintReceipt | DomainError> {
  const q = `mutation ReportProblem($description: String!, $code: String, $contactPhone: String, $idempotencyKey: String) {
    reportProblem(description: $description, code: $code, contactPhone: $contactPhone, idempotencyKey: $idempotencyKey) { __typename
      ... on ComplaintReceipt { complaintId caseId deadline } ${FEEDBACK_ERROR} } }`
  return (await gql<{ reportProblem: ComplaintReceipt | DomainError }>(q, input, signedIn)).reportProblem
}

export async function myCases(after: string | null = null): Promise<{ nodes: RectificationCase[]; nextCursor: string | null }> {
  const q = `query MyCases($after: String) { myCases(first: 20, after: $after) { nodes { __typename ${CASE} } nextCursor } }`
  return (await gql<{ myCases: { nodes: RectificationCase[]; nextCursor: string | null } }>(q, { after })).myCases
}

export async function confirmCase(id: string, satisfied: boolean, comment: string): Promise<RectificationCase | DomainError> {
  const q = `mutation ConfirmCase($id: ID!, $satisfied: Boolean!, $comment: String!) {
    confirmCase(id: $id, satisfied: $satisfied, comment: $comment) { __typename ... on RectificationCase { ${CASE} } ${FEEDBACK_ERROR} } }`
  return (await gql<{ confirmCase: RectificationCase | DomainError }>(q, { id, satisfied, comment })).confirmCase
}
