/**
 * The application operations (GraphQL POSTs with the bearer token, through the account session's
 * client) and uploads (POST /uploads, multipart). Nothing here is cached: it is personal data.
 */
import { bearer, GraphQLFailure, gql, SignInNeeded } from '../account/session'

export type Status =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'PRE_REVIEW'
  | 'NEEDS_CORRECTION'
  | 'ACCEPTED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | 'PARTLY_COMPLETED'
  | 'REJECTED'
  | 'READY_FOR_PICKUP'
  | 'COLLECTED'
  | 'CLOSED'
  | 'WITHDRAWN'

export type MaterialStatus = 'PROVIDED' | 'MISSING' | 'WAIVED' | 'PRODUCED' | 'ACCEPTED' | 'NEEDS_CORRECTION' | 'DEFERRED'
export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'phone'
  | 'id_number'
  | 'credit_code'
  | 'number'
  | 'money'
  | 'choice'
  | 'multi_choice'
  | 'address'
  | 'boolean'
  | 'email'

export interface Label {
  zh: string
  en: string
}

export interface Choice {
  value: string
  name: string
  name_en: string
}

export interface Rules {
  min_length?: number
  max_length?: number
  min?: string
  max?: string
  decimals?: number
  pattern?: string
  pattern_message?: string
  pattern_message_en?: string
  choices?: Choice[]
}

export interface FormField {
  code: string
  name: string
  name_en: string
  type: FieldType
  required: boolean
  rules: Rules
  prefill: string | null
  hint: string | null
  hint_en: string | null
  used_by: string[]
  produced_by: string | null
}

export interface FormSchema {
  code: string
  fields: FormField[]
}

export type Value = string | string[] | boolean

export interface AppMaterial {
  material: string
  name: string
  required: boolean
  deferrable: boolean
  status: MaterialStatus
  upload: string | null
  note: string
}

export interface ApplyForm {
  __typename: 'ApplyForm'
  code: string
  name: string
  formSchema: FormSchema
  prefill: Record<string, string>
  materials: AppMaterial[]
}

export interface Problem {
  field: string
  code: string
  message: string
  messageEn: string
}

export interface ApplicationError {
  __typename: 'ApplicationError'
  code: string
  message: string
  messageEn: string
  problems: Problem[]
}

export interface Lane {
  taskId: string
  departmentCode: string
  departmentName: string
  items: string[]
  status: 'PENDING' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED'
  promisedDays: number
  statutoryDays: number
  startedOn: string | null
  dueOn: string | null
  remainingWorkingDays: number | null
  paused: boolean
  overdue: boolean
  decisionNote: string
}

export type ActorKind = 'APPLICANT' | 'HELPER' | 'CLERK' | 'REVIEWER' | 'SUPERVISOR' | 'SYSTEM'

export interface TimelineEvent {
  at: string
  fromStatus: string
  toStatus: string
  actorKind: ActorKind
  actorName: string | null
  actingForName: string | null
  departmentCode: string | null
  reason: string
}

export interface Pickup {
  method?: 'window' | 'locker' | 'mail'
  window?: string
  hours?: string
  locker?: string
  expiresAt?: string
  carrier?: string
  tracking?: string
}

export interface Application {
  __typename: 'ApplicationType'
  id: string
  trackingNumber: string | null
  verificationCode: string | null
  kind: string
  code: string
  name: string
  status: Status
  statusLabel: Label
  nextAction: Label
  data: Record<string, Value>
  formSchema: FormSchema | Record<string, never>
  version: number
  createdAt: string
  submittedAt: string | null
  materials: AppMaterial[]
  lanes: Lane[]
  events: TimelineEvent[]
  filedByHelper: boolean
  acceptance: string | null
  pickup: Pickup | null
}

export interface MaterialInput {
  material: string
  upload: string
}

export interface ApplicationInput {
  code: string
  data: Record<string, Value>
  materials: MaterialInput[]
  idempotencyKey?: string
  draftId?: string | null
}

const ERROR = `... on ApplicationError { code message messageEn problems { field code message messageEn } }`
const MATERIAL = `material name required deferrable status upload note`
const SUMMARY = `id trackingNumber kind code name status statusLabel { zh en } nextAction { zh en } version createdAt submittedAt`
export const APPLICATION = `${SUMMARY} verificationCode data formSchema filedByHelper acceptance pickup
materials { ${MATERIAL} }
lanes { taskId departmentCode departmentName items status promisedDays statutoryDays startedOn dueOn remainingWorkingDays paused overdue decisionNote }
events { at fromStatus toStatus actorKind actorName actingForName departmentCode reason }`

const RESULT = `{ __typename ... on ApplicationType { ${APPLICATION} } ${ERROR} }`

export const isError = (r: unknown): r is ApplicationError =>
  !!r && typeof r === 'object' && (r as { __typename?: string }).__typename === 'ApplicationError'

export async function applyForm(code: string): Promise<ApplyForm | ApplicationError> {
  const q = `query ApplyForm($code: String!) { applyForm(code: $code) { __typename
    ... on ApplyForm { code name formSchema prefill materials { ${MATERIAL} } } ${ERROR} } }`
  return (await gql<{ applyForm: ApplyForm | ApplicationError }>(q, { code })).applyForm
}

export async function application(id: string): Promise<Application> {
  const q = `query Application($id: ID!) { application(id: $id) { __typename ${APPLICATION} } }`
  return (await gql<{ application: Application }>(q, { id })).application
}

export type Summary = Pick<
  Application,
  'id' | 'trackingNumber' | 'kind' | 'code' | 'name' | 'status' | 'statusLabel' | 'nextAction' | 'version' | 'createdAt' | 'submittedAt'
