/**
 * Unit tests of the pure PWA modules (`npm run test:unit`): test/*.test.ts, in happy-dom (window,
 * localStorage, CustomEvent) with fake-indexeddb where a module keeps data in IndexedDB. The
 * browser tests of whole screens are tests/e2e (Chromium, against the real server).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    restoreMocks: true,
    unstubGlobals: true,
  },
})
