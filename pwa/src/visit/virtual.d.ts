declare module 'virtual:lazy/visit' {
  /** Path of the lazily loaded visit chunk: appointments, 办不成事, my cases (src/visit/hook.ts). */
  export const url: string
}
