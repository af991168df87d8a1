/**
 * What an application's states and its materials' states are called, and how they look, in one
 * place for the citizen's screens and the desk. The application states use the server's words
 * (api/applications/timeline.py STATUS_LABELS, what `statusLabel` answers), so a badge and a line of
 * the history never disagree.
 */
import type { ApplicationStatus, MaterialStatus } from '../generated/graphql'
import { labeller } from './strings'
import type { Tone } from './parts'

const APPLICATION: Record<ApplicationStatus, readonly [string, string]> = {
  DRAFT: ['草稿', 'Draft'],
  SUBMITTED: ['已提交', 'Submitted'],
  PRE_REVIEW: ['预审中', 'Pre-review'],
  NEEDS_CORRECTION: ['待补正', 'Correction needed'],
  ACCEPTED: ['已受理', 'Accepted'],
  IN_PROGRESS: ['办理中', 'In progress'],
  COMPLETED: ['已办结', 'Completed'],
  PARTLY_COMPLETED: ['部分办结', 'Partly completed'],
  REJECTED: ['不予办理', 'Rejected'],
  READY_FOR_PICKUP: ['待领取', 'Ready for pickup'],
  COLLECTED: ['已领取', 'Collected'],
  CLOSED: ['已归档', 'Closed'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
}

const MATERIAL: Record<MaterialStatus, readonly [string, string]> = {
  PROVIDED: ['已提交', 'Handed in'],
  COMMITTED: ['以承诺代替', 'Replaced by commitment'],
  MISSING: ['未提交', 'Not handed in'],
  WAIVED: ['免提交', 'Not needed'],
  PRODUCED: ['本次办理产生', 'Issued on the way'],
  ACCEPTED: ['已通过', 'Accepted'],
  NEEDS_CORRECTION: ['需补正', 'Needs correction'],
  DEFERRED: ['容缺后补', 'To hand in later'],
}

/** An application state (upper or lower case, as events write it) in the page's language. */
export const applicationStatusLabel = labeller(APPLICATION)
export const isApplicationStatus = (s: string): boolean => s.toUpperCase() in APPLICATION
export const materialStatusLabel = labeller(MATERIAL)

/** The badge of a state for the applicant: done, waiting on them, or neutral. */
export function applicantTone(status: string): Tone {
  if (['COMPLETED', 'COLLECTED', 'CLOSED', 'READY_FOR_PICKUP'].includes(status)) return 'ok'
  if (['NEEDS_CORRECTION', 'REJECTED', 'WITHDRAWN', 'PARTLY_COMPLETED'].includes(status)) return 'warn'
  return 'kind'
}

/** The badge of a state at the desk: staff act on corrections and pickups. */
export function staffTone(status: string): Tone {
  if (['NEEDS_CORRECTION', 'READY_FOR_PICKUP'].includes(status)) return 'warn'
  if (['COMPLETED', 'COLLECTED', 'CLOSED', 'ACCEPTED', 'APPROVED'].includes(status)) return 'ok'
  if (['REJECTED', 'WITHDRAWN'].includes(status)) return 'bad'
  return ''
}

/** The badge of a material's state. */
export function materialTone(status: string): Tone {
  if (['ACCEPTED', 'WAIVED', 'PRODUCED', 'COMMITTED'].includes(status)) return 'ok'
  if (status === 'NEEDS_CORRECTION') return 'bad'
  if (status === 'MISSING' || status === 'DEFERRED') return 'warn'
  return ''
}
