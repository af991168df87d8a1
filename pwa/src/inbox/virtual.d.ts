declare module 'virtual:lazy/inbox' {
  /** Path of the lazily loaded inbox chunk (plugins/lazy-chunk.ts, vite.config.ts). */
  export const url: string
}
