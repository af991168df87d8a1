/**
 * Counter intake (前台综合受理) over GraphQL: identify the walk-in, the merged form for them, the phone
 * code, the submission (idempotency key); and the printed documents (PDF from the server, Bearer token).
 */
import type * as G from '../../generated/graphql'
import type { FormField, Value } from '../../apply/schema'
import { bearer, gql } from '../../shared/session'
import { DeskError, unwrap } from '../api'

export type WalkIn = Extract<G.CounterIdentifyMutation['identifyWalkIn'], { __typename: 'WalkIn' }>
export type Material = Extract<G.CounterFormQuery['counterForm'], { __typename: 'ApplyForm' }>['materials'][number]
export type Situation = NonNullable<Extract<G.CounterFormQuery['counterForm'], { __typename: 'ApplyForm' }>['situation']>
export interface CounterForm {
  name: string
  nameEn: string
  fields: FormField[]
  prefill: Record<string, Value>
  materials: Material[]
  /** 情形引导 and 点菜: the questions asked, those still unanswered, the items that apply. */
  situation: Situation | null
}
export type Filed = Extract<G.CounterSubmitMutation['counterSubmit'], { __typename: 'Submitted' }>['application']
export type PrintKind = 'receipt' | 'correction' | 'refusal'
export type PrintWidth = 'a4' | '80mm'

const ERROR = /* GraphQL */ `fragment CounterError on ApplicationError { code message messageEn problems { field message messageEn } }`

export async function identify(idNumber: string, name: string, phone: string): Promise<WalkIn> {
  const q = /* GraphQL */ `mutation CounterIdentify($i: String!, $n: String!, $p: String) {
    identifyWalkIn(idNumber: $i, name: $n, phone: $p) { __typename ... on WalkIn { citizenId name idNumberMasked phoneMasked } ...CounterError } } ${ERROR}`
  const data = await gql<G.CounterIdentifyMutation, G.CounterIdentifyMutationVariables>(q, { i: idNumber, n: name, p: phone || null })
  return unwrap(data.identifyWalkIn, 'WalkIn')
}

/** The form for the walk-in, for the answers they gave so far and the items chosen (null: as offered). */
export async function counterForm(citizenId: string, code: string, choice: Pick<G.CounterFormQueryVariables, 'answers' | 'items'> = {}): Promise<CounterForm> {
  const q = /* GraphQL */ `query CounterForm($c: ID!, $code: String!, $answers: [SituationAnswerInput!], $items: [String!]) {
    counterForm(citizenId: $c, code: $code, answers: $answers, items: $items) { __typename ... on ApplyForm { name nameEn formSchema prefill
      materials { material name nameEn status required deferrable }
      situation { questions { code question questionEn options { value label labelEn } } unanswered chosen } } ...CounterError } } ${ERROR}`
  const data = await gql<G.CounterFormQuery, G.CounterFormQueryVariables>(q, { c: citizenId, code, ...choice })
  const form = unwrap(data.counterForm, 'ApplyForm')
  const schema = form.formSchema as { fields?: FormField[] }
  return {
    name: form.name,
    nameEn: form.nameEn,
    fields: schema.fields ?? [],
    prefill: (form.prefill ?? {}) as Record<string, Value>,
    materials: form.materials,
    situation: form.situation ?? null,
  }
}

export async function sendCode(citizenId: string): Promise<string> {
  const q = /* GraphQL */ `mutation CounterCode($c: ID!) { sendCounterCode(citizenId: $c) { __typename ... on CounterCodeSent { expiresIn phoneMasked } ...CounterError } } ${ERROR}`
  const data = await gql<G.CounterCodeMutation, G.CounterCodeMutationVariables>(q, { c: citizenId })
  return unwrap(data.sendCounterCode, 'CounterCodeSent').phoneMasked
}

export async function submit(input: G.CounterApplicationInput, labels: Map<string, string>): Promise<Filed> {
  const q = /* GraphQL */ `mutation CounterSubmit($i: CounterApplicationInput!) {
    counterSubmit(input: $i) { __typename ... on Submitted { created application { id trackingNumber verificationCode status channel } } ...CounterError } } ${ERROR}`
  const data = await gql<G.CounterSubmitMutation, G.CounterSubmitMutationVariables>(q, { i: input })
  const result = data.counterSubmit
  if (result.__typename === 'ApplicationError' && result.problems.length) {
    // the form's problems, each by the field's name, in the one alert (the fields are marked too)
    const named = (lang: 'zh' | 'en') =>
      result.problems.map((p) => (lang === 'zh' ? p.message : p.messageEn) || (labels.get(p.field) ?? p.field)).join(lang === 'zh' ? '；' : '; ')
    throw Object.assign(new DeskError(result.code, `${result.message}：${named('zh')}`, `${result.messageEn}: ${named('en')}`), {
      fields: result.problems.map((p) => p.field),
    })
  }
  return unwrap(result, 'Submitted').application
}

/** The PDF of one printed document, as the server renders it. */
export async function printed(applicationId: string, kind: PrintKind, width: PrintWidth): Promise<Blob> {
  const response = await fetch(`/counter/applications/${encodeURIComponent(applicationId)}/${kind}.pdf?width=${width}`, {
    headers: { Authorization: `Bearer ${await bearer()}` },
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string; messageEn: string } }
    const e = body.error ?? { code: 'HTTP', message: `HTTP ${response.status}`, messageEn: `HTTP ${response.status}` }
    throw new DeskError(e.code, e.message, e.messageEn)
  }
  return response.blob()
}
