import { url as accountChunk } from 'virtual:lazy/account'
import { Html, html } from '../dom'
import { prefs } from '../prefs'
import { addAccountRoutes, navigate, type Route } from '../router'
import { guideView } from './guide'
import { homeView } from './home'
import { missingView } from './misc'
import { searchView } from './search'
import { treeView } from './tree'
import type { ViewFn } from './view'

// The account screens: sign-in, 我的, consents, access log, helpers' consent requests.
addAccountRoutes(/^\/(?:signin|signup|enroll|me|consents|access-log|helper\/consent|consent\/[^/]*)$/)

export const views: Record<Route['name'], ViewFn> = {
  home: homeView,
  guide: guideView,
  tree: treeView,
  search: searchView,
  missing: missingView,
  // Loaded on first use (plugins/lazy-chunk.ts); it gets what it shares with this bundle as arguments.
  account: (route) =>
    import(/* @vite-ignore */ accountChunk).then((m: typeof import('../account')) =>
      m.accountView(route, { html, raw: (markup) => new Html(markup), navigate, prefs }),
    ),
}
