/** Adding a passkey to the signed-in account (after sign-up, and on /me). */
import { gql, type IdentityError } from './session'
import { s } from './strings'
import { createPasskey } from './webauthn'

/** Creates a passkey on this device and registers it; returns its name. Throws the IdentityError or
 * the browser's error (cancelled, not supported …) for the caller to show. */
export async function addPasskey(name: string, prompt: (text: string) => void): Promise<string> {
  const begun = await gql<{ beginAddPasskey: { __typename: 'PasskeyCeremony'; optionsJson: string } | IdentityError }>(
    `mutation BeginAddPasskey { beginAddPasskey { __typename ... on PasskeyCeremony { optionsJson } ... on IdentityError { code message messageEn } } }`,
  )
  if (begun.beginAddPasskey.__typename === 'IdentityError') throw begun.beginAddPasskey
  prompt(s().passkeyPrompt)
  const credential = await createPasskey(begun.beginAddPasskey.optionsJson)
  const r = await gql<{ finishAddPasskey: { __typename: 'Passkey'; name: string } | IdentityError }>(
    `mutation FinishAddPasskey($credential: String!, $passkeyName: String!) { finishAddPasskey(credential: $credential, passkeyName: $passkeyName) { __typename ... on Passkey { name } ... on IdentityError { code message messageEn } } }`,
    { credential, passkeyName: name },
  )
  if (r.finishAddPasskey.__typename === 'IdentityError') throw r.finishAddPasskey
  return r.finishAddPasskey.name
}
