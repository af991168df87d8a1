/**
 * The desk's GraphQL for the client registry (administrators): a page of clients (a connection),
 * register, suspend and reactivate, rotate the secret. Refusals are thrown as DeskError (./api.ts).
 */
import type * as G from '../generated/graphql'
import { gql } from '../shared/session'
import { unwrap } from './api'

const CLIENT = /* GraphQL */ `fragment DeskClient on RegisteredClient { id clientId name scopes redirectUris webOrigins suspendedAt createdAt }`
const SECRET = /* GraphQL */ `
  fragment DeskClientSecret on ClientSecretResult {
    __typename ... on ClientSecret { clientSecret client { ...DeskClient } } ... on OAuthError { code message messageEn }
  }
  ${CLIENT}
`

export type Client = G.DeskClientFragment
export type Scope = G.Scope
export type Shown = { client: Client; secret: string }

export async function fetchClients(after: string | null = null): Promise<G.DeskClientsQuery['clientRegistry']> {
  const q = /* GraphQL */ `
    query DeskClients($after: String) { clientRegistry(first: 20, after: $after) { edges { node { ...DeskClient } } pageInfo { hasNextPage endCursor } } }
    ${CLIENT}
  `
  return (await gql<G.DeskClientsQuery, G.DeskClientsQueryVariables>(q, { after })).clientRegistry
}

export async function registerClient(input: G.ClientInput): Promise<Shown> {
  const m = /* GraphQL */ `mutation DeskRegisterClient($input: ClientInput!) { registerClient(input: $input) { ...DeskClientSecret } } ${SECRET}`
  const r = unwrap((await gql<G.DeskRegisterClientMutation, G.DeskRegisterClientMutationVariables>(m, { input })).registerClient, 'ClientSecret')
  return { client: r.client, secret: r.clientSecret }
}

export async function rotateSecret(id: string): Promise<Shown> {
  const m = /* GraphQL */ `mutation DeskRotateSecret($id: ID!) { rotateClientSecret(id: $id) { ...DeskClientSecret } } ${SECRET}`
  const r = unwrap((await gql<G.DeskRotateSecretMutation, G.DeskRotateSecretMutationVariables>(m, { id })).rotateClientSecret, 'ClientSecret')
  return { client: r.client, secret: r.clientSecret }
}

export async function setClientSuspended(id: string, suspend: boolean): Promise<void> {
  const m = /* GraphQL */ `
    mutation DeskSuspendClient($id: ID!, $suspend: Boolean!) {
      suspendClient(id: $id) @include(if: $suspend) { __typename ... on OAuthError { code message messageEn } }
      reactivateClient(id: $id) @skip(if: $suspend) { __typename ... on OAuthError { code message messageEn } }
    }
  `
  const r = await gql<G.DeskSuspendClientMutation, G.DeskSuspendClientMutationVariables>(m, { id, suspend })
  const answer = r.suspendClient ?? r.reactivateClient
  if (answer) unwrap(answer, 'RegisteredClient')
}
