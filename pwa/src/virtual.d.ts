declare module 'virtual:persisted-queries' {
  /** One persisted document: sha256 of its exact bytes and its variables in declared order. */
  export interface PersistedOp {
    name: string
    hash: string
    vars: string[]
  }
  export const ops: Record<'Guide' | 'LifeCycle' | 'Search' | 'Catalog' | 'Situation', PersistedOp>
}

declare module 'virtual:lazy/account' {
  /** Path of the lazily loaded account chunk (plugins/lazy-chunk.ts). */
  export const url: string
}

declare module 'virtual:lazy/i18n-en' {
  /** Path of the English strings chunk that guide.html fetches (vite.guide.config.ts). */
  export const url: string
}

declare module 'virtual:lazy/wallet' {
  /** Path of the lazily loaded wallet and verifier chunk (plugins/lazy-chunk.ts). */
  export const url: string
}

declare module 'virtual:lazy/scanner' {
  /** Path of the QR scanner chunk the verifier loads on the first scan. */
  export const url: string
}

declare module 'virtual:lazy/apply' {
  /** Path of the lazily loaded application screens chunk (src/apply/hook.ts). */
  export const url: string
}

declare module 'virtual:lazy/desk' {
  /** Path of the lazily loaded staff desk chunk (src/desk/hook.ts). */
  export const url: string
}
declare module 'virtual:lazy/situation-live' {
  /** URL of the guide's live situation section (情形引导, src/views/situation-live.ts), loaded on first use */
  export const url: string
}
