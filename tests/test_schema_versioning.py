"""No silent breaking change: the schema as the code builds it is compared with the last released one
(docs/schema/released.graphql) by graphql-core's ``find_breaking_changes``; every breaking change must
be named, as `Coordinate`, in the changelog's sections above that release (docs/schema-changelog.md
says how to add one, and how to release)."""

from __future__ import annotations

import re

from graphql import GraphQLSchema, build_schema, find_breaking_changes

from api.schema import schema
from api.settings import ROOT

RELEASED = ROOT / "docs" / "schema" / "released.graphql"
CHANGELOG = ROOT / "docs" / "schema-changelog.md"
_NAME = re.compile(r"[A-Za-z_]\w*(?:\.\w+)?(?:\(\w+:\))?")


def released_version() -> str:
    first = RELEASED.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# released: (v\d+)", first)
    assert match, "docs/schema/released.graphql starts with `# released: vN`"
    return match.group(1)


def unreleased_notes() -> str:
    """The changelog above the released version's own section: what changed since that release."""
    text = CHANGELOG.read_text(encoding="utf-8")
    heading = re.search(rf"^## {released_version()}\b", text, re.MULTILINE)
    assert heading, f"the changelog has a `## {released_version()}` section"
    return text[: heading.start()]


def coordinate(description: str, *schemas: GraphQLSchema) -> str:
    """The schema coordinate a breaking change is about: the first name in its description that is a
    type of either schema (``Query.myInbox``, ``Query.myInbox(after:)``, ``InboxPage``)."""
    for found in _NAME.findall(description):
        if any(found.split(".")[0] in s.type_map for s in schemas):
            return found
    raise AssertionError(f"no coordinate in {description!r}")


def breaking_changes() -> list[tuple[str, str]]:
    old = build_schema(RELEASED.read_text(encoding="utf-8"))
    new = build_schema(schema.as_str())
    return [(coordinate(c.description, old, new), c.description) for c in find_breaking_changes(old, new)]


def test_every_breaking_change_since_the_release_is_in_the_changelog():
    notes = unreleased_notes()
    missing = [f"`{name}`: {text}" for name, text in breaking_changes() if f"`{name}`" not in notes]
    assert not missing, (
        "breaking schema changes the changelog does not name (add them to docs/schema-changelog.md, "
        "or keep the old field with @deprecated):\n" + "\n".join(missing)
    )


def test_the_coordinates_are_read_from_graphql_cores_descriptions():
    old = build_schema("type Query { a: Int, b(x: Float): Int, f: Float, p: P } type P { n: Int }")
    new = build_schema("type Query { b(x: String): Int, f: Float, p: Int }")
    found = sorted(coordinate(c.description, old, new) for c in find_breaking_changes(old, new))
    assert found == ["P", "Query.a", "Query.b(x:)", "Query.p"]
