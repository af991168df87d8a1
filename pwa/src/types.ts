/** Shapes of the persisted queries' results (api/graphql/documents/*.graphql). */

export type Subject = 'NATURAL_PERSON' | 'LEGAL_PERSON'
export type Channel = 'ONLINE' | 'WINDOW' | 'SELF_SERVICE' | 'LOCKER' | 'MAIL'
export type CrossRegion = 'DISTRICT' | 'CITY' | 'PROVINCE'
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY' | 'ELECTRONIC'
export type SuppliedBy = 'NONE' | 'E_LICENCE' | 'SHARED_DATA'
export type StepPlace = 'ONLINE' | 'WINDOW' | 'EITHER' | 'ONSITE'
export type ItemKind =
  | 'ADMINISTRATIVE_LICENSING'
  | 'ADMINISTRATIVE_CONFIRMATION'
  | 'ADMINISTRATIVE_REGISTRATION'
  | 'PUBLIC_SERVICE'
  | 'OTHER'
export type LifeNodeKind = 'SUBJECT' | 'STAGE' | 'THEME' | 'EVENT'

/** Anything with a Chinese name and an English one. */
export interface Named {
  name: string
  nameEn: string
}
export interface Department extends Named {
  code: string
}
export interface Hall extends Named {
  code: string
  address: string
  hours: string
  weekendHours: string | null
  phone: string
}
export interface Location {
  window: string
  hall: Hall
}
export interface MaterialType extends Named {
  code: string
  suppliedBy: SuppliedBy
}
export interface ItemMaterial {
  material: MaterialType
  form: MaterialForm
  copies: number
  required: boolean
  deferrable: boolean
  note: string | null
  waived: boolean
}
export interface Step {
  position: number
  title: string
  description: string
  place: StepPlace
}
export interface TimeLimit {
  statutoryDays: number
  promisedDays: number
}
export interface Fee {
  free: boolean
  amount: string | null
  description: string | null
}
export interface ServiceItem extends Named {
  __typename: 'ServiceItem'
  code: string
  kind: ItemKind
  subject: Subject
  summary: string
  eligibility: string
  conditions: string[]
  legalBasis: string[]
  department: Department
  materials: ItemMaterial[]
  steps: Step[]
  timeLimit: TimeLimit
  fee: Fee
  channels: Channel[]
  visits: number
  location: Location
  crossRegion: CrossRegion[]
  weekendService: boolean
  delegable: boolean
  output: (Named & { code: string }) | null
  guideUrl: string
  qrSvgUrl: string
}
export interface BundleMaterial {
  material: MaterialType
  form: MaterialForm
  copies: number
  required: boolean
  deferrable: boolean
  waived: boolean
  producedInBundle: boolean
  usedBy: string[]
}
export interface Savings {
  materialsBefore: number
  materialsAfter: number
  windowsBefore: number
  windowsAfter: number
  daysBefore: number
  daysAfter: number
  visitsBefore: number
  visitsAfter: number
}
export interface Bundle extends Named {
  __typename: 'Bundle'
  code: string
  subject: Subject
  summary: string
  guideUrl: string
  qrSvgUrl: string
  timeLimit: TimeLimit
  location: Location
  savings: Savings
  departments: Department[]
  materials: BundleMaterial[]
  /** Each item's whole guide; in the answer inlined into the page a QR code opens, only a line's worth. */
  items: (ServiceItem | BundleItem)[]
}
/** What a bundle's page shows of each of its items (api/web/pwa.py BUNDLE_ITEM_FIELDS). */
export type BundleItem = Pick<ServiceItem, 'code' | 'name' | 'nameEn' | 'department' | 'timeLimit' | 'visits' | 'output'>
export interface NotFound {
  __typename: 'NotFound'
  code: string
  message: string
  messageEn: string
  lookedUp: string
}
export type Guide = ServiceItem | Bundle | NotFound

export interface GuideData {
  guide: Guide
}

export interface LifeNode extends Named {
  code: string
  kind: LifeNodeKind
  children?: LifeNode[]
  items?: { code: string; name: string; nameEn: string; department: Named }[]
  bundles?: { code: string; name: string; nameEn: string }[]
}
export interface LifeCycleData {
  lifeCycle: LifeNode[]
}

export interface SearchItemHit extends Named {
  __typename: 'ServiceItem'
  code: string
  summary: string
  department: Named
  timeLimit: { promisedDays: number }
}
export interface SearchBundleHit extends Named {
  __typename: 'Bundle'
  code: string
  summary: string
  savings: { daysBefore: number; daysAfter: number }
}
export interface SearchData {
  search: { text: string; totalCount: number; hits: (SearchItemHit | SearchBundleHit)[] }
}

export interface CatalogItem extends Named {
  code: string
  subject: Subject
  department: Department
  timeLimit: { promisedDays: number }
  visits: number
}
export interface CatalogBundle extends Named {
  code: string
  subject: Subject
  summary: string
  savings: { materialsBefore: number; materialsAfter: number; daysBefore: number; daysAfter: number }
}
export interface CatalogData {
  catalogItems: { totalCount: number; nextCursor: string | null; nodes: CatalogItem[] }
  bundles: CatalogBundle[]
  departments: Department[]
}

/** Operation name → [variables, result data]. */
export interface Operations {
  Guide: [{ code: string }, GuideData]
  LifeCycle: [{ subject?: Subject | null }, LifeCycleData]
  Search: [{ text: string; first?: number | null }, SearchData]
  Catalog: [
    { first?: number | null; after?: string | null; department?: string | null; subject?: Subject | null },
    CatalogData,
  ]
}
export type OpName = keyof Operations
