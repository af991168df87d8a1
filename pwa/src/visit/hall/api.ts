/**
 * The hall queue's GraphQL (取号/叫号): window groups, the hall board, tickets, check-in, calling the
 * next ticket and publishing slots. A domain error comes back as data (QueueError / AppointmentError).
 */
import type * as G from '../../generated/graphql'
import { gql, hasSession } from '../../shared/session'

const TICKET = /* GraphQL */ `fragment TicketFields on QueueTicket {
  __typename id hallCode label status booked bookingId ahead estimatedWaitMinutes window calledAt
  group { code name nameEn windows }
}`
const QUEUE_ERROR = /* GraphQL */ `fragment QueueErrorFields on QueueError { __typename code message messageEn }`
const TICKET_RESULT = /* GraphQL */ `fragment TicketResultFields on TicketResult { ...TicketFields ...QueueErrorFields } ${TICKET} ${QUEUE_ERROR}`
export const BOARD = /* GraphQL */ `fragment BoardFields on HallBoard {
  __typename
  hallCode called { label groupCode window calledAt }
  lines { waiting estimatedWaitMinutes group { code name nameEn windows } }
}`

export type Ticket = G.TicketFieldsFragment
export type Board = G.BoardFieldsFragment
export type QueueProblem = G.QueueErrorFieldsFragment
export type TicketOrProblem = Ticket | QueueProblem | G.AppointmentErrorFieldsFragment

export async function hallInfo(code: string): Promise<{ name: string; nameEn: string } | null> {
  const q = /* GraphQL */ `query HallNames { halls { code name nameEn } }`
  const halls = (await gql<G.HallNamesQuery>(q, {}, false)).halls
  return halls.find((h) => h.code === code) ?? null
}

export async function board(hall: string): Promise<Board | QueueProblem> {
  const q = /* GraphQL */ `query HallBoard($hall: String!) { hallBoard(hall: $hall) { __typename ...BoardFields ...QueueErrorFields } } ${BOARD} ${QUEUE_ERROR}`
  return (await gql<G.HallBoardQuery, G.HallBoardQueryVariables>(q, { hall }, false)).hallBoard
}

export async function ticket(id: string): Promise<TicketOrProblem> {
  const q = /* GraphQL */ `query QueueTicket($id: ID!) { queueTicket(id: $id) { ...TicketResultFields } } ${TICKET_RESULT}`
  return (await gql<G.QueueTicketQuery, G.QueueTicketQueryVariables>(q, { id }, false)).queueTicket
}

export async function myTickets(): Promise<Ticket[]> {
  const q = /* GraphQL */ `query MyTickets { myTickets { ...TicketFields } } ${TICKET}`
  return (await gql<G.MyTicketsQuery>(q)).myTickets
}

export async function takeTicket(hall: string, group: string): Promise<TicketOrProblem> {
  const q = /* GraphQL */ `mutation TakeTicket($hall: String!, $group: String!) { takeTicket(hall: $hall, group: $group) { ...TicketResultFields } } ${TICKET_RESULT}`
  return (await gql<G.TakeTicketMutation, G.TakeTicketMutationVariables>(q, { hall, group }, hasSession())).takeTicket
}

export async function checkIn(hall: string, bookingId: string): Promise<TicketOrProblem> {
  const q = /* GraphQL */ `mutation CheckIn($hall: String!, $bookingId: ID!) { checkIn(hall: $hall, bookingId: $bookingId) { ...TicketResultFields } } ${TICKET_RESULT}`
  return (await gql<G.CheckInMutation, G.CheckInMutationVariables>(q, { hall, bookingId })).checkIn
}

export async function checkInByCode(hall: string, code: string): Promise<TicketOrProblem> {
  const q = /* GraphQL */ `mutation CheckInByCode($hall: String!, $code: String!) { checkInByCode(hall: $hall, code: $code) { ...TicketResultFields } } ${TICKET_RESULT}`
  return (await gql<G.CheckInByCodeMutation, G.CheckInByCodeMutationVariables>(q, { hall, code })).checkInByCode
}

export async function callNext(hall: string, group: string, window: string): Promise<TicketOrProblem> {
  const q = /* GraphQL */ `mutation CallNextTicket($hall: String!, $group: String!, $window: String!) { callNextTicket(hall: $hall, group: $group, window: $window) { ...TicketResultFields } } ${TICKET_RESULT}`
  return (await gql<G.CallNextTicketMutation, G.CallNextTicketMutationVariables>(q, { hall, group, window })).callNextTicket
}

export interface Publication {
  hall: string
  fromDate: string
  toDate: string
  times: string[]
  capacity: number
  slotMinutes: number
  item: string | null
}

export async function publishSlots(p: Publication): Promise<G.PublishSlotsMutation['publishSlots']> {
  const q = /* GraphQL */ `mutation PublishSlots($hall: String!, $fromDate: Date!, $toDate: Date!, $times: [String!]!, $capacity: Int!, $slotMinutes: Int!, $item: String) {
    publishSlots(hall: $hall, fromDate: $fromDate, toDate: $toDate, times: $times, capacity: $capacity, slotMinutes: $slotMinutes, item: $item) {
      __typename ... on SlotsPublished { created existing workingDays } ... on AppointmentError { code message messageEn }
    }
  }`
  return (await gql<G.PublishSlotsMutation, G.PublishSlotsMutationVariables>(q, p)).publishSlots
}

export const isProblem = (r: TicketOrProblem | Board): r is QueueProblem | G.AppointmentErrorFieldsFragment =>
  r.__typename === 'QueueError' || r.__typename === 'AppointmentError'

/** A form control's value, trimmed ('' when there is none). */
export function field(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name)
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.value.trim() : ''
}
