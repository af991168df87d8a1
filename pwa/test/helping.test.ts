import { describe, expect, it } from 'vitest'
import { applyHref, people } from '../src/account/helping'
import type { Consent } from '../src/account/api'

const NOW = Date.parse('2026-12-04T10:00:00Z')

function consent(id: string, citizenId: string | null, over: Partial<Consent> = {}): Consent {
  return {
    __typename: 'Consent',
    id,
    consentCode: null,
    askedByMe: true,
    helper: { name: '帮办小李' },
    citizen: citizenId ? { name: `群众${citizenId}` } : null,
    citizenId,
    scope: 'ITEM',
    scopeRef: 'MZ04',
    status: 'ACTIVE',
    requestExpiresAt: '2026-12-04T09:10:00Z',
    validUntil: '2026-12-04T14:00:00Z',
    createdAt: '2026-12-04T09:00:00Z',
    answeredAt: '2026-12-04T09:01:00Z',
    revokedAt: null,
    confirmedBy: 'PHONE',
    phoneHint: null,
    revokedAtWindow: false,
    ...over,
  }
}

describe("a helper's people", () => {
  it('lists each person who consented once, with every active consent they gave', () => {
    const list = people(
      [
        consent('1', '7'),
        consent('2', '7', { scope: 'BUNDLE', scopeRef: 'B01' }),
        consent('3', '8'),
        consent('4', '9', { status: 'REVOKED' }),
        consent('5', '9', { validUntil: '2026-12-04T09:30:00Z' }), // expired
        consent('6', null, { status: 'PENDING' }), // not answered yet
        consent('7', '10', { askedByMe: false }), // a consent given, not held
      ],
      NOW,
    )
    expect(list.map((p) => [p.id, p.name, p.consents.map((c) => c.id)])).toEqual([
      ['7', '群众7', ['1', '2']],
      ['8', '群众8', ['3']],
    ])
  })

  it('applies for an item or bundle with onBehalfOf; an application consent has no form', () => {
    expect(applyHref(consent('1', '7'))).toBe('/apply/MZ04?for=7')
    expect(applyHref(consent('2', '7', { scope: 'APPLICATION', scopeRef: '330000' }))).toBeNull()
  })
})
