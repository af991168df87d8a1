/**
 * The server injects a query's answer into index.html, e.g. for /g/<CODE>:
 *   <script id="ov-preload" type="application/json">{"op":"Guide","variables":{…},"data":{…}}</script>
 * Read it once and hand it to the api client, so the first render needs no
 * request. Any persisted operation works the same way (Guide today; the server
 * may do it for /tree, / or /search too).
 */
import { ops } from 'virtual:persisted-queries'
import { prime } from './api'
import type { OpName } from './types'

export function consumePreload(): void {
  const el = document.getElementById('ov-preload')
  if (!el) return
  el.remove()
  try {
    const p = JSON.parse(el.textContent || 'null') as { op?: string; variables?: object; data?: unknown } | null
    if (!p || typeof p.op !== 'string' || !(p.op in ops) || !p.data || typeof p.data !== 'object') return
    if (p.op === 'Guide' && !(p.data as { guide?: unknown }).guide) return
    // Types are the server's promise; the variables are re-serialised canonically by prime.
    prime(p.op as OpName, (p.variables ?? {}) as never, p.data as never)
  } catch {
    /* malformed preload: fetch as usual */
  }
}
