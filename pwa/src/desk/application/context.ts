/**
 * Who is looking at an application at the desk and what they may do with it: the clerk's claim on a
 * pre-review, the reviewer's own department.
 */
import { fetchExtraCorrections, fetchQueue, type Application, type ExtraCorrection, type Lane, type Me, type Message } from '../api'
import { isClerk } from '../ui'

export type ClaimState = { kind: 'none' } | { kind: 'mine' } | { kind: 'other'; name: string } | null

export interface Ctx {
  me: Me
  claim: ClaimState
  messages: Message[]
  /** Correction lists after the one-time notice (clerks and supervisors see them). */
  extras: ExtraCorrection[]
}

export const PRE_REVIEW = new Set(['SUBMITTED', 'PRE_REVIEW'])

export const JUDGEABLE = new Set(['PROVIDED', 'ACCEPTED', 'NEEDS_CORRECTION', 'MISSING'])

export const DONE = new Set(['COMPLETED', 'PARTLY_COMPLETED'])

export async function claimState(a: Application, me: Me): Promise<ClaimState> {
  if (!isClerk(me) || !PRE_REVIEW.has(a.status)) return null
  const queue = await fetchQueue()
  const entry = queue.nodes.find((n) => n.application.id === a.id)
  if (!entry) return { kind: 'none' }
  if (entry.claimedByMe) return { kind: 'mine' }
  return entry.claimedBy ? { kind: 'other', name: entry.claimedBy } : { kind: 'none' }
}

export const reviewing = (ctx: Ctx, a: Application): boolean => ctx.claim?.kind === 'mine' && PRE_REVIEW.has(a.status)

export function myLane(a: Application, me: Me): Lane | undefined {
  if (!me.roles.includes('REVIEWER') || !me.departmentCode) return undefined
  return a.lanes.find((l) => l.departmentCode === me.departmentCode)
}

/** The application's extra correction lists, for a clerk or a supervisor once a list was sent. */
export async function extrasOf(a: Application, me: Me): Promise<ExtraCorrection[]> {
  const sees = me.roles.includes('WINDOW_CLERK') || me.roles.includes('SUPERVISOR')
  return sees && a.correctionLists > 0 ? fetchExtraCorrections(a.id) : []
}
