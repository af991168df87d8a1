"""The GraphQL kernel every domain imports: context, typed errors and their codes, permissions, ids,
query cost, persisted documents. The composition of the domains is ``api/schema.py``."""
