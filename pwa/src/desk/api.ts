/**
 * The staff desk's GraphQL: documents, result types and thin calls over the session's gql() (bearer
 * token, refresh, SignInNeeded). Mutations answer `ApplicationType | ApplicationError` (or the
 * feedback module's `RectificationCase | FeedbackError`): a domain error comes back as data and is
 * thrown here as DeskError, so a page has one catch for everything that went wrong.
 */
import { bearer, gql, GraphQLFailure, SignInNeeded, type Role } from '../account/session'
// The application's own types, shared with the citizen's screens (type-only: nothing is bundled twice).
import type { Label, MaterialStatus, Status } from '../apply/api'

export type { Label, MaterialStatus, Status }

export type TaskStatus = 'PENDING' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED'

export interface Material {
  material: string
  name: string
  required: boolean
  deferrable: boolean
  status: MaterialStatus
  upload: string | null
  note: string
}

export interface Lane {
  taskId: string
  departmentCode: string
  departmentName: string
  items: string[]
  status: TaskStatus
  promisedDays: number
  startedOn: string | null
  dueOn: string | null
  remainingWorkingDays: number | null
  paused: boolean
  overdue: boolean
  decisionNote: string
}

export interface TimelineEvent {
  at: string
  fromStatus: string
  toStatus: string
  actorKind: string
  actorName: string | null
  actingForName: string | null
  departmentCode: string | null
  reason: string
}

export interface FormField {
  code: string
  name: string
  name_en?: string
  type: string
  rules?: { choices?: { value: string; name: string; name_en?: string }[] }
}

export interface Pickup {
  method?: 'window' | 'locker' | 'mail'
  window?: string
  hours?: string
  locker?: string
  code?: string
  expiresAt?: string
  carrier?: string
  tracking?: string
}

export interface Application {
  id: string
  trackingNumber: string | null
  kind: string
  code: string
  name: string
  status: Status
  statusLabel: Label
  nextAction: Label
  data: Record<string, unknown>
  formSchema: { fields?: FormField[] }
  createdAt: string
  submittedAt: string | null
  materials: Material[]
  lanes: Lane[]
  events: TimelineEvent[]
  filedByHelper: boolean
  acceptance: string | null
  pickup: Pickup | null
}

export interface Message {
  id: string
  at: string
  authorName: string | null
  authorKind: string
  body: string
  attachment: string | null
}

export interface Me {
  id: string
  name: string
  roles: Role[]
  departmentCode: string | null
}

/** A refusal the server explains (zh and en), e.g. REASON_REQUIRED, ALREADY_CLAIMED, MATERIALS_PENDING. */
export class DeskError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh)
  }
}

interface ErrorData {
  __typename: string
  code: string
  message: string
  messageEn: string
}

function unwrap<T extends { __typename: string }>(result: T | ErrorData, okType: string): T {
  if (result.__typename !== okType) {
    const e = result as ErrorData
    throw new DeskError(e.code, e.message, e.messageEn)
  }
  return result as T
}

const SUMMARY = `id trackingNumber kind code name status statusLabel { zh en } nextAction { zh en } createdAt submittedAt acceptance`
const LANE = `taskId departmentCode departmentName items status promisedDays startedOn dueOn remainingWorkingDays paused overdue decisionNote`
export const APPLICATION = `${SUMMARY} data formSchema filedByHelper pickup
materials { material name required deferrable status upload note }
lanes { ${LANE} }
events { at fromStatus toStatus actorKind actorName actingForName departmentCode reason }`
const ERROR = `... on ApplicationError { code message messageEn }`
const RESULT = `{ __typename ... on ApplicationType { ${APPLICATION} } ${ERROR} }`

type AppResult = (Application & { __typename: 'ApplicationType' }) | ErrorData

async function mutate(name: string, signature: string, args: string, variables: object): Promise<Application> {
  const data = await gql<Record<string, AppResult>>(`mutation Desk${name[0].toUpperCase()}${name.slice(1)}(${signature}) { ${name}(${args}) ${RESULT} }`, variables)
  return unwrap(data[name], 'ApplicationType')
}

export async function fetchMe(): Promise<Me> {
  return (await gql<{ me: Me }>(`query DeskMe { me { id name roles departmentCode } }`)).me
}

export async function fetchApplication(id: string): Promise<Application> {
  return (await gql<{ application: Application }>(`query DeskApplication($id: ID!) { application(id: $id) { ${APPLICATION} } }`, { id })).application
}

export async function fetchMessages(id: string): Promise<Message[]> {
  return (await gql<{ messages: Message[] }>(`query DeskMessages($id: ID!) { messages(id: $id) { id at authorName authorKind body attachment } }`, { id })).messages
}

