"""Application forms (申请表): the schema of an item or a bundle, and the server's checks of what an
applicant typed. Pure: no I/O, no GraphQL.

- A bundle (一件事) asks one merged form: its items' fields in bundle order, each field once (same
  code = same question), required when any item requires it. A field whose value an earlier item of
  the bundle issues (the credit code printed on the business licence the bundle's first item grants)
  cannot be known when applying: it stays in the form, optional, marked ``produced_by`` that item.
- ``validate`` is the authority (the phone's checks are a convenience): types, identity numbers with
  their check characters, choices, lengths, ranges, patterns; a field the form does not have is
  refused. ``clean`` returns the normalised values (trimmed text, upper-case ID numbers …).
- The schema is frozen onto drafts and applications as JSON (``to_json``/``from_json``), so a later
  catalogue change neither breaks nor silently changes them.

The schema lives in ``form_schema``, the checks in ``form_checks``; this module finds the form of a
catalogue entry and is the one the rest of the service imports.
"""

from __future__ import annotations

from api.catalog.entities import Bundle, Catalog
from api.catalog.errors import CatalogError
from api.catalog.form_checks import FieldProblem, InvalidForm, Problem, clean, prefill, validate
from api.catalog.form_schema import (
    FormFieldSpec,
    FormPart,
    FormSchema,
    FormSchemaError,
    build_schema,
    rules_from_json,
    rules_to_json,
)
from api.failures import Failure

__all__ = [
    "FieldProblem",
    "FormFieldSpec",
    "FormPart",
    "FormSchema",
    "FormSchemaError",
    "InvalidForm",
    "Problem",
    "UnknownForm",
    "build_schema",
    "clean",
    "form_for",
    "prefill",
    "rules_from_json",
    "rules_to_json",
    "validate",
]


class UnknownForm(Failure):
    def __init__(self, code: str):
        super().__init__(CatalogError.NOT_FOUND, code=code)
        self.looked_up = code


def form_for(catalog: Catalog, code: str) -> FormSchema:
    """The form of the item or bundle ``code`` (case-insensitive) at the catalogue's revision."""
    entry = catalog.entry(code)
    if entry is None:
        raise UnknownForm(code)
    if isinstance(entry, Bundle):
        return build_schema(entry.code, catalog.revision, [FormPart.of(i) for i in entry.items])
    return build_schema(entry.code, catalog.revision, [FormPart(entry.code, entry.fields)])
