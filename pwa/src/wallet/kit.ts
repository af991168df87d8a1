/**
 * What the wallet screens borrow from the main bundle, handed over when their chunk loads (see
 * ../account/kit.ts for why nothing of the main bundle may be imported here at run time).
 */
import type { Kit } from '../account/kit'

let kit: Kit

export function useWalletKit(k: Kit): void {
  kit = k
}

export const html: Kit['html'] = (strings, ...values) => kit.html(strings, ...values)
export const raw: Kit['raw'] = (markup) => kit.raw(markup)
export const navigate = (url: string, replace = false): void => kit.navigate(url, replace)
export const isEn = (): boolean => kit.prefs.lang === 'en'
/** zh or en of a pair, by the page's language. */
export const pick = (pair: readonly [string, string] | undefined, fallback = ''): string =>
  pair ? (isEn() && pair[1] ? pair[1] : pair[0]) : fallback
export type { Html } from '../dom'
