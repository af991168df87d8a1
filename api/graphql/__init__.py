"""Composition of the GraphQL API: schema, context, persisted queries, limits and error masking."""
