/**
 * The account screens' GraphQL: sign-in and sign-up ceremonies, the profile and passkeys, consents
 * and mini-program grants, the access log. POSTs through the session's client (never cached);
 * a domain error (IdentityError) comes back as data. Result types: src/generated/graphql.ts.
 */
import type * as G from '../generated/graphql'
import { gql, SESSION, SESSION_RESULT } from '../shared/session'

const IDENTITY_ERROR = /* GraphQL */ `fragment IdentityErrorFields on IdentityError { __typename code message messageEn }`
const CEREMONY = /* GraphQL */ `
  fragment CeremonyFields on CeremonyResult { __typename ... on PasskeyCeremony { optionsJson } ...IdentityErrorFields }
  ${IDENTITY_ERROR}
`
const CONSENT = /* GraphQL */ `
  fragment ConsentFields on Consent {
    __typename id consentCode: requestCode askedByMe helper { name } citizen { name } citizenId scope scopeRef status confirmedBy phoneHint revokedAtWindow
    requestExpiresAt validUntil createdAt answeredAt revokedAt
  }
`
const GRANT = /* GraphQL */ `fragment ClientGrantFields on ClientGrant { __typename id clientId clientName scopes createdAt revokedAt }`

export type Consent = G.ConsentFieldsFragment
export type ConsentScope = G.ConsentScope
export type ConsentStatus = G.ConsentStatus
export type ClientGrant = G.ClientGrantFieldsFragment
export type IdentityError = G.IdentityErrorFieldsFragment
export type Ceremony = G.CeremonyFieldsFragment
export type Me = G.MeQuery['me']
export type Passkey = Me['passkeys'][number]
export type ConsentRequest = NonNullable<G.ConsentRequestQuery['consentRequest']>
export type AccessLogEntry = G.MyAccessLogQuery['myAccessLog'][number]

// --- sign-in, sign-up, passkeys ----------------------------------------------------------------

export async function beginSignIn(staff: boolean): Promise<Ceremony> {
  const q = /* GraphQL */ `mutation BeginSignIn($staff: Boolean!) { beginSignIn(staff: $staff) { ...CeremonyFields } } ${CEREMONY}`
  return (await gql<G.BeginSignInMutation, G.BeginSignInMutationVariables>(q, { staff }, false)).beginSignIn
}

export async function finishSignIn(credential: string): Promise<G.SessionResultFieldsFragment> {
  const q = /* GraphQL */ `
    mutation FinishSignIn($credential: String!) { finishSignIn(credential: $credential) { ...SessionResultFields } }
    ${SESSION_RESULT}
  `
  return (await gql<G.FinishSignInMutation, G.FinishSignInMutationVariables>(q, { credential }, false)).finishSignIn
}

export async function signInWithPhoneCode(phone: string, code: string): Promise<G.SessionResultFieldsFragment> {
  const q = /* GraphQL */ `
    mutation SignInWithPhoneCode($phone: String!, $code: String!) { signInWithPhoneCode(phone: $phone, code: $code) { ...SessionResultFields } }
    ${SESSION_RESULT}
  `
  return (await gql<G.SignInWithPhoneCodeMutation, G.SignInWithPhoneCodeMutationVariables>(q, { phone, code }, false)).signInWithPhoneCode
}

export async function requestPhoneCode(phone: string): Promise<G.RequestPhoneCodeMutation['requestPhoneCode']> {
  const q = /* GraphQL */ `
    mutation RequestPhoneCode($phone: String!) {
      requestPhoneCode(phone: $phone) { __typename ... on PhoneCodeSent { expiresIn message } ...IdentityErrorFields }
    }
    ${IDENTITY_ERROR}
  `
  return (await gql<G.RequestPhoneCodeMutation, G.RequestPhoneCodeMutationVariables>(q, { phone }, false)).requestPhoneCode
}

