"""docs/integrators.md cannot drift from the code: its table of error codes is the one the
code generates, and its table of page sizes names every connection of the schema."""

from __future__ import annotations

import re

from graphql import GraphQLUnionType, get_named_type

from api.graphql.error_codes import error_code_table
from api.schema import schema
from api.settings import ROOT

DOC = (ROOT / "docs" / "integrators.md").read_text(encoding="utf-8")


def test_the_error_code_table_is_generated_from_the_code():
    embedded = DOC.split("<!-- error-codes:begin -->\n", 1)[1].split("\n<!-- error-codes:end -->", 1)[0]
    assert embedded == error_code_table(), "run `python -m api.graphql.error_codes` and paste the table"


def test_every_connection_has_its_page_size_documented():
    query = schema._schema.query_type
    assert query is not None
    connections = set()
    for name, field in query.fields.items():
        named = get_named_type(field.type)
        members = named.types if isinstance(named, GraphQLUnionType) else [named]
        if any(member.name.endswith("Connection") for member in members):
            connections.add(name)
    documented = set(re.findall(r"^\| `(\w+)` \|", DOC, re.MULTILINE))
    assert connections and connections <= documented, connections - documented
