import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import persistedQueries from './plugins/persisted-queries.ts'
import inlineAssets from './plugins/inline-assets.ts'
import lazyChunks from './plugins/lazy-chunk.ts'

const documents = fileURLToPath(new URL('../api/graphql/documents', import.meta.url))
// The backend (python -m api serve) for `npm run dev`; override with OV_API=http://host:port
const api = process.env.OV_API ?? 'http://127.0.0.1:8000'

export default defineConfig({
  plugins: [
    persistedQueries({ dir: documents, required: ['Guide', 'LifeCycle', 'Search', 'Catalog', 'Situation'] }),
    inlineAssets(),
    lazyChunks({ account: 'src/account/index.ts', wallet: 'src/wallet/index.ts', scanner: 'src/wallet/scan.ts', apply: 'src/apply/index.ts', inbox: 'src/inbox/index.ts', desk: 'src/desk/index.ts', visit: 'src/visit/index.ts', 'situation-live': 'src/views/situation-live.ts' }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false, // registered by src/sw-register.ts
      manifestFilename: 'manifest.webmanifest',
      // manifest + its icons are added by the plugin; the iOS icon is not in the manifest
      includeAssets: ['icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: '一次办 OneVisit',
        short_name: '一次办',
        description: '政务服务办事指南：扫码查看事项与“一件事”的材料、流程、时限和地点。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0a4fa3',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // wasm: the QR scanner's ZXing build (src/wallet/scan.ts), so /verify scans offline too
        globPatterns: ['**/*.{html,js,css,wasm}'],
      },
      devOptions: { enabled: false, type: 'module' },
    }),
  ],
  build: {
    target: 'es2020',
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/q/': api,
      '/halls/': api,
      '/wallet/jwks.json': api,
      '/wallet/status-list': api,
    },
  },
})
