/**
 * Passkey ceremonies in the browser: the server's options JSON (base64url fields) in, the credential
 * as JSON out (what the server's finishRegistration / finishSignIn parse).
 *
 * Uses PublicKeyCredential.parseCreationOptionsFromJSON / parseRequestOptionsFromJSON and
 * credential.toJSON() where the browser has them, and converts by hand where it does not.
 */

type Json = Record<string, unknown>

export function webAuthnSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && !!navigator.credentials && window.isSecureContext
}

export function fromBase64url(text: string): ArrayBuffer {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out.buffer
}

export function toBase64url(data: ArrayBuffer | ArrayBufferView): string {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  let bin = ''
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i])
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined
  return list.map((d: Json) => ({ ...(d as object), id: fromBase64url(String(d.id)) }) as PublicKeyCredentialDescriptor)
}

type PKCStatic = typeof PublicKeyCredential & {
  parseCreationOptionsFromJSON?: (o: PublicKeyCredentialCreationOptionsJSON) => PublicKeyCredentialCreationOptions
  parseRequestOptionsFromJSON?: (o: PublicKeyCredentialRequestOptionsJSON) => PublicKeyCredentialRequestOptions
}

export function creationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const PKC = window.PublicKeyCredential as PKCStatic
  if (typeof PKC.parseCreationOptionsFromJSON === 'function') {
    try {
      return PKC.parseCreationOptionsFromJSON(json as unknown as PublicKeyCredentialCreationOptionsJSON)
    } catch {
      /* an option this browser does not know: convert by hand */
    }
  }
  const user = json.user as Json
  return {
    ...(json as object),
    challenge: fromBase64url(String(json.challenge)),
    user: { ...(user as object), id: fromBase64url(String(user.id)) },
    excludeCredentials: descriptors(json.excludeCredentials),
  } as PublicKeyCredentialCreationOptions
}

export function requestOptions(json: Json): PublicKeyCredentialRequestOptions {
  const PKC = window.PublicKeyCredential as PKCStatic
  if (typeof PKC.parseRequestOptionsFromJSON === 'function') {
    try {
      return PKC.parseRequestOptionsFromJSON(json as unknown as PublicKeyCredentialRequestOptionsJSON)
    } catch {
      /* convert by hand */
    }
  }
  return {
    ...(json as object),
    challenge: fromBase64url(String(json.challenge)),
    allowCredentials: descriptors(json.allowCredentials),
  }
}

/** The credential as the JSON the server expects (WebAuthn Level 3 toJSON shape). */
export function credentialJson(cred: PublicKeyCredential): Json {
  const withJson = cred as PublicKeyCredential & { toJSON?: () => unknown }
  if (typeof withJson.toJSON === 'function') {
    try {
      return withJson.toJSON() as Json
    } catch {
      /* build it by hand */
    }
  }
  const r = cred.response
  const response: Json = { clientDataJSON: toBase64url(r.clientDataJSON) }
  if ('attestationObject' in r) {
    const att = r as AuthenticatorAttestationResponse
    response.attestationObject = toBase64url(att.attestationObject)
    response.transports = typeof att.getTransports === 'function' ? att.getTransports() : []
  } else {
    const a = r as AuthenticatorAssertionResponse
    response.authenticatorData = toBase64url(a.authenticatorData)
    response.signature = toBase64url(a.signature)
    response.userHandle = a.userHandle ? toBase64url(a.userHandle) : null
  }
  return {
    id: cred.id,
    rawId: toBase64url(cred.rawId),
    type: cred.type,
    response,
    clientExtensionResults: cred.getClientExtensionResults?.() ?? {},
    authenticatorAttachment: cred.authenticatorAttachment ?? null,
  }
}

/** Create a passkey with the server's PublicKeyCredentialCreationOptionsJSON; the credential as a JSON string. */
export async function createPasskey(optionsJson: string): Promise<string> {
  const publicKey = creationOptions(JSON.parse(optionsJson) as Json)
  const cred = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null
  if (!cred) throw new DOMException('no credential', 'NotAllowedError')
  return JSON.stringify(credentialJson(cred))
}

/** Sign in with a passkey (discoverable: the device offers its passkeys for this site). */
export async function getPasskey(optionsJson: string): Promise<string> {
  const publicKey = requestOptions(JSON.parse(optionsJson) as Json)
  const cred = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null
  if (!cred) throw new DOMException('no credential', 'NotAllowedError')
  return JSON.stringify(credentialJson(cred))
}

/** Which message fits a failed ceremony (DOMException name). */
export function ceremonyProblem(err: unknown): 'cancelled' | 'exists' | 'wrongSite' | 'notSupported' | null {
  const name = err instanceof DOMException || err instanceof Error ? err.name : ''
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled'
  if (name === 'InvalidStateError') return 'exists'
  if (name === 'SecurityError') return 'wrongSite'
  if (name === 'NotSupportedError') return 'notSupported'
  return null
}