export async function signUpWithPhoneCode(vars: G.SignUpWithPhoneCodeMutationVariables): Promise<G.SignUpWithPhoneCodeMutation['signUpWithPhoneCode']> {
  const q = /* GraphQL */ `
    mutation SignUpWithPhoneCode($phone: String!, $code: String!, $name: String!, $idNumber: String!) {
      signUpWithPhoneCode(phone: $phone, code: $code, name: $name, idNumber: $idNumber) {
        __typename ... on SignedUp { idNumberStatus session { ...SessionFields } } ...IdentityErrorFields
      }
    }
    ${SESSION} ${IDENTITY_ERROR}
  `
  return (await gql<G.SignUpWithPhoneCodeMutation, G.SignUpWithPhoneCodeMutationVariables>(q, vars, false)).signUpWithPhoneCode
}

export async function beginStaffEnrollment(code: string): Promise<Ceremony> {
  const q = /* GraphQL */ `
    mutation BeginStaffEnrollment($code: String!) { beginStaffEnrollment(invitationCode: $code) { ...CeremonyFields } }
    ${CEREMONY}
  `
  return (await gql<G.BeginStaffEnrollmentMutation, G.BeginStaffEnrollmentMutationVariables>(q, { code }, false)).beginStaffEnrollment
}

export async function finishRegistration(credential: string, passkeyName: string): Promise<G.SessionResultFieldsFragment> {
  const q = /* GraphQL */ `
    mutation FinishRegistration($credential: String!, $passkeyName: String!) {
      finishRegistration(credential: $credential, passkeyName: $passkeyName) { ...SessionResultFields }
    }
    ${SESSION_RESULT}
  `
  const vars = { credential, passkeyName }
  return (await gql<G.FinishRegistrationMutation, G.FinishRegistrationMutationVariables>(q, vars, false)).finishRegistration
}

export async function beginAddPasskey(): Promise<G.BeginAddPasskeyMutation['beginAddPasskey']> {
  const q = /* GraphQL */ `
    mutation BeginAddPasskey { beginAddPasskey { __typename ... on PasskeyCeremony { optionsJson } ...IdentityErrorFields } }
    ${IDENTITY_ERROR}
  `
  return (await gql<G.BeginAddPasskeyMutation>(q)).beginAddPasskey
}

export async function finishAddPasskey(credential: string, passkeyName: string): Promise<G.FinishAddPasskeyMutation['finishAddPasskey']> {
  const q = /* GraphQL */ `
    mutation FinishAddPasskey($credential: String!, $passkeyName: String!) {
      finishAddPasskey(credential: $credential, passkeyName: $passkeyName) { __typename ... on Passkey { name } ...IdentityErrorFields }
    }
    ${IDENTITY_ERROR}
  `
  return (await gql<G.FinishAddPasskeyMutation, G.FinishAddPasskeyMutationVariables>(q, { credential, passkeyName })).finishAddPasskey
}

export async function removePasskey(id: string): Promise<G.RemovePasskeyMutation['removePasskey']> {
  const q = /* GraphQL */ `mutation RemovePasskey($id: ID!) { removePasskey(id: $id) { __typename ...IdentityErrorFields } } ${IDENTITY_ERROR}`
  return (await gql<G.RemovePasskeyMutation, G.RemovePasskeyMutationVariables>(q, { id })).removePasskey
}

// --- me, access log ------------------------------------------------------------------------------

export async function fetchMe(): Promise<Me> {
  const q = /* GraphQL */ `
    query Me {
      me {
        id name phone idNumberMasked roles departmentCode passkeys { id name createdAt lastUsedAt backedUp }
        organizations { creditCode name verified } idVerified idNumberClaimOpen
      }
    }
  `
  return (await gql<G.MeQuery>(q)).me
}

export async function fetchAccessLog(): Promise<AccessLogEntry[]> {
  const q = /* GraphQL */ `query MyAccessLog { myAccessLog { at actorName actorRole clientName what purpose } }`
  return (await gql<G.MyAccessLogQuery>(q)).myAccessLog
}

// --- consents --------------------------------------------------------------------------------------

