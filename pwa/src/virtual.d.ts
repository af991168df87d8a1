declare module 'virtual:persisted-queries' {
  /** One persisted document: sha256 of its exact bytes and its variables in declared order. */
  export interface PersistedOp {
    name: string
    hash: string
    vars: string[]
  }
  export const ops: Record<'Guide' | 'LifeCycle' | 'Search' | 'Catalog', PersistedOp>
}

declare module 'virtual:lazy/account' {
  /** Path of the lazily loaded account chunk (plugins/lazy-chunk.ts). */
  export const url: string
}

declare module 'virtual:lazy/i18n-en' {
  /** Path of the English strings chunk that guide.html fetches (vite.guide.config.ts). */
  export const url: string
}