>

export async function myApplications(after: string | null): Promise<{ nodes: Summary[]; nextCursor: string | null }> {
  const q = `query MyApplications($after: ID) { myApplications(first: 20, after: $after) { nodes { ${SUMMARY} } nextCursor } }`
  return (await gql<{ myApplications: { nodes: Summary[]; nextCursor: string | null } }>(q, { after })).myApplications
}

export async function me(): Promise<string> {
  return (await gql<{ me: { id: string } }>(`query Me { me { id } }`)).me.id
}

export async function saveDraft(input: ApplicationInput, version: number | null): Promise<Application | ApplicationError> {
  const q = `mutation SaveDraft($input: ApplicationInput!, $version: Int) { saveDraft(input: $input, version: $version) ${RESULT} }`
  return (await gql<{ saveDraft: Application | ApplicationError }>(q, { input, version })).saveDraft
}

export async function deleteDraft(id: string): Promise<Application | ApplicationError> {
  const q = `mutation DeleteDraft($id: ID!) { deleteDraft(id: $id) { __typename ... on ApplicationType { id } ${ERROR} } }`
  return (await gql<{ deleteDraft: Application | ApplicationError }>(q, { id })).deleteDraft
}

export interface Submitted {
  __typename: 'Submitted'
  created: boolean
  application: Application
}

export async function submitApplication(input: ApplicationInput): Promise<Submitted | ApplicationError> {
  const q = `mutation Submit($input: ApplicationInput!) { submitApplication(input: $input) { __typename
    ... on Submitted { created application { ${APPLICATION} } } ${ERROR} } }`
  return (await gql<{ submitApplication: Submitted | ApplicationError }>(q, { input })).submitApplication
}

export async function withdraw(id: string, reason: string): Promise<Application | ApplicationError> {
  const q = `mutation Withdraw($id: ID!, $reason: String!) { withdrawApplication(id: $id, reason: $reason) ${RESULT} }`
  return (await gql<{ withdrawApplication: Application | ApplicationError }>(q, { id, reason })).withdrawApplication
}

export async function answerCorrection(id: string, materials: MaterialInput[]): Promise<Application | ApplicationError> {
  const q = `mutation AnswerCorrection($id: ID!, $materials: [MaterialInput!]!) { answerCorrection(id: $id, materials: $materials) ${RESULT} }`
  return (await gql<{ answerCorrection: Application | ApplicationError }>(q, { id, materials })).answerCorrection
}

export async function collectFromLocker(id: string, code: string): Promise<Application | ApplicationError> {
  const q = `mutation Collect($id: ID!, $code: String!) { collectFromLocker(id: $id, code: $code) ${RESULT} }`
  return (await gql<{ collectFromLocker: Application | ApplicationError }>(q, { id, code })).collectFromLocker
}

export async function trackApplication(trackingNumber: string, verificationCode: string): Promise<Application | ApplicationError> {
  const q = `query Track($t: String!, $v: String!) { trackApplication(trackingNumber: $t, verificationCode: $v) {
    __typename ... on ApplicationType { id trackingNumber name status statusLabel { zh en } nextAction { zh en } submittedAt
    lanes { taskId departmentCode departmentName items status promisedDays statutoryDays startedOn dueOn remainingWorkingDays paused overdue decisionNote } }
    ${ERROR} } }`
  return (await gql<{ trackApplication: Application | ApplicationError }>(q, { t: trackingNumber, v: verificationCode }, false)).trackApplication
}

// --- uploads ----------------------------------------------------------------------------------

export interface Uploaded {
  id: string
  sha256: string
  contentType: string
  size: number
  width: number | null
  height: number | null
  name: string
}

/** An upload the server refused (type, size, unreadable image): retrying the same file will not help. */
export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly status: number,
  ) {
    super(en)
  }
}

function send(file: Blob, name: string, token: string, onProgress?: (fraction: number) => void): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/uploads')
    xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.responseType = 'json'
    if (onProgress) xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
    xhr.onload = () => resolve(xhr)
    xhr.onerror = () => reject(new GraphQLFailure('offline', 'NETWORK', true))
    xhr.ontimeout = () => reject(new GraphQLFailure('timeout', 'NETWORK', true))
    xhr.timeout = 5 * 60_000
    const form = new FormData()
    form.append('file', file, name)
    xhr.send(form)
  })
}

/**
 * Send a file to POST /uploads. Network trouble: GraphQLFailure (offline); the server's refusal:
 * UploadRefused with its message; no session: SignInNeeded.
 */
export async function upload(file: Blob, name: string, onProgress?: (fraction: number) => void): Promise<Uploaded> {
  let xhr = await send(file, name, await bearer(), onProgress)
  if (xhr.status === 401) xhr = await send(file, name, await bearer(true), onProgress)
  if (xhr.status === 401) throw new SignInNeeded('lost')
  const body = xhr.response as (Uploaded & { error?: { code: string; message: string; messageEn: string } }) | null
  if (xhr.status === 201 && body?.id) return body
  if (xhr.status === 0) throw new GraphQLFailure('offline', 'NETWORK', true)
  const e = body?.error
  if (e) throw new UploadRefused(e.code, e.message, e.messageEn, xhr.status)
  throw new GraphQLFailure(`HTTP ${xhr.status}`, xhr.status >= 500 ? 'SERVER' : 'HTTP')
}

/** True for failures worth trying again later (network, server hiccup); false for a refusal. */
export const isTransient = (err: unknown): boolean =>
  err instanceof GraphQLFailure && (err.offline || err.code === 'SERVER' || err.code === 'HTTP')
