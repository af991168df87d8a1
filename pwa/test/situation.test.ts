import { describe, expect, it } from 'vitest'
import { choiceOf, choiceQuery, choiceVars, parseChoice, questionsHtml } from '../src/views/choice'

describe('情形引导: the choice the guide carries to the apply form', () => {
  it('survives the trip through the address', () => {
    const choice = { answers: { born_in_province: 'no', parents_married: 'yes' }, items: ['GA01', 'YB01'] }
    const query = choiceQuery(choice)
    expect(query).toBe('a=born_in_province%3Ano&a=parents_married%3Ayes&items=GA01%2CYB01')
    expect(parseChoice(new URLSearchParams(query))).toEqual(choice)
    expect(parseChoice(new URLSearchParams('a=broken&a=:x'))).toEqual({ answers: {}, items: null })
  })

  it('is sent as the API expects (null items: the bundle as offered)', () => {
    expect(choiceVars({ answers: { entrusted: 'yes' }, items: null })).toEqual({
      answers: [{ question: 'entrusted', value: 'yes' }],
      items: null,
    })
    expect(choiceOf('NOTHING-KEPT')).toEqual({ answers: {}, items: null })
  })

  it('asks each question as big radio buttons, the answer given checked', () => {
    const markup = questionsHtml(
      [{ code: 'entrusted', question: '是否委托他人办理？', questionEn: 'Agent?', options: [
        { value: 'no', label: '否', labelEn: 'No' },
        { value: 'yes', label: '是', labelEn: 'Yes' },
      ] }],
      { entrusted: 'yes' },
    ).value
    const doc = new DOMParser().parseFromString(markup, 'text/html')
    expect(doc.querySelector('legend')?.textContent).toBe('是否委托他人办理？')
    expect([...doc.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => [i.value, i.checked])).toEqual([
      ['no', false],
      ['yes', true],
    ])
  })
})
