import type { Html } from '../dom'
import type { Route } from '../router'

/** What a page renders into <main>. */
export interface View {
  title: string
  body: Html
  /** Some data came from a saved copy: show the offline banner. */
  fromCache?: boolean
  /** Wire up behaviour after the body is in the document. */
  mount?: (root: HTMLElement) => void
}

export type ViewFn = (route: Route) => Promise<View>
