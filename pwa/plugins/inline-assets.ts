/**
 * Vite plugin: inline the built stylesheet (and, optionally, the entry script)
 * into index.html.
 *
 * A guide opened from a hall QR code is one request: the HTML (with the data
 * the server injects) carries everything needed for the first render, so the
 * largest paint does not wait for a second round trip on a mobile network.
 * Both are kept small on purpose; the inlined files are dropped from the output.
 */
import type { Plugin } from 'vite'

/**
 * Code that only runs as a module. A dynamic import() is fine in a classic script unless its
 * specifier is relative (it would resolve against the page, not the script): lazy chunks are
 * imported by absolute path (plugins/lazy-chunk.ts).
 */
const MODULE_SYNTAX = /\bimport\s*\(\s*[`'"]\.|\bimport\.meta\b|^\s*(?:import|export)\b|[;}]\s*(?:import|export)\s*[{*\w]/m

export interface InlineOptions {
  /** Also inline the entry module script (default true). */
  js?: boolean
  /** Don't inline files larger than this many bytes (default 64 KiB). */
  maxBytes?: number
}

export default function inlineAssets(options: InlineOptions = {}): Plugin {
  const { js = true, maxBytes = 64 * 1024 } = options
  return {
    name: 'ov-inline-assets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return html
        const classic: string[] = []
        const take = (file: string): string | null => {
          const out = bundle[file]
          const text = !out ? null : out.type === 'asset' ? String(out.source) : out.code
          if (text == null || text.length > maxBytes) return null
          if (out.type === 'chunk' && (out.dynamicImports.length || out.imports.length)) return null
          delete bundle[file]
          return text
        }
        html = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const css = take(file)
          if (css == null) return tag
          return `<style>${css.replace(/\/\*\$vite\$:\d+\*\/\s*$/, '').trim().replace(/<\/style/gi, '<\\/style')}</style>`
        })
        if (js) {
          html = html.replace(/\s*<script type="module" crossorigin src="\/([^"]+\.js)"><\/script>/g, (tag, file: string) => {
            const code = take(file)
            if (code == null) return tag
            const safe = code.trim().replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--')
            if (MODULE_SYNTAX.test(safe)) return `<script type="module">${safe}</script>`
            // A self-contained bundle runs as a classic script at the end of <body>: it renders
            // <main> before the first paint instead of after it (module scripts are deferred).
            classic.push(`<script>(function(){"use strict";${safe}\n})()</script>`)
            return ''
          })
          if (classic.length) html = html.replace('</body>', `${classic.join('')}\n</body>`)
        }
        return html
      },
    },
  }
}
