import type { Route } from '../router'
import { guideView } from './guide'
import { homeView } from './home'
import { missingView } from './misc'
import { searchView } from './search'
import { treeView } from './tree'
import type { ViewFn } from './view'

export const views: Record<Route['name'], ViewFn> = {
  home: homeView,
  guide: guideView,
  tree: treeView,
  search: searchView,
  missing: missingView,
}
