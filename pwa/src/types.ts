/**
 * Names for the shapes of the persisted queries' results (api/graphql/documents/*.graphql), as the
 * views use them: thin aliases of the types graphql-codegen generates (src/generated/graphql.ts).
 */
import type * as G from './generated/graphql'

export type { Channel, CrossRegion, ItemKind, LifeNodeKind, MaterialForm, StepPlace, Subject, SuppliedBy } from './generated/graphql'

/** Anything with a Chinese name and an English one. */
export interface Named {
  name: string
  nameEn: string
}

export type ServiceItem = Extract<G.GuideQuery['guide'], { __typename: 'ServiceItem' }>
export type NotFound = Extract<G.GuideQuery['guide'], { __typename: 'NotFound' }>
/** What a bundle's page shows of each of its items (api/web/pwa.py BUNDLE_ITEM_FIELDS). */
export type BundleItem = Pick<G.ItemGuideFragment, 'code' | 'name' | 'nameEn' | 'department' | 'timeLimit' | 'visits' | 'output'>
export type Bundle = Omit<Extract<G.GuideQuery['guide'], { __typename: 'Bundle' }>, 'items'> & {
  /** Each item's whole guide; in the answer inlined into the page a QR code opens, only a line's worth. */
  items: (G.ItemGuideFragment | BundleItem)[]
}
export type Guide = ServiceItem | Bundle | NotFound
export interface GuideData {
  guide: Guide
}

export type ItemMaterial = ServiceItem['materials'][number]
export type BundleMaterial = Bundle['materials'][number]
export type Location = ServiceItem['location']
export type Savings = Bundle['savings']

type Leaf = G.LifeCycleQuery['lifeCycle'][number]['children'][number]['children'][number]['children'][number]
/** A node of the life-cycle tree: subject → stage → theme → event (with its items and bundles). */
export type LifeNode = G.NodeFragment & { children?: LifeNode[]; items?: Leaf['items']; bundles?: Leaf['bundles'] }

export type SearchResult = G.SearchQuery['search']
type Hit = SearchResult['hits'][number]
export type SearchItemHit = Extract<Hit, { __typename: 'ServiceItem' }>
export type SearchBundleHit = Extract<Hit, { __typename: 'Bundle' }>

/** 情形引导 and 点菜 (api/catalog/situations.py): a question, and an item or bundle for one situation. */
export type Question = G.QuestionFragment
export type Situation = Extract<G.SituationQuery['situation'], { __typename: 'Situation' }>
export type SituationResult = G.SituationQuery['situation']

export type CatalogItem = G.CatalogQuery['catalogItems']['edges'][number]['node']
export type CatalogBundle = G.CatalogQuery['bundles'][number]

/** Operation name → [variables, result data]. */
export interface Operations {
  Guide: [G.GuideQueryVariables, GuideData]
  LifeCycle: [G.LifeCycleQueryVariables, G.LifeCycleQuery]
  Search: [G.SearchQueryVariables, G.SearchQuery]
  Catalog: [G.CatalogQueryVariables, G.CatalogQuery]
  Situation: [G.SituationQueryVariables, G.SituationQuery]
}
export type OpName = keyof Operations