export interface QueueEntry {
  application: Application
  claimedBy: string | null
  claimedByMe: boolean
}

export async function fetchQueue(first = 100): Promise<{ nodes: QueueEntry[]; totalCount: number }> {
  const q = `query DeskQueue($first: Int!) { preReviewQueue(first: $first) { totalCount nodes { claimedBy claimedByMe application { ${SUMMARY} materials { material status } } } } }`
  return (await gql<{ preReviewQueue: { nodes: QueueEntry[]; totalCount: number } }>(q, { first })).preReviewQueue
}

export interface DepartmentTask {
  id: string
  status: TaskStatus
  application: Application
  lane: Lane
}

export async function fetchTasks(first = 100): Promise<DepartmentTask[]> {
  const q = `query DeskTasks($first: Int!) { departmentTasks(first: $first) { id status lane { ${LANE} } application { ${SUMMARY} } } }`
  return (await gql<{ departmentTasks: DepartmentTask[] }>(q, { first })).departmentTasks
}

export const claim = (id: string) => mutate('claimApplication', '$id: ID!', 'id: $id', { id })
export const release = (id: string) => mutate('releaseApplication', '$id: ID!', 'id: $id', { id })

export interface Verdict {
  material: string
  ok: boolean
  note: string
}

export const judge = (id: string, verdicts: Verdict[]) =>
  mutate('judgeMaterials', '$id: ID!, $verdicts: [VerdictInput!]!', 'id: $id, verdicts: $verdicts', { id, verdicts })
export const requestCorrections = (id: string, summary: string) =>
  mutate('requestCorrections', '$id: ID!, $summary: String!', 'id: $id, summary: $summary', { id, summary })

export type AcceptanceMode = 'NORMAL' | 'DEFERRED' | 'COMMITMENT'
export const accept = (id: string, mode: AcceptanceMode, deferred: { material: string; dueOn: string }[]) =>
  mutate('acceptApplication', '$id: ID!, $mode: AcceptanceMode!, $deferred: [DeferredInput!]', 'id: $id, mode: $mode, deferred: $deferred', {
    id,
    mode,
    deferred: mode === 'DEFERRED' ? deferred : null,
  })

export const startReview = (taskId: string) => mutate('startTaskReview', '$id: ID!', 'id: $id', { id: taskId })
export const decide = (taskId: string, approve: boolean, note: string) =>
  mutate('decideTask', '$id: ID!, $approve: Boolean!, $note: String!', 'id: $id, approve: $approve, note: $note', { id: taskId, approve, note })

export interface PickupInput {
  method: 'WINDOW' | 'LOCKER' | 'MAIL'
  window?: string
  hours?: string
  locker?: string
  carrier?: string
  tracking?: string
}
export const setPickup = (id: string, pickup: PickupInput) =>
  mutate('setPickup', '$id: ID!, $pickup: PickupInput!', 'id: $id, pickup: $pickup', { id, pickup })
export const recordCollection = (id: string, collectedBy: string, identityChecked: boolean) =>
  mutate('recordCollection', '$id: ID!, $by: String!, $checked: Boolean!', 'id: $id, collectedBy: $by, identityChecked: $checked', {
    id,
    by: collectedBy,
    checked: identityChecked,
  })
export const postMessage = (id: string, body: string) =>
  mutate('postMessage', '$id: ID!, $body: String!', 'id: $id, body: $body', { id, body })

// --- supervision and rectification --------------------------------------------------------------

export interface Stats {
  tasks: number
  done: number
  doneOnTime: number
  onTimeRate: number | null
  overdueNow: number
  dueSoonNow: number
  pausedNow: number
  casesOpened: number
  casesClosed: number
  rectificationRate: number | null
}
export interface StatsRow {
  code: string
  name: string
  stats: Stats
}
export interface Dashboard {
  from: string
  to: string
  today: string
  total: Stats
  departments: StatsRow[]
}
export interface OverdueTask {
  taskId: string
  applicationId: string
  trackingNumber: string
  catalogName: string
  departmentCode: string
  departmentName: string
  itemNames: string[]
  dueOn: string
  workingDaysLate: number
  escalatedOn: string | null
}

const STATS = `tasks done doneOnTime onTimeRate overdueNow dueSoonNow pausedNow casesOpened casesClosed rectificationRate`

