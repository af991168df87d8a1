/**
 * Strings every screen uses, and the helpers each screen's strings module is made with: a pair of
 * tables (zh-CN first, English of the same shape), the page title, label tables of enums.
 */
import { isEn, pick } from './kit'

/** The table of the page's language: `export const s = bilingual(zh, en)`. */
export const bilingual =
  <T>(zh: T, en: NoInfer<T>) =>
  (): T =>
    isEn() ? en : zh

/** The page title: "<page> · 一次办". */
export const pageTitle = (page: string): string => `${page} · ${isEn() ? 'OneVisit' : '一次办'}`

export type Table = Record<string, readonly [zh: string, en: string]>

/** A function naming the keys of a table (an enum's values) in the page's language; unknown keys as they are. */
export const labeller =
  (table: Table) =>
  (key: string): string => {
    const pair = table[key] ?? table[key.toUpperCase()]
    return pair ? pick(pair[0], pair[1]) : key
  }

/** What every screen says the same way. */
export const common = bilingual(
  {
    working: '请稍候…',
    offline: '网络不可用，请联网后重试。',
    failed: '操作失败，请稍后重试。',
    notFound: '没有找到，或您无权查看。',
    signIn: '登录',
    signUp: '注册',
    yes: '是',
    no: '否',
  },
  {
    working: 'Please wait…',
    offline: 'You are offline. Try again when you are back online.',
    failed: 'Something went wrong. Please try again later.',
    notFound: 'Not found, or not yours to see.',
    signIn: 'Sign in',
    signUp: 'Sign up',
    yes: 'Yes',
    no: 'No',
  },
)
