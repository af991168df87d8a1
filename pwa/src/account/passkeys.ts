/** Adding a passkey to the signed-in account (after sign-up, and on /me). */
import { beginAddPasskey, finishAddPasskey } from './api'
import { s } from './strings'
import { createPasskey } from './webauthn'
import { refusal } from './ui'

/** Creates a passkey on this device and registers it; returns its name. Throws the IdentityError or
 * the browser's error (cancelled, not supported …) for the caller to show. */
export async function addPasskey(name: string, prompt: (text: string) => void): Promise<string> {
  const begun = await beginAddPasskey()
  if (begun.__typename === 'IdentityError') throw refusal(begun)
  prompt(s().passkeyPrompt)
  const credential = await createPasskey(begun.optionsJson)
  const r = await finishAddPasskey(credential, name)
  if (r.__typename === 'IdentityError') throw refusal(r)
  return r.name
}
