import { beforeEach, describe, expect, it } from 'vitest'
import { Html, html } from '../src/dom'
import { date, dateTime, day, isoDay } from '../src/shared/dates'
import { problemText, Refusal, signInUrl } from '../src/shared/feedback'
import { useKit } from '../src/shared/kit'
import { GraphQLFailure } from '../src/shared/session'
import { choiceOf, choiceQuery, choiceVars, parseChoice, pickHtml, questionsHtml } from '../src/views/choice'
import { applicationStatusLabel, isApplicationStatus, materialStatusLabel } from '../src/shared/status'

const prefs = { lang: 'zh-CN' as 'zh-CN' | 'en', care: false }

beforeEach(() => {
  prefs.lang = 'zh-CN'
  useKit({
    html,
    raw: (markup) => new Html(markup),
    navigate: () => undefined,
    prefs,
    guide: () => Promise.reject(new Error('no guides here')),
    situation: { questionsHtml, pickHtml, choiceQuery, choiceVars, parseChoice, choiceOf },
  })
})

describe('dates', () => {
  it('keeps Beijing time whatever the zone of the moment given', () => {
    expect(isoDay('2024-04-30T16:30:00Z')).toBe('2024-05-01') // 00:30 in Beijing
    expect(isoDay(new Date('2024-04-30T12:00:00Z'), 2)).toBe('2024-05-02')
    expect(dateTime('2024-04-30T16:30:00Z')).toBe('2024年5月1日 00:30')
    expect(dateTime(Date.parse('2024-05-01T02:00:00Z') / 1000)).toBe('2024年5月1日 10:00') // JWT seconds
  })

  it('writes dates in the page’s language', () => {
    expect(date('2024-05-06')).toBe('2024年5月6日')
    expect(day('2024-05-06')).toBe('5月6日 周一')
    prefs.lang = 'en'
    expect(date('2024-05-06')).toBe('6 May 2024')
    expect(day('2024-05-06', true)).toBe('Mon 6 May 2024')
  })

  it('leaves what it cannot read as it is', () => {
    expect(date('soon')).toBe('soon')
    expect(dateTime('never')).toBe('never')
    expect(dateTime(null)).toBe('')
  })
})

describe('problemText', () => {
  it('says offline, the server’s refusal, or that it failed', () => {
    expect(problemText(new GraphQLFailure('offline', 'NETWORK', true))).toBe('网络不可用，请联网后重试。')
    expect(problemText(new Refusal('TOO_LARGE', '文件太大', 'Too large'))).toBe('文件太大')
    expect(problemText({ __typename: 'ApplicationError', code: 'X', message: '不行', messageEn: 'No' })).toBe('不行')
    expect(problemText(new Error('boom'))).toBe('操作失败，请稍后重试。')
    prefs.lang = 'en'
    expect(problemText(new Refusal('TOO_LARGE', '文件太大', 'Too large'))).toBe('Too large')
  })

  it('does not tell "not yours" from "not there", unless the screen wants the server’s words', () => {
    const forbidden = new GraphQLFailure('Staff need a passkey', 'FORBIDDEN')
    expect(problemText(forbidden)).toBe('没有找到，或您无权查看。')
    expect(problemText(forbidden, { notFound: null })).toBe('Staff need a passkey')
    expect(problemText(new GraphQLFailure('Try again in 30 s', 'RATE_LIMITED'))).toBe('Try again in 30 s')
  })

  it('sends a lost session to sign-in and back (staff with a passkey)', () => {
    expect(signInUrl('/applications/7?new=1')).toBe('/signin?next=%2Fapplications%2F7%3Fnew%3D1')
    expect(signInUrl('/desk', true)).toBe('/signin?staff=1&next=%2Fdesk')
  })
})

describe('status labels', () => {
  it('name an application’s state as the server does, events’ lower case too', () => {
    expect(applicationStatusLabel('READY_FOR_PICKUP')).toBe('待领取')
    expect(applicationStatusLabel('needs_correction')).toBe('待补正')
    expect(isApplicationStatus('in_review')).toBe(false) // a department task's state
    prefs.lang = 'en'
    expect(materialStatusLabel('DEFERRED')).toBe('To hand in later')
    expect(applicationStatusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
  })
})