export async function fetchConsents(): Promise<G.MyConsentsQuery> {
  const q = /* GraphQL */ `query MyConsents { me { name roles } myConsents { ...ConsentFields } } ${CONSENT}`
  return gql<G.MyConsentsQuery>(q)
}

/** A helper's page: who they are, their consents, and the bundles they may ask about. */
export async function fetchHelperConsents(): Promise<G.HelperConsentQuery> {
  const q = /* GraphQL */ `query HelperConsent { me { name roles } myConsents { ...ConsentFields } bundles { code name nameEn } } ${CONSENT}`
  return gql<G.HelperConsentQuery>(q)
}

export async function fetchClientGrants(): Promise<ClientGrant[]> {
  const q = /* GraphQL */ `query MyClientGrants { myClientGrants { ...ClientGrantFields } } ${GRANT}`
  return (await gql<G.MyClientGrantsQuery>(q)).myClientGrants
}

/** The bundles' names (code, zh, en), for what consents refer to. */
export async function fetchBundleNames(): Promise<G.BundleNamesQuery['bundles']> {
  const q = /* GraphQL */ `query BundleNames { bundles { code name nameEn } }`
  return (await gql<G.BundleNamesQuery>(q, {}, false)).bundles
}

export async function revokeConsent(id: string): Promise<Consent | IdentityError> {
  const q = /* GraphQL */ `
    mutation RevokeConsent($id: ID!) { revokeConsent(id: $id) { __typename ...ConsentFields ...IdentityErrorFields } }
    ${CONSENT} ${IDENTITY_ERROR}
  `
  return (await gql<G.RevokeConsentMutation, G.RevokeConsentMutationVariables>(q, { id })).revokeConsent
}

export async function revokeClientGrant(id: string): Promise<ClientGrant | IdentityError> {
  const q = /* GraphQL */ `
    mutation RevokeClientGrant($id: ID!) { revokeClientGrant(id: $id) { __typename ...ClientGrantFields ...IdentityErrorFields } }
    ${GRANT} ${IDENTITY_ERROR}
  `
  return (await gql<G.RevokeClientGrantMutation, G.RevokeClientGrantMutationVariables>(q, { id })).revokeClientGrant
}

export async function fetchConsentRequest(code: string): Promise<ConsentRequest | null> {
  const q = /* GraphQL */ `
    query ConsentRequest($code: String!) { consentRequest(code: $code) { id helper { name } scope scopeRef requestExpiresAt validUntil createdAt } }
  `
  return (await gql<G.ConsentRequestQuery, G.ConsentRequestQueryVariables>(q, { code })).consentRequest
}

export async function answerConsent(code: string, approve: boolean): Promise<Consent | IdentityError> {
  const q = /* GraphQL */ `
    mutation AnswerConsent($code: String!, $approve: Boolean!) {
      answerConsent(code: $code, approve: $approve) { __typename ...ConsentFields ...IdentityErrorFields }
    }
    ${CONSENT} ${IDENTITY_ERROR}
  `
  return (await gql<G.AnswerConsentMutation, G.AnswerConsentMutationVariables>(q, { code, approve })).answerConsent
}

export async function requestConsent(vars: G.RequestConsentMutationVariables): Promise<Consent | IdentityError> {
  const q = /* GraphQL */ `
    mutation RequestConsent($scope: ConsentScope!, $scopeRef: String!, $hours: Int!) {
      requestConsent(scope: $scope, scopeRef: $scopeRef, hours: $hours) { __typename ...ConsentFields ...IdentityErrorFields }
    }
    ${CONSENT} ${IDENTITY_ERROR}
  `
  return (await gql<G.RequestConsentMutation, G.RequestConsentMutationVariables>(q, vars)).requestConsent
}

