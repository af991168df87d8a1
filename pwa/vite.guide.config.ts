/**
 * Second build (npm run build runs it after vite.config.ts): dist/guide.html, the shell the server
 * sends for /g/<CODE>, what a hall QR code opens. Same index.html, styles and inlining as the app,
 * but the entry is src/guide-main.ts, which leaves out the views a guide does not need (home, tree,
 * search, account) and fetches the English strings only when English is on, so the whole first
 * response (shell + the guide's data) fits TCP's first round trip, ~14 KB gzipped. A separate
 * build because an inlined entry must be one self-contained script: in one build the two entries
 * would share chunks.
 */
import { cp, mkdir, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import inlineAssets from './plugins/inline-assets.ts'
import lazyChunks from './plugins/lazy-chunk.ts'
import persistedQueries from './plugins/persisted-queries.ts'

const documents = fileURLToPath(new URL('../api/graphql/documents', import.meta.url))
const dist = fileURLToPath(new URL('./dist', import.meta.url))
const out = fileURLToPath(new URL('./node_modules/.ov-guide-build', import.meta.url))

const MANIFEST_LINK = '<link rel="manifest" href="/manifest.webmanifest">'

function guideShell(): Plugin {
  return {
    name: 'ov-guide-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const entry = '<script type="module" src="/src/main.ts"></script>'
        if (!html.includes(entry)) throw new Error(`index.html no longer has ${entry}`)
        return html
          .replace(entry, '<script type="module" src="/src/guide-main.ts"></script>')
          .replace('</head>', `${MANIFEST_LINK}</head>`) // as vite-plugin-pwa adds to index.html
      },
    },
    async closeBundle() {
      await mkdir(dist, { recursive: true })
      await cp(`${out}/index.html`, `${dist}/guide.html`)
      await cp(`${out}/assets`, `${dist}/assets`, { recursive: true }) // the English strings
      await rm(out, { recursive: true, force: true })
    },
  }
}

export default defineConfig({
  plugins: [
    persistedQueries({ dir: documents, only: ['Guide', 'Situation'] }), // the queries a guide page sends
    inlineAssets(),
    lazyChunks({ 'i18n-en': 'src/i18n-en.ts', 'situation-live': 'src/views/situation-live.ts' }),
    guideShell(),
  ],
  publicDir: false,
  build: {
    target: 'es2020',
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    outDir: out,
    emptyOutDir: true,
  },
})
