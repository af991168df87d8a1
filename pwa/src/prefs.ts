/**
 * User preferences (language, 关怀版) remembered in localStorage.
 * index.html applies the same keys before first paint; keep them in step.
 */
export type Lang = 'zh-CN' | 'en'

const LANG_KEY = 'ov.lang'
const CARE_KEY = 'ov.care'

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null // storage disabled: defaults apply
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    /* not remembered, still applied */
  }
}

export const prefs: { lang: Lang; care: boolean } = {
  lang: read(LANG_KEY) === 'en' ? 'en' : 'zh-CN',
  care: read(CARE_KEY) === '1',
}

export function apply(): void {
  const root = document.documentElement
  root.lang = prefs.lang
  root.classList.toggle('care', prefs.care)
}

export function setLang(lang: Lang): void {
  prefs.lang = lang
  write(LANG_KEY, lang)
  apply()
}

export function setCare(on: boolean): void {
  prefs.care = on
  write(CARE_KEY, on ? '1' : '0')
  apply()
}
