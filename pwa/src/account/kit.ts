/**
 * What the account screens borrow from the main bundle, handed over when the chunk loads.
 *
 * This chunk must not import anything at run time from the modules of the main bundle: a module
 * shared by both would make the bundler put it in a third chunk, and the main bundle, which is
 * inlined into index.html as a classic script, would then need an `import` (plugins/lazy-chunk.ts
 * fails the build if that happens). Type imports are fine: they are erased.
 */
import type { Html, html as htmlFn } from '../dom'
import type { Lang } from '../prefs'

export interface Kit {
  html: typeof htmlFn
  /** An HTML fragment that is not escaped again (the main bundle's Html class). */
  raw: (markup: string) => Html
  navigate: (url: string, replace?: boolean) => void
  /** Live preferences object of the main bundle. */
  prefs: { lang: Lang; care: boolean }
}

let kit: Kit

export function useKit(k: Kit): void {
  kit = k
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => kit.html(strings, ...values)
export const raw = (markup: string): Html => kit.raw(markup)
export const navigate = (url: string, replace = false): void => kit.navigate(url, replace)
export const isEn = (): boolean => kit.prefs.lang === 'en'
export type { Html }