export async function fetchSupervision(from: string, to: string): Promise<{ dashboard: Dashboard; overdue: { nodes: OverdueTask[]; totalCount: number } }> {
  const q = `query DeskSupervision($from: Date!, $to: Date!) {
supervisionDashboard(from: $from, to: $to) { __typename ... on SupervisionDashboard { from to today total { ${STATS} } departments { code name stats { ${STATS} } } } ... on SupervisionError { code message messageEn } }
overdueTasks(first: 100) { __typename ... on OverdueTaskPage { totalCount nodes { taskId applicationId trackingNumber catalogName departmentCode departmentName itemNames dueOn workingDaysLate escalatedOn } } ... on SupervisionError { code message messageEn } } }`
  const data = await gql<{
    supervisionDashboard: (Dashboard & { __typename: string }) | ErrorData
    overdueTasks: ({ __typename: string; nodes: OverdueTask[]; totalCount: number }) | ErrorData
  }>(q, { from, to })
  return {
    dashboard: unwrap(data.supervisionDashboard, 'SupervisionDashboard'),
    overdue: unwrap(data.overdueTasks, 'OverdueTaskPage'),
  }
}

export type CaseStatus = 'OPEN' | 'ASSIGNED' | 'ANSWERED' | 'CONFIRMED' | 'REOPENED'
export interface RectificationCase {
  id: string
  source: 'RATING' | 'COMPLAINT'
  status: CaseStatus
  applicationId: string | null
  trackingNumber: string
  catalogName: string
  departmentCode: string | null
  departmentName: string | null
  ratingLevel: number | null
  summary: string
  contactPhone: string
  openedOn: string
  deadline: string
  overdue: boolean
  instruction: string
  answer: string
  answeredAt: string | null
  satisfied: boolean | null
  closedAt: string | null
  reopenedCount: number
}

const CASE = `id source status applicationId trackingNumber catalogName departmentCode departmentName ratingLevel summary contactPhone openedOn deadline overdue instruction answer answeredAt satisfied closedAt reopenedCount`
const CASE_RESULT = `{ __typename ... on RectificationCase { ${CASE} } ... on FeedbackError { code message messageEn } }`

export async function fetchCases(status: CaseStatus | null): Promise<{ nodes: RectificationCase[]; totalCount: number | null }> {
  const q = `query DeskCases($status: CaseStatus) { rectificationCases(status: $status, first: 100) { totalCount nodes { ${CASE} } } }`
  return (await gql<{ rectificationCases: { nodes: RectificationCase[]; totalCount: number | null } }>(q, { status })).rectificationCases
}

export async function fetchDepartments(): Promise<{ code: string; name: string; nameEn: string }[]> {
  return (await gql<{ departments: { code: string; name: string; nameEn: string }[] }>(`query DeskDepartments { departments { code name nameEn } }`)).departments
}

type CaseResult = (RectificationCase & { __typename: string }) | ErrorData

export async function assignCase(id: string, departmentCode: string, instruction: string): Promise<RectificationCase> {
  const q = `mutation DeskAssignCase($id: ID!, $department: String, $instruction: String!) { assignCase(id: $id, departmentCode: $department, instruction: $instruction) ${CASE_RESULT} }`
  return unwrap((await gql<{ assignCase: CaseResult }>(q, { id, department: departmentCode || null, instruction })).assignCase, 'RectificationCase')
}

export async function answerCase(id: string, answer: string): Promise<RectificationCase> {
  const q = `mutation DeskAnswerCase($id: ID!, $answer: String!) { answerCase(id: $id, answer: $answer) ${CASE_RESULT} }`
  return unwrap((await gql<{ answerCase: CaseResult }>(q, { id, answer })).answerCase, 'RectificationCase')
}

// --- identity checks at the window ----------------------------------------------------------------

export interface IdNumberClaim {
  id: string
  claimantName: string
  claimantPhone: string | null
  idNumberMasked: string
  createdAt: string
}

export interface PendingOrganization {
  organization: { id: string; creditCode: string; name: string }
  representativeName: string
  createdAt: string
}

export async function fetchChecks(): Promise<{ idNumberClaims: IdNumberClaim[]; pendingOrganizations: PendingOrganization[] }> {
  return gql(
    `query DeskChecks { idNumberClaims { id claimantName claimantPhone idNumberMasked createdAt } pendingOrganizations { organization { id creditCode name } representativeName createdAt } }`,
  )
}

/** rebindIdNumber, dismissIdNumberClaim (claimId) or verifyOrganization (id), with the clerk's note. */
export async function decideCheck(name: 'rebindIdNumber' | 'dismissIdNumberClaim' | 'verifyOrganization', id: string, note: string): Promise<void> {
  const [arg, okType] = name === 'verifyOrganization' ? ['id', 'Organization'] : ['claimId', 'IdNumberClaim']
  const q = `mutation Desk${name[0].toUpperCase()}${name.slice(1)}($id: ID!, $note: String!) { ${name}(${arg}: $id, note: $note) { __typename ... on IdentityError { code message messageEn } } }`
  unwrap((await gql<Record<string, { __typename: string } | ErrorData>>(q, { id, note }))[name], okType)
}

// --- material files ----------------------------------------------------------------------------

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
