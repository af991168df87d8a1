/**
 * Vite plugin: a lazily loaded chunk that the inlined entry script can import.
 *
 * The entry bundle is inlined into index.html as a classic script (plugins/inline-assets.ts), which
 * only works while it has no imports. A plain `import('./account')` would make Vite wrap it in its
 * module-preload helper (which reads import.meta) and make the entry a chunk with a dynamic import,
 * so the entry would no longer be inlined. Instead the chunk is emitted here as a separate entry
 * (hashed file name, exports kept) and the entry refers to it through a virtual module:
 *
 *   import { url } from 'virtual:lazy/account'   // '/assets/account-<hash>.js' once built
 *   const m = await import(url)
 *
 * The placeholder the virtual module exports is replaced with the chunk's final path in
 * renderChunk (the bundler resolves the hash placeholder it returns). In the dev server the URL
 * is the module's source path, which Vite serves and transforms.
 */
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

const PREFIX = 'virtual:lazy/'

export default function lazyChunks(chunks: Record<string, string>): Plugin {
  let config: ResolvedConfig
  const refs = new Map<string, string>()
  const placeholder = (name: string) => `__OV_LAZY_CHUNK_${name.toUpperCase().replace(/\W/g, '_')}__`
  return {
    name: 'ov-lazy-chunks',
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      if (config.command !== 'build' || config.build.ssr) return
      for (const [name, file] of Object.entries(chunks)) {
        const ref = this.emitFile({ type: 'chunk', id: resolve(config.root, file), name, preserveSignature: 'strict' })
        refs.set(name, ref)
      }
    },
    resolveId(id) {
      return id.startsWith(PREFIX) && id.slice(PREFIX.length) in chunks ? '\0' + id : undefined
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return
      const name = id.slice(PREFIX.length + 1)
      const url = config.command === 'build' ? placeholder(name) : `/${chunks[name].replace(/^\/+/, '')}`
      return `export const url = ${JSON.stringify(url)};\n`
    },
    generateBundle(_, bundle) {
      if (!refs.size) return
      // A module shared by a lazy chunk and the main bundle lands in a third chunk that both import,
      // and the main bundle could no longer be inlined as a classic script: fail loudly instead.
      const lazy = new Set([...refs.values()].map((ref) => this.getFileName(ref)))
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || lazy.has(chunk.fileName) || !chunk.imports.length) continue
        this.error(
          `${chunk.fileName} imports ${chunk.imports.join(', ')}: a lazy chunk (${[...refs.keys()].join(', ')}) shares ` +
            'modules with the main bundle; pass them in at run time instead',
        )
      }
    },
    renderChunk(code) {
      if (!code.includes('__OV_LAZY_CHUNK_')) return null
      let out = code
      for (const [name, ref] of refs) out = out.split(placeholder(name)).join(config.base + this.getFileName(ref))
      return { code: out, map: null }
    },
  }
}
