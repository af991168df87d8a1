/**
 * Vite plugin: exposes the persisted GraphQL documents as a virtual module.
 *
 *   import { ops } from 'virtual:persisted-queries'
 *   ops.Guide // { name: 'Guide', hash: '<sha256 hex>', vars: ['code'] }
 *
 * The hash is the sha256 of the exact UTF-8 bytes of the file in
 * api/graphql/documents/ (what the server's persisted-query map is keyed by).
 * `vars` lists the operation's variables in the order they are declared, so
 * the client can serialise variables canonically (stable URL = stable cache
 * key). Only hashes and variable names reach the bundle, never the documents.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

const VIRTUAL_ID = 'virtual:persisted-queries'
const RESOLVED_ID = '\0' + VIRTUAL_ID

export interface PersistedOp {
  name: string
  hash: string
  vars: string[]
}

/** Operation name and ordered variable names of the first operation in a document. */
export function parseOperation(text: string): { name: string; vars: string[] } | null {
  const m = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)\s*(\(([^)]*)\))?/m.exec(text)
  if (!m) return null
  const vars = [...(m[3] ?? '').matchAll(/\$([_A-Za-z][_0-9A-Za-z]*)\s*:/g)].map((v) => v[1])
  return { name: m[1], vars }
}

export function readDocuments(dir: string): { ops: PersistedOp[]; files: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => join(dir, f))
  const ops: PersistedOp[] = []
  for (const file of files) {
    const bytes = readFileSync(file) // the exact bytes: no decoding, no trimming
    const parsed = parseOperation(bytes.toString('utf8'))
    if (!parsed) throw new Error(`persisted-queries: no named operation in ${file}`)
    ops.push({ ...parsed, hash: createHash('sha256').update(bytes).digest('hex') })
  }
  return { ops, files }
}

export interface PersistedQueriesOptions {
  dir: string
  /** Fail the build when one of these operations has no document. */
  required?: string[]
  /** Expose only these operations (a bundle that never sends the others need not carry their hashes). */
  only?: string[]
}

export default function persistedQueries(options: PersistedQueriesOptions): Plugin {
  return {
    name: 'ov-persisted-queries',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return
      const { ops, files } = readDocuments(options.dir)
      for (const f of files) this.addWatchFile(f)
      const byName = Object.fromEntries(ops.map((op) => [op.name, op]))
      const missing = [...(options.required ?? []), ...(options.only ?? [])].filter((n) => !(n in byName))
      if (missing.length) {
        this.error(`persisted-queries: missing documents for ${missing.join(', ')} in ${options.dir}`)
      }
      const exposed = options.only ? Object.fromEntries(options.only.map((n) => [n, byName[n]])) : byName
      return `export const ops = ${JSON.stringify(exposed)};\n`
    },
  }
}
