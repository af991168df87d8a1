/**
 * Every list of the API is a Relay connection ({edges {node cursor} pageInfo {hasNextPage endCursor}});
 * the screens page through it as nodes plus the cursor of the next page (null: no more).
 */
export interface Connection<T> {
  edges: { node: T }[]
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
}

export interface Page<T> {
  nodes: T[]
  nextCursor: string | null
}

export function page<T>(connection: Connection<T>): Page<T> {
  return {
    nodes: connection.edges.map((edge) => edge.node),
    nextCursor: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
  }
}

/** The nodes of a connection (a screen that shows one page only). */
export function nodes<T>(connection: Pick<Connection<T>, 'edges'>): T[] {
  return connection.edges.map((edge) => edge.node)
}

/** The nodes of one page of a list that also says how many items match in all. */
export function counted<T>(connection: Pick<Connection<T>, 'edges'> & { totalCount: number }): { totalCount: number; nodes: T[] } {
  return { totalCount: connection.totalCount, nodes: nodes(connection) }
}
