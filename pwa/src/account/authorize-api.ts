/**
 * The consent screen's GraphQL (/oauth/authorize): what the client asks for, and the citizen's
 * answer, which comes back as where to send the browser (the client's registered redirect URI).
 */
import type * as G from '../generated/graphql'
import { gql } from '../shared/session'

export type AuthorizationRequest = G.AuthorizationRequestInput
export type Prompt = G.AuthorizationPromptQuery['authorizationRequest']
export type Answer = G.ApproveAuthorizationMutation['approveAuthorization']

const REDIRECT = /* GraphQL */ `
  fragment AuthorizationRedirectFields on AuthorizationRedirectResult {
    __typename ... on AuthorizationRedirect { location } ... on OAuthError { code message messageEn }
  }
`

/** The parameters of the authorize URL, as the server received them. */
export function requestOf(query: URLSearchParams): AuthorizationRequest {
  const get = (name: string) => query.get(name)
  return {
    clientId: get('client_id') ?? '',
    redirectUri: get('redirect_uri') ?? '',
    responseType: get('response_type'),
    scope: get('scope'),
    state: get('state'),
    codeChallenge: get('code_challenge'),
    codeChallengeMethod: get('code_challenge_method'),
  }
}

export async function fetchPrompt(request: AuthorizationRequest): Promise<Prompt> {
  const q = /* GraphQL */ `
    query AuthorizationPrompt($request: AuthorizationRequestInput!) {
      authorizationRequest(request: $request) {
        __typename
        ... on AuthorizationPrompt { clientId clientName redirectHost scopes { scope title titleEn granted } }
        ... on AuthorizationRedirect { location }
        ... on OAuthError { code message messageEn }
      }
    }
  `
  return (await gql<G.AuthorizationPromptQuery, G.AuthorizationPromptQueryVariables>(q, { request })).authorizationRequest
}

export async function answer(request: AuthorizationRequest, approve: boolean): Promise<Answer> {
  if (approve) {
    const q = /* GraphQL */ `
      mutation ApproveAuthorization($request: AuthorizationRequestInput!) {
        approveAuthorization(request: $request) { ...AuthorizationRedirectFields }
      }
      ${REDIRECT}
    `
    return (await gql<G.ApproveAuthorizationMutation, G.ApproveAuthorizationMutationVariables>(q, { request })).approveAuthorization
  }
  const q = /* GraphQL */ `
    mutation DenyAuthorization($request: AuthorizationRequestInput!) {
      denyAuthorization(request: $request) { ...AuthorizationRedirectFields }
    }
    ${REDIRECT}
  `
  return (await gql<G.DenyAuthorizationMutation, G.DenyAuthorizationMutationVariables>(q, { request })).denyAuthorization
}
