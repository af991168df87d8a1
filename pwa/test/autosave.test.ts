import { afterEach, describe, expect, it, vi } from 'vitest'
import { flush, forget, prune, readLocal, restore, touched, writeLocal } from '../src/apply/form/autosave'
import type { FormState } from '../src/apply/form/state'

function form(values: FormState['values'] = {}, forId: string | null = null): FormState {
  return { code: 'B03', userId: '7', key: 'k', values, slots: {}, draftId: null, forId, version: null, problems: {}, phase: 'editing', choice: { answers: {}, items: null } }
}

afterEach(() => {
  localStorage.clear()
  vi.useRealTimers()
})

describe('autosave on this device', () => {
  it("keeps a helper's form for each person apart (one person's details never fill another's form)", () => {
    const mine = form({ applicant_name: '欧阳娜娜' })
    const forOne = form({ applicant_name: '张大爷' }, '41')
    writeLocal(mine)
    writeLocal(forOne)
    expect(readLocal('7', 'B03')?.values.applicant_name).toBe('欧阳娜娜')
    expect(readLocal('7', 'B03', '41')?.values.applicant_name).toBe('张大爷')
    expect(readLocal('7', 'B03', '42')).toBeNull()
  })

  it('keeps the values a moment after the last change, or at once when the page goes away', () => {
    vi.useFakeTimers()
    const st = form({ applicant_name: '欧阳娜娜' })
    touched(st)
    expect(readLocal('7', 'B03')).toBeNull()
    vi.advanceTimersByTime(400)
    expect(readLocal('7', 'B03')?.values.applicant_name).toBe('欧阳娜娜')
    st.values.shop_name = '老街面馆'
    touched(st)
    flush(st) // pagehide before the timer
    expect(readLocal('7', 'B03')?.values.shop_name).toBe('老街面馆')
  })

  it('restores into a new form, uploads included, and never a copy older than the server draft', () => {
    const st = form({ applicant_name: '欧阳娜娜' })
    st.slots.id_card = { material: 'id_card', state: 'done', upload: 'u1' }
    st.draftId = 'd1'
    st.version = 3
    vi.useFakeTimers()
    touched(st)
    vi.advanceTimersByTime(400)
    const again = form()
    expect(restore(again, readLocal('7', 'B03'))).toBe(true)
    expect(again.values.applicant_name).toBe('欧阳娜娜')
    expect(again.slots.id_card.upload).toBe('u1')
    const newer = { ...form(), draftId: 'd1', version: 4 }
    expect(restore(newer, readLocal('7', 'B03'))).toBe(false)
  })

  it('belongs to one person and one form, forgets on sending and drops old copies', () => {
    vi.useFakeTimers()
    const st = form({ a: 'x' })
    touched(st)
    vi.advanceTimersByTime(400)
    expect(readLocal('8', 'B03')).toBeNull()
    expect(readLocal('7', 'B01')).toBeNull()
    prune(Date.now() + 8 * 86_400_000)
    expect(readLocal('7', 'B03')).toBeNull()
    touched(st)
    vi.advanceTimersByTime(400)
    forget(st)
    expect(readLocal('7', 'B03')).toBeNull()
  })
})
