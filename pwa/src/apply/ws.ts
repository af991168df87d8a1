/**
 * A minimal graphql-transport-ws client for one subscription: connection_init with the bearer
 * token, subscribe, next/error/complete, ping/pong, and reconnection with backoff (a fresh token
 * each time). The server sends the current value first, so a reconnection also catches up.
 */
import { bearer, SignInNeeded } from '../shared/session'

export interface Handlers<T> {
  next: (data: T) => void
  /** The server refused the subscription (not a network problem): it is not retried. */
  error?: (errors: { message: string; extensions?: { code?: string } }[]) => void
  /** Connected (true) or trying to reconnect (false). */
  state?: (live: boolean) => void
}

const MAX_DELAY = 30_000

/** Subscribe; returns the function that ends it. */
export function subscribe<T>(query: string, variables: object, on: Handlers<T>): () => void {
  let socket: WebSocket | null = null
  let disposed = false
  let attempt = 0
  let timer = 0
  let renew = false
  let acked = false

  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`

  const schedule = () => {
    if (disposed) return
    on.state?.(false)
    const wait = Math.min(MAX_DELAY, 1000 * 2 ** attempt) * (0.5 + Math.random() / 2)
    attempt++
    window.clearTimeout(timer)
    timer = window.setTimeout(connect, wait)
  }

  async function connect(): Promise<void> {
    if (disposed) return
    let token: string
    try {
      token = await bearer(renew)
      renew = false
    } catch (err) {
      if (err instanceof SignInNeeded) return // nothing to subscribe with
      return schedule()
    }
    if (disposed) return
    acked = false
    const ws = (socket = new WebSocket(url, 'graphql-transport-ws'))
    const send = (message: object) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message))
    const ackTimer = window.setTimeout(() => !acked && ws.close(4408, 'Connection initialisation timeout'), 10_000)
    ws.onopen = () => send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })
    ws.onmessage = (e) => {
      let message: { type: string; id?: string; payload?: unknown }
      try {
        message = JSON.parse(String(e.data)) as typeof message
      } catch {
        return
      }
      switch (message.type) {
        case 'connection_ack':
          acked = true
          window.clearTimeout(ackTimer)
          attempt = 0
          on.state?.(true)
          send({ id: '1', type: 'subscribe', payload: { query, variables } })
          break
        case 'ping':
          send({ type: 'pong' })
          break
        case 'next': {
          const payload = message.payload as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }
          if (payload.errors?.length) {
            const code = payload.errors[0].extensions?.code
            if (code === 'UNAUTHENTICATED' || code === 'TOKEN_EXPIRED') {
              renew = true
              ws.close(4401, 'Unauthorized')
            } else on.error?.(payload.errors)
          } else if (payload.data) on.next(payload.data)
          break
        }
        case 'error': {
          const errors = message.payload as { message: string; extensions?: { code?: string } }[]
          const code = errors?.[0]?.extensions?.code
          if (code === 'UNAUTHENTICATED' || code === 'TOKEN_EXPIRED') {
            renew = true
            ws.close(4401, 'Unauthorized')
          } else {
            on.error?.(errors ?? [])
            dispose()
          }
          break
        }
        case 'complete':
          // The server ended the stream (e.g. restarting): follow again shortly.
          ws.close(1000, 'Normal Closure')
          break
      }
    }
    ws.onclose = (e) => {
      window.clearTimeout(ackTimer)
      if (socket !== ws) return
      socket = null
      if (e.code === 4401 || e.code === 4403) renew = true
      schedule()
    }
  }

  const online = () => {
    if (socket || disposed) return
    attempt = 0
    window.clearTimeout(timer)
    void connect()
  }
  window.addEventListener('online', online)

  function dispose(): void {
    if (disposed) return
    disposed = true
    window.clearTimeout(timer)
    window.removeEventListener('online', online)
    const ws = socket
    socket = null
    if (ws && ws.readyState <= WebSocket.OPEN) {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ id: '1', type: 'complete' }))
      ws.close(1000, 'Normal Closure')
    }
  }

  void connect()
  return dispose
}
