/**
 * What the lazily loaded screens (account, apply, desk, inbox, visit, wallet) borrow from the main
 * bundle, handed over when a chunk loads (src/chunk-kit.ts builds it). One module for every chunk.
 *
 * No chunk may import anything at run time from the modules of the main bundle: a module shared by
 * both would make the bundler put it in a third chunk, and the main bundle, which is inlined into
 * index.html as a classic script, would then need an `import` (plugins/lazy-chunk.ts fails the build
 * if that happens). Type imports are fine: they are erased.
 */
import type { Html, html as htmlFn } from '../dom'
import type { Lang } from '../prefs'
import type { Guide } from '../types'
import type * as Situation from '../views/choice'

export interface Kit {
  html: typeof htmlFn
  /** An HTML fragment that is not escaped again (the main bundle's Html class). */
  raw: (markup: string) => Html
  navigate: (url: string, replace?: boolean) => void
  /** Live preferences object of the main bundle. */
  prefs: { lang: Lang; care: boolean }
  /** The public guide of an item or bundle (the main bundle's persisted query, saved for offline). */
  guide: (code: string) => Promise<Guide>
  /** 情形引导 and 点菜: the guide's questions and the choice it carries to the apply form (views/situation.ts). */
  situation: Pick<typeof Situation, 'questionsHtml' | 'pickHtml' | 'choiceQuery' | 'choiceVars' | 'parseChoice' | 'choiceOf'>
}

let kit: Kit | null = null

export function useKit(k: Kit): void {
  kit = k
}

function current(): Kit {
  if (!kit) throw new Error('the kit is not in use: a screen ran before its chunk was handed it')
  return kit
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => current().html(strings, ...values)
export const raw = (markup: string): Html => current().raw(markup)
export const navigate = (url: string, replace = false): void => current().navigate(url, replace)
/** English on? Before any chunk was handed the kit (the main bundle asking the inbox chunk for the unread count), the page's lang says. */
export const isEn = (): boolean => (kit ? kit.prefs.lang === 'en' : document.documentElement.lang === 'en')
export const guide = (code: string): Promise<Guide> => current().guide(code)
export const situation = (): Kit['situation'] => current().situation
export type { Choice } from '../views/choice'

/** zh or en of a pair, by the page's language (the Chinese when there is no English). */
export const pick = (zh: string, en: string | null | undefined): string => (isEn() && en ? en : zh)

/** zh or en of a [zh, en] table entry; `fallback` when there is none. */
export const pickPair = (pair: readonly [string, string] | undefined, fallback = ''): string =>
  pair ? pick(pair[0], pair[1]) : fallback

export type { Html }
