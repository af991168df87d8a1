/**
 * Telling the person what went wrong, the same way on every screen: a message for any failure
 * (network, the server's refusal, a lost session), an alert region to say it in, errors tied to
 * the fields they are about.
 */
import { html, navigate, pick, type Html } from './kit'
import { say } from './live'
import { GraphQLFailure, SignInNeeded } from './session'
import { common } from './strings'

/** A refusal the server explains in both languages (an upload refused, a domain error turned into an exception). */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en || zh)
  }
}

/** A domain error returned as data: `... on XxxError { code message messageEn }`. */
export interface DomainError {
  code: string
  message: string
  messageEn: string
}

export const isDomainError = (e: unknown): e is DomainError & { __typename: string } =>
  !!e && typeof e === 'object' && /Error$/.test(String((e as { __typename?: unknown }).__typename))

/** The server's message of a domain error, in the page's language. */
export const errorText = (e: Pick<DomainError, 'message' | 'messageEn'>): string => pick(e.message, e.messageEn)

export const isOffline = (err: unknown): boolean => err instanceof GraphQLFailure && err.offline

export interface ProblemOptions {
  /** What to say for FORBIDDEN / NOT_FOUND (something the person may not see); null: the server's message. */
  notFound?: string | null
}

/** A message for anything that went wrong. */
export function problemText(err: unknown, options: ProblemOptions = {}): string {
  if (isOffline(err)) return common().offline
  if (err instanceof Refusal) return pick(err.zh, err.en)
  if (isDomainError(err)) return errorText(err)
  if (err instanceof GraphQLFailure) {
    if (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND') {
      return options.notFound === undefined ? common().notFound : (options.notFound ?? err.message)
    }
    if (err.code === 'RATE_LIMITED') return err.message // says when to try again (extensions.retryAfter has the seconds)
  }
  return common().failed
}

/** The sign-in page, coming back to `path` (this page) afterwards; `staff` asks for a passkey. */
export const signInUrl = (path = location.pathname + location.search, staff = false): string =>
  `/signin?${staff ? 'staff=1&' : ''}next=${encodeURIComponent(path)}`

export interface FailOptions extends ProblemOptions {
  /** Staff screens: the sign-in page asks for a passkey. */
  staff?: boolean
  /** The screen's own wording of some failures (null: the common one). */
  text?: (err: unknown) => string | null
}

/**
 * Report a failure of an action in the alert region `id` and move focus there. A lost session goes
 * to the sign-in page, which comes back here afterwards.
 */
export function fail(root: ParentNode, id: string, err: unknown, options: FailOptions = {}): void {
  if (err instanceof SignInNeeded) {
    navigate(signInUrl(undefined, options.staff), true)
    return
  }
  say(root, id, options.text?.(err) ?? problemText(err, options), 'bad')
  root.querySelector<HTMLElement>(`#${id}`)?.focus()
}

/**
 * Show (or clear, with null) the error of a field or group: its message in `#<id>-err`, the
 * field's box (`#<id>-field`) marked invalid, aria-invalid on the control and on every input
 * that says it belongs to it (`data-for`).
 */
export function setError(root: ParentNode, id: string, message: string | null): void {
  const err = root.querySelector<HTMLElement>(`#${id}-err`)
  if (err) {
    err.textContent = message ?? ''
    err.hidden = !message
  }
  root.querySelector(`#${id}-field`)?.classList.toggle('invalid', !!message)
  for (const el of root.querySelectorAll<HTMLElement>(`#${id}, [data-for="${id}"]`)) {
    if (message) el.setAttribute('aria-invalid', 'true')
    else el.removeAttribute('aria-invalid')
  }
}

/** The (hidden) error line of a field, filled by setError. */
export const errLine = (id: string): Html => html`<p class="err" id="${id}-err" hidden></p>`
