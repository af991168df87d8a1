import { url as accountChunk } from 'virtual:lazy/account'
import { url as walletChunk } from 'virtual:lazy/wallet'
import { applyView, isApplyPath } from '../apply/hook'
import { deskView, isDeskPath } from '../desk/hook'
import { inboxView, isInboxPath } from '../inbox/hook'
import { isVisitPath, visitView, withVisitLinks } from '../visit/hook'
import type * as AccountChunk from '../account'
import { chunkKit } from '../chunk-kit'
import type * as WalletChunk from '../wallet'
import { addAccountRoutes, type Route } from '../router'
import { guideView } from './guide'
import { homeView } from './home'
import { missingView } from './misc'
import { searchView } from './search'
import { treeView } from './tree'
import type { ViewFn } from './view'

// The account screens: sign-in, 我的, consents, access log, helpers' consent requests.
addAccountRoutes(/^\/(?:signin|signup|enroll|me|consents|access-log|helper(?:\/consent)?|help|consent\/[^/]*|oauth\/authorize)$/)
// The licence wallet and the verifier: their own chunk (src/wallet/), with its camera scanner.
const WALLET_PATH = /^\/(?:wallet|verify)$/
addAccountRoutes(WALLET_PATH)

export const views: Record<Route['name'], ViewFn> = {
  home: homeView,
  guide: (route) => guideView(route).then((view) => withVisitLinks(route, view)), // + 预约办理, 办不成事 (src/visit/hook.ts)
  tree: treeView,
  search: searchView,
  missing: missingView,
  // Loaded on first use (plugins/lazy-chunk.ts); it gets what it shares with this bundle as arguments.
  account: (route) =>
    route.name === 'account' && isDeskPath(route.path)
      ? deskView(route) // the staff desk: its own chunk (src/desk/), routes in src/desk/hook.ts
      : route.name === 'account' && isInboxPath(route.path)
      ? inboxView(route) // messages and notification settings: their own chunk (src/inbox/), badge in src/inbox/hook.ts
      : route.name === 'account' && isVisitPath(route.path)
      ? visitView(route) // appointments, 办不成事, my cases: their own chunk (src/visit/), routes in src/visit/hook.ts
      : route.name === 'account' && isApplyPath(route.path)
      ? applyView(route) // applications: their own chunk (src/apply/), routes in src/apply/hook.ts
      : route.name === 'account' && WALLET_PATH.test(route.path)
      ? import(/* @vite-ignore */ walletChunk).then((m: typeof WalletChunk) =>
          m.walletView(route, chunkKit),
        )
      : import(/* @vite-ignore */ accountChunk).then((m: typeof AccountChunk) =>
          m.accountView(route, chunkKit),
        ),
}
