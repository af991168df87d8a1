import { describe, expect, it } from 'vitest'
import { check, creditCheckChar, isEmpty } from '../src/apply/checks'
import type { FormField } from '../src/apply/api'

function field(type: FormField['type'], extra: Partial<FormField> = {}): FormField {
  return {
    code: 'x',
    name: '字段',
    name_en: 'Field',
    type,
    required: true,
    rules: {},
    prefill: null,
    hint: null,
    hint_en: null,
    used_by: [],
    produced_by: null,
    ...extra,
  }
}

describe('isEmpty', () => {
  it('treats blank text, empty lists and null as empty', () => {
    expect(isEmpty('  ')).toBe(true)
    expect(isEmpty([])).toBe(true)
    expect(isEmpty(null)).toBe(true)
    expect(isEmpty(undefined)).toBe(true)
    expect(isEmpty(false)).toBe(false)
    expect(isEmpty('a')).toBe(false)
  })
})

describe('check', () => {
  it('asks for a required value in both languages', () => {
    expect(check(field('text'), '')).toEqual({ zh: '请填写字段', en: 'Field is required' })
    expect(check(field('choice'), '')).toEqual({ zh: '请选择字段', en: 'Choose Field' })
  })

  it('leaves optional and later-produced fields alone when empty', () => {
    expect(check(field('text', { required: false }), '')).toBeNull()
    expect(check(field('text', { produced_by: 'ITEM' }), '')).toBeNull()
  })

  it('checks resident ID numbers with their check digit and birth date', () => {
    expect(check(field('id_number'), '11010519491231002X')).toBeNull()
    expect(check(field('id_number'), '110105194912310021')?.zh).toBe('身份证号码校验位不正确，请核对')
    expect(check(field('id_number'), '110105194913310021')?.zh).toBe('身份证号码中的出生日期无效')
    expect(check(field('id_number'), '12345')?.en).toBe('A resident ID number has 17 digits and a final digit or X')
  })

  it('checks unified social credit codes with their check character', () => {
    const first17 = '91350100M000100Y'.padEnd(17, '0').slice(0, 17)
    const good = first17 + creditCheckChar(first17)
    expect(check(field('credit_code'), good)).toBeNull()
    const wrong = first17 + (good[17] === '0' ? '1' : '0')
    expect(check(field('credit_code'), wrong)?.zh).toBe('统一社会信用代码校验位不正确，请核对')
    expect(check(field('credit_code'), 'I1350100M000100Y3')?.zh).toContain('18位')
  })

  it('checks mobile numbers, with or without +86', () => {
    expect(check(field('phone'), '138 0013 8000')).toBeNull()
    expect(check(field('phone'), '+8613800138000')).toBeNull()
    expect(check(field('phone'), '12800138000')?.en).toBe('A mobile number has 11 digits starting with 1')
  })

  it('checks numbers, decimals and ranges', () => {
    const money = field('money', { rules: { min: '0', max: '100' } })
    expect(check(money, '12.50')).toBeNull()
    expect(check(money, '1,000')?.zh).toBe('字段不能大于100')
    expect(check(money, '1.234')?.en).toBe('Field takes at most 2 decimal places')
    expect(check(field('number', { rules: { decimals: 0 } }), '1.5')?.zh).toBe('字段应为整数')
    expect(check(field('number'), 'abc')?.en).toBe('Field must be a number')
  })

  it('checks dates and their bounds, "today" included', () => {
    const f = field('date', { rules: { min: '2000-01-01', max: 'today' } })
    expect(check(f, '2020-02-29')).toBeNull()
    expect(check(f, '2021-02-29')?.zh).toBe('字段应为有效日期')
    expect(check(f, '1999-12-31')?.zh).toBe('字段不能早于2000-01-01')
    expect(check(f, '2999-01-01')?.en).toBe('Field cannot be after today')
  })

  it('checks lengths on the text as the server cleans it, and patterns', () => {
    const f = field('text', { rules: { min_length: 2, max_length: 4 } })
    expect(check(f, ' a  b ')).toBeNull() // "a b": 3 characters
    expect(check(f, 'a')?.zh).toBe('字段至少2个字')
    expect(check(f, 'abcde')?.en).toBe('Field takes at most 4 characters')
    const p = field('text', { rules: { pattern: '[A-Z]{2}', pattern_message: '两个大写字母', pattern_message_en: 'Two capitals' } })
    expect(check(p, 'AB')).toBeNull()
    expect(check(p, 'ab')).toEqual({ zh: '两个大写字母', en: 'Two capitals' })
    // a pattern only Python understands is left to the server
    expect(check(field('text', { rules: { pattern: '(?P<x>a)' } }), 'b')).toBeNull()
  })

  it('checks choices against the allowed values', () => {
    const rules = { choices: [{ value: 'a', name: '甲', name_en: 'A' }] }
    expect(check(field('choice', { rules }), 'a')).toBeNull()
    expect(check(field('choice', { rules }), 'b')?.zh).toBe('请选择字段')
    expect(check(field('multi_choice', { rules }), ['a'])).toBeNull()
    expect(check(field('multi_choice', { rules }), ['a', 'z'])?.en).toBe('Choose Field')
    expect(check(field('boolean'), false)).toBeNull()
  })

  it('checks e-mail addresses', () => {
    expect(check(field('email'), 'a@b.cn')).toBeNull()
    expect(check(field('email'), 'a@b')?.zh).toBe('字段不是有效的电子邮箱地址')
  })
})
