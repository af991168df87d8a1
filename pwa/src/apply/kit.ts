/**
 * What the application screens borrow from the main bundle, handed over when their chunk loads
 * (see ../account/kit.ts for why nothing of the main bundle may be imported here at run time).
 */
import type { Kit } from '../account/kit'
import type { Guide } from '../types'

export interface ApplyKit extends Kit {
  /** The public guide of an item or bundle (the main bundle's persisted query, saved for offline). */
  guide: (code: string) => Promise<Guide>
}

let kit: ApplyKit

export function useApplyKit(k: ApplyKit): void {
  kit = k
}

export const html: Kit['html'] = (strings, ...values) => kit.html(strings, ...values)
export const raw: Kit['raw'] = (markup) => kit.raw(markup)
export const navigate = (url: string, replace = false): void => kit.navigate(url, replace)
export const isEn = (): boolean => kit.prefs.lang === 'en'
export const guide = (code: string): Promise<Guide> => kit.guide(code)
/** zh or en of a pair, by the page's language. */
export const pickLang = (zh: string, en: string): string => (isEn() && en ? en : zh)
export type { Html } from '../dom'
