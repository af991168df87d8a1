/**
 * Uploads: POST /uploads (multipart, with the bearer token), with progress. The server stores a file
 * by its content hash and answers its id, which a form's material then names.
 */
import { Refusal } from '../shared/feedback'
import { bearer, GraphQLFailure, SignInNeeded } from '../shared/session'

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
export class UploadRefused extends Refusal {
  constructor(
    code: string,
    zh: string,
    en: string,
    readonly status: number,
  ) {
    super(code, zh, en)
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
