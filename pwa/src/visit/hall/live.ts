/**
 * The hall board, live: the public `hallBoardUpdated` subscription over graphql-transport-ws, without
 * a session (a display in the hall has none), reconnecting with backoff. The server sends the board
 * first, so a reconnection catches up.
 */
import type * as G from '../../generated/graphql'
import { BOARD, type Board } from './api'

const QUERY = /* GraphQL */ `subscription HallBoardUpdated($hall: String!) { hallBoardUpdated(hall: $hall) { ...BoardFields } } ${BOARD}`

/** Follow a hall's board; returns the function that ends it. */
export function followBoard(hall: string, next: (b: Board) => void, state: (live: boolean) => void): () => void {
  let socket: WebSocket | null = null
  let disposed = false
  let attempt = 0
  let timer = 0
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`
  const retry = () => {
    if (disposed) return
    state(false)
    window.clearTimeout(timer)
    timer = window.setTimeout(connect, Math.min(30_000, 1000 * 2 ** attempt++))
  }
  function connect(): void {
    if (disposed) return
    const ws = (socket = new WebSocket(url, 'graphql-transport-ws'))
    const send = (m: object) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(m))
    ws.onopen = () => send({ type: 'connection_init', payload: {} })
    ws.onmessage = (e) => {
      const m = JSON.parse(String(e.data)) as { type: string; payload?: { data?: G.HallBoardUpdatedSubscription } }
      if (m.type === 'connection_ack') {
        attempt = 0
        state(true)
        send({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { hall } } })
      } else if (m.type === 'ping') send({ type: 'pong' })
      else if (m.type === 'next' && m.payload?.data) next(m.payload.data.hallBoardUpdated)
    }
    ws.onclose = retry
  }
  connect()
  return () => {
    disposed = true
    window.clearTimeout(timer)
    socket?.close(1000)
  }
}

/** End `stop` when `el` leaves the document (the page changed). */
export function endWhenGone(el: HTMLElement, stop: () => void): void {
  const gone = new MutationObserver(() => {
    if (el.isConnected) return
    gone.disconnect()
    stop()
  })
  gone.observe(document.body, { childList: true, subtree: true })
}
