declare module 'virtual:persisted-queries' {
  /** One persisted document: sha256 of its exact bytes and its variables in declared order. */
  export interface PersistedOp {
    name: string
    hash: string
    vars: string[]
  }
  export const ops: Record<'Guide' | 'LifeCycle' | 'Search' | 'Catalog', PersistedOp>
}
