import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Api from '../src/apply/api'
import type { ApplicationInput } from '../src/apply/api'
import type * as OutboxModule from '../src/apply/outbox'
import type { Outgoing } from '../src/apply/outbox'
import type * as Upload from '../src/apply/upload'

/** The server, as the outbox sees it through ../src/apply/api and ../src/apply/upload. */
const server = vi.hoisted(() => ({
  me: vi.fn<() => Promise<string>>(),
  submitApplication: vi.fn<(input: ApplicationInput) => Promise<unknown>>(),
  upload: vi.fn(),
}))

vi.mock('../src/apply/api', async (importOriginal) => {
  const real = await importOriginal<typeof Api>()
  return { ...real, me: server.me, submitApplication: server.submitApplication }
})
vi.mock('../src/apply/upload', async (importOriginal) => {
  const real = await importOriginal<typeof Upload>()
  return { ...real, upload: server.upload }
})

type Outbox = typeof OutboxModule
let outbox: Outbox

function outgoing(key: string, extra: Partial<Outgoing> = {}): Outgoing {
  return {
    key,
    userId: 'u1',
    code: 'BIRTH',
    name: '出生一件事',
    input: { code: 'BIRTH', data: { name: '张三' }, materials: [] },
    files: [],
    queuedAt: new Date(2024, 4, 1, 10, Number(key.replace(/\D/g, '') || 0)).toISOString(),
    state: 'waiting',
    ...extra,
  }
}

const application = (id: string) => ({ __typename: 'ApplicationType', id, trackingNumber: `TN-${id}` })

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory()) // an empty database for each test
  localStorage.clear()
  server.me.mockResolvedValue('u1')
  vi.resetModules()
  outbox = await import('../src/apply/outbox')
})

afterEach(() => {
  vi.clearAllMocks()
})

describe('outbox', () => {
  it('keeps a submission and counts it for the main bundle', async () => {
    await outbox.enqueue(outgoing('k1'))
    expect((await outbox.all()).map((o) => o.key)).toEqual(['k1'])
    expect(localStorage.getItem('ov.outbox')).toBe('1')
  })

  it('lists only the signed-in person’s submissions, oldest first', async () => {
    await outbox.put(outgoing('k2'))
    await outbox.put(outgoing('k1'))
    await outbox.put(outgoing('k3', { userId: 'someone else' }))
    expect((await outbox.mine('u1')).map((o) => o.key)).toEqual(['k1', 'k2'])
  })

  it('sends each waiting submission once, with its key as the idempotency key', async () => {
    server.submitApplication.mockImplementation((input) =>
      Promise.resolve({ __typename: 'Submitted', created: true, application: application(input.idempotencyKey ?? '') }),
    )
    const seen: unknown[] = []
    window.addEventListener('ov-outbox', (e) => seen.push((e as CustomEvent).detail))
    await outbox.put(outgoing('k1'))
    await outbox.put(outgoing('k2', { userId: 'someone else' }))
    await outbox.flush()
    expect(server.submitApplication).toHaveBeenCalledTimes(1)
    expect(server.submitApplication.mock.calls[0][0]).toMatchObject({ code: 'BIRTH', idempotencyKey: 'k1' })
    expect((await outbox.all()).map((o) => o.key)).toEqual(['k2']) // another person's stays, unsent
    expect(seen).toContainEqual({ key: 'k1', application: application('k1') })
  })

  it('uploads the files chosen offline first, then submits them as materials', async () => {
    server.upload.mockResolvedValue({ id: 'up-1' })
    server.submitApplication.mockResolvedValue({ __typename: 'Submitted', created: true, application: application('a') })
    const blob = new Blob(['%PDF'], { type: 'application/pdf' })
    await outbox.put(outgoing('k1', { files: [{ material: 'BIRTH_CERT', blob, name: 'cert.pdf' }] }))
    await outbox.flush()
    expect(server.upload).toHaveBeenCalledWith(expect.anything(), 'cert.pdf')
    expect(server.submitApplication.mock.calls[0][0].materials).toEqual([{ material: 'BIRTH_CERT', upload: 'up-1' }])
    expect(localStorage.getItem('ov.outbox')).toBeNull()
  })

  it('marks a submission the server refuses as failed, with the server’s problems', async () => {
    const refusal = { __typename: 'ApplicationError', code: 'INVALID', message: '有误', messageEn: 'Wrong', problems: [] }
    server.submitApplication.mockResolvedValue(refusal)
    await outbox.put(outgoing('k1'))
    await outbox.flush()
    const [kept] = await outbox.all()
    expect(kept.state).toBe('failed')
    expect(kept.error).toEqual({ code: 'INVALID', message: '有误', messageEn: 'Wrong', problems: [] })
    expect(localStorage.getItem('ov.outbox')).toBeNull()
  })

  it('marks a file the server refuses as failed, not to be tried again', async () => {
    const { UploadRefused } = await import('../src/apply/upload')
    server.upload.mockRejectedValue(new UploadRefused('TOO_LARGE', '文件太大', 'Too large', 413))
    const blob = new Blob(['x'], { type: 'image/png' })
    await outbox.put(outgoing('k1', { files: [{ material: 'PHOTO', blob, name: 'p.png' }] }))
    await outbox.flush()
    const [kept] = await outbox.all()
    expect(kept.state).toBe('failed')
    expect(kept.error).toMatchObject({ code: 'TOO_LARGE', message: '文件太大', messageEn: 'Too large' })
    expect(server.submitApplication).not.toHaveBeenCalled()
  })

  it('keeps waiting when the network fails, to try again later', async () => {
    const { GraphQLFailure } = await import('../src/shared/session')
    server.submitApplication.mockRejectedValue(new GraphQLFailure('offline', 'NETWORK', true))
    await outbox.put(outgoing('k1'))
    await outbox.flush()
    const [kept] = await outbox.all()
    expect(kept.state).toBe('waiting')
    expect(localStorage.getItem('ov.outbox')).toBe('1')
  })

  it('sends nothing while nobody is signed in', async () => {
    const { SignInNeeded } = await import('../src/shared/session')
    server.me.mockRejectedValue(new SignInNeeded())
    await outbox.put(outgoing('k1'))
    await outbox.flush()
    expect(server.submitApplication).not.toHaveBeenCalled()
    expect(await outbox.all()).toHaveLength(1)
  })
})