/** Consent of someone without a smartphone: by their ID number; a texted code or a signature confirms it. */
export async function requestConsentInPerson(
  vars: G.RequestConsentInPersonMutationVariables,
): Promise<Consent | IdentityError> {
  const q = /* GraphQL */ `
    mutation RequestConsentInPerson($idNumber: String!, $scope: ConsentScope!, $scopeRef: String!, $hours: Int!, $confirmBy: ConsentConfirmation!) {
      requestConsentInPerson(idNumber: $idNumber, scope: $scope, scopeRef: $scopeRef, hours: $hours, confirmBy: $confirmBy) {
        __typename ...ConsentFields ...IdentityErrorFields
      }
    }
    ${CONSENT} ${IDENTITY_ERROR}
  `
  return (await gql<G.RequestConsentInPersonMutation, G.RequestConsentInPersonMutationVariables>(q, vars)).requestConsentInPerson
}

export async function confirmConsentInPerson(
  vars: G.ConfirmConsentInPersonMutationVariables,
): Promise<Consent | IdentityError> {
  const q = /* GraphQL */ `
    mutation ConfirmConsentInPerson($id: ID!, $code: String!, $signature: String!) {
      confirmConsentInPerson(id: $id, code: $code, signature: $signature) { __typename ...ConsentFields ...IdentityErrorFields }
    }
    ${CONSENT} ${IDENTITY_ERROR}
  `
  return (await gql<G.ConfirmConsentInPersonMutation, G.ConfirmConsentInPersonMutationVariables>(q, vars)).confirmConsentInPerson
}

// --- 请帮办员协助: help requests ---------------------------------------------------------------------

const HELP = /* GraphQL */ `
  fragment HelpRequestFields on HelpRequest {
    __typename id itemCode itemName phone address note status statusZh statusEn team { name nameEn level } helperName citizenName createdAt
  }
`
const HELPING_ERROR = /* GraphQL */ `fragment HelpingErrorFields on HelpingError { __typename code message messageEn }`
export type HelpRequest = G.HelpRequestFieldsFragment
export type HelpingError = G.HelpingErrorFieldsFragment

export async function myHelpRequests(): Promise<{ phone: string | null; requests: HelpRequest[] }> {
  const q = /* GraphQL */ `query MyHelpRequests { me { phone } myHelpRequests { ...HelpRequestFields } } ${HELP}`
  const data = await gql<G.MyHelpRequestsQuery>(q)
  return { phone: data.me.phone ?? null, requests: data.myHelpRequests }
}

export async function helpRequestsForMe(): Promise<HelpRequest[]> {
  const q = /* GraphQL */ `query HelpRequestsForMe { helpRequestsForMe { ...HelpRequestFields } } ${HELP}`
  return (await gql<G.HelpRequestsForMeQuery>(q)).helpRequestsForMe
}

export async function requestHelp(vars: G.RequestHelpMutationVariables): Promise<HelpRequest | HelpingError> {
  const q = /* GraphQL */ `
    mutation RequestHelp($phone: String!, $address: String!, $code: String!, $note: String!) {
      requestHelp(phone: $phone, address: $address, code: $code, note: $note) { ...HelpRequestFields ...HelpingErrorFields }
    }
    ${HELP} ${HELPING_ERROR}
  `
  return (await gql<G.RequestHelpMutation, G.RequestHelpMutationVariables>(q, vars)).requestHelp
}

/** take / finish (a helper), cancel (the citizen). */
export async function moveHelpRequest(id: string, how: 'take' | 'finish' | 'cancel'): Promise<HelpRequest | HelpingError> {
  const frags = `${HELP} ${HELPING_ERROR}`
  const documents = {
    take: /* GraphQL */ `mutation TakeHelpRequest($id: ID!) { moved: takeHelpRequest(id: $id) { ...HelpRequestFields ...HelpingErrorFields } }`,
    finish: /* GraphQL */ `mutation FinishHelpRequest($id: ID!) { moved: finishHelpRequest(id: $id) { ...HelpRequestFields ...HelpingErrorFields } }`,
    cancel: /* GraphQL */ `mutation CancelHelpRequest($id: ID!) { moved: cancelHelpRequest(id: $id) { ...HelpRequestFields ...HelpingErrorFields } }`,
  }
  return (await gql<G.TakeHelpRequestMutation, G.TakeHelpRequestMutationVariables>(`${documents[how]} ${frags}`, { id })).moved
}
