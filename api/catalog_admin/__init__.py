"""Catalogue administration: drafts of the catalogue document, checks, numbered publications and
their diffs, import and export (docs/catalogue-admin.md)."""
