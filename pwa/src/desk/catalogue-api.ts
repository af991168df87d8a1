/**
 * The desk's GraphQL for catalogue administration (目录管理): my scope and draft, a section's entries,
 * saving an entry into my draft, publishing, revisions with their diffs, the whole document (download)
 * and its import (upload). Domain refusals are thrown as DeskError (./api.ts); a refused publication
 * as PublishRefused, with every problem.
 */
import type * as G from '../generated/graphql'
import { gql } from '../shared/session'
import { DeskError, unwrap } from './api'

export type Entry = Record<string, unknown>
export type Change = G.DeskCatalogueChangeFragment
export type Problem = Extract<G.DeskCataloguePublishedFragment, { __typename: 'CataloguePublishRefused' }>['problems'][number]
export type Admin = G.DeskCatalogueAdminQuery['catalogueAdmin']
export type Revision = G.DeskCatalogueRevisionsQuery['catalogueRevisions']['edges'][number]['node']

const CHANGE = /* GraphQL */ `fragment DeskCatalogueChange on CatalogueEntryChange { section code name kind fields { path before after } }`
const DRAFT = /* GraphQL */ `
  fragment DeskCatalogueDraft on CatalogueDraftResult {
    __typename ... on CatalogueDraft { baseRevision updatedAt changes { ...DeskCatalogueChange } }
    ... on CatalogueAdminError { code message messageEn }
  }
  ${CHANGE}
`
const PUBLISHED = /* GraphQL */ `
  fragment DeskCataloguePublished on CataloguePublishResult {
    __typename ... on CataloguePublication { id revision publishedBy publishedAt note }
    ... on CataloguePublishRefused { code message messageEn problems { where field message messageEn } }
    ... on CatalogueAdminError { code message messageEn }
  }
`

/** Publishing refused: the problems name the entry and the field. */
export class PublishRefused extends DeskError {
  constructor(
    code: string,
    message: string,
    messageEn: string,
    readonly problems: Problem[],
  ) {
    super(code, message, messageEn)
  }
}

export async function fetchAdmin(): Promise<Admin> {
  const q = /* GraphQL */ `
    query DeskCatalogueAdmin {
      catalogueAdmin { scope scopeDepartment scopeHall revision draft { baseRevision updatedAt changes { ...DeskCatalogueChange } } }
    }
    ${CHANGE}
  `
  return (await gql<G.DeskCatalogueAdminQuery>(q)).catalogueAdmin
}

export interface Listed {
  code: string
  name: string
  editable: boolean
  entry: Entry
}

export async function fetchEntries(section: string): Promise<Listed[]> {
  const q = /* GraphQL */ `
    query DeskCatalogueEntries($section: String!, $after: String) {
      catalogueEntries(section: $section, first: 200, after: $after) { edges { node { code name editable entry } } pageInfo { hasNextPage endCursor } }
    }
  `
  const found: Listed[] = []
  let after: string | null = null
  for (;;) {
    const page: G.DeskCatalogueEntriesQuery = await gql<G.DeskCatalogueEntriesQuery, G.DeskCatalogueEntriesQueryVariables>(q, { section, after })
    found.push(...page.catalogueEntries.edges.map((e) => ({ ...e.node, entry: e.node.entry as Entry })))
    if (!page.catalogueEntries.pageInfo.hasNextPage) return found
    after = page.catalogueEntries.pageInfo.endCursor ?? null
  }
}

export async function saveEntry(section: string, code: string | null, entry: Entry, parent: string | null = null) {
  const m = /* GraphQL */ `
    mutation DeskSaveCatalogueEntry($section: String!, $code: String, $entry: JSON!, $parent: String) {
      saveCatalogueEntry(section: $section, code: $code, entry: $entry, parent: $parent) { ...DeskCatalogueDraft }
    }
    ${DRAFT}
  `
  return unwrap((await gql<G.DeskSaveCatalogueEntryMutation, G.DeskSaveCatalogueEntryMutationVariables>(m, { section, code, entry, parent })).saveCatalogueEntry, 'CatalogueDraft')
}

export async function removeEntry(section: string, code: string) {
  const m = /* GraphQL */ `
    mutation DeskRemoveCatalogueEntry($section: String!, $code: String!) { removeCatalogueEntry(section: $section, code: $code) { ...DeskCatalogueDraft } }
    ${DRAFT}
  `
  return unwrap((await gql<G.DeskRemoveCatalogueEntryMutation, G.DeskRemoveCatalogueEntryMutationVariables>(m, { section, code })).removeCatalogueEntry, 'CatalogueDraft')
}

export async function discardDraft(): Promise<void> {
  const m = /* GraphQL */ `
    mutation DeskDiscardCatalogueDraft { discardCatalogueDraft { __typename ... on CatalogueAdminError { code message messageEn } } }
  `
  unwrap((await gql<G.DeskDiscardCatalogueDraftMutation>(m)).discardCatalogueDraft, 'CatalogueDraftDiscarded')
}

type PublishResult = G.DeskCataloguePublishedFragment

function published(result: PublishResult) {
  if (result.__typename === 'CataloguePublishRefused') throw new PublishRefused(result.code, result.message, result.messageEn, result.problems)
  return unwrap(result, 'CataloguePublication')
}

export async function publish(note: string) {
  const m = /* GraphQL */ `
    mutation DeskPublishCatalogue($note: String!) { publishCatalogue(note: $note) { ...DeskCataloguePublished } }
    ${PUBLISHED}
  `
  return published((await gql<G.DeskPublishCatalogueMutation, G.DeskPublishCatalogueMutationVariables>(m, { note })).publishCatalogue)
}

export async function importDocument(document: unknown, baseRevision: number, note: string) {
  const m = /* GraphQL */ `
    mutation DeskImportCatalogue($document: JSON!, $baseRevision: Int!, $note: String!) {
      importCatalogue(document: $document, baseRevision: $baseRevision, note: $note) { ...DeskCataloguePublished }
    }
    ${PUBLISHED}
  `
  return published((await gql<G.DeskImportCatalogueMutation, G.DeskImportCatalogueMutationVariables>(m, { document, baseRevision, note })).importCatalogue)
}

export async function fetchRevisions(): Promise<Revision[]> {
  const q = /* GraphQL */ `
    query DeskCatalogueRevisions { catalogueRevisions(first: 20) { edges { node { id revision baseRevision publishedBy publishedAt note } } } }
  `
  return (await gql<G.DeskCatalogueRevisionsQuery>(q)).catalogueRevisions.edges.map((e) => e.node)
}

export async function fetchRevisionChanges(id: string): Promise<Change[]> {
  const q = /* GraphQL */ `
    query DeskCataloguePublication($id: ID!) { cataloguePublication(id: $id) { changes { ...DeskCatalogueChange } } }
    ${CHANGE}
  `
  return (await gql<G.DeskCataloguePublicationQuery, G.DeskCataloguePublicationQueryVariables>(q, { id })).cataloguePublication?.changes ?? []
}

export async function fetchDocument(revision: number): Promise<unknown> {
  const q = /* GraphQL */ `query DeskCatalogueDocument($revision: Int) { catalogueDocument(revision: $revision) }`
  return (await gql<G.DeskCatalogueDocumentQuery, G.DeskCatalogueDocumentQueryVariables>(q, { revision })).catalogueDocument
}
