import { afterEach, describe, expect, it } from 'vitest'
import { prefs } from '../src/prefs'
import { lines, tx, zhUnless } from '../src/views/parts'

afterEach(() => {
  prefs.lang = 'zh-CN'
})

describe('catalogue texts in the page’s language', () => {
  it('shows the Chinese in Chinese, the English in English, the Chinese marked when there is no English', () => {
    expect(tx('21号窗口', 'Window 21')).toBe('21号窗口')
    expect(String(zhUnless(null))).toBe('')
    prefs.lang = 'en'
    expect(tx('21号窗口', 'Window 21')).toBe('Window 21')
    expect(String(zhUnless('Window 21'))).toBe('')
    expect(tx('21号窗口', null)).toBe('21号窗口')
    expect(String(zhUnless(null))).toBe(' lang="zh-CN"')
  })

  it('takes a list’s English only when it has a line for every Chinese line', () => {
    const zh = ['年满二十周岁', '双方均无配偶']
    expect(lines(zh, ['Aged 20 or over', 'Neither is married']).texts).toEqual(zh)
    prefs.lang = 'en'
    const whole = lines(zh, ['Aged 20 or over', 'Neither is married'])
    expect(whole.texts).toEqual(['Aged 20 or over', 'Neither is married'])
    expect(String(whole.lang)).toBe('')
    const short = lines(zh, ['Aged 20 or over'])
    expect(short.texts).toEqual(zh)
    expect(String(short.lang)).toBe(' lang="zh-CN"')
    expect(lines(zh, null).texts).toEqual(zh)
  })
})
