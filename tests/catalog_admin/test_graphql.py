"""The editor's API: save into a draft, see its changes, publish, list revisions with their diff; the
guide follows the publication at once (the snapshot is keyed by revision and cleared on publish)."""

from __future__ import annotations

from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.catalog_admin.conftest import make_admin
from tests.conftest import make_settings

SAVE = """mutation($entry: JSON!) { saveCatalogueEntry(section: "materials", code: "photo", entry: $entry) {
  __typename ... on CatalogueDraft { baseRevision changes { code kind fields { path before after } } }
  ... on CatalogueAdminError { code } } }"""
PUBLISH = """mutation { publishCatalogue(note: "照片规格") { __typename
  ... on CataloguePublication { id revision publishedBy note }
  ... on CataloguePublishRefused { problems { where field messageEn } }
  ... on CatalogueAdminError { code messageEn } } }"""
GUIDE = '{ guide(code: "CL01") { ... on ServiceItem { materials { material { name nameEn } } } } }'


async def test_an_admin_edits_publishes_and_the_guide_follows_at_once(loaded, tmp_path, database):
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    cache = CatalogCache(check_interval=3600)  # only a publication's clear() makes it look again
    user = await make_admin("目录管理员")
    context = Context(
        settings, cache, identity, Principal(PrincipalKind.USER, user.id, frozenset({Role.CATALOG_ADMIN}))
    )

    async def run(query: str, **variables):
        result = await schema.execute(query, variable_values=variables, context_value=context)
        assert not result.errors and result.data is not None, result.errors
        return result.data

    names = lambda data: [m["material"]["name"] for m in data["guide"]["materials"]]  # noqa: E731
    assert "近期免冠彩色证件照片" in names(await run(GUIDE))
    listed = await run(
        '{ catalogueEntries(section: "materials", first: 200) { edges { node { code entry } } } }'
    )
    photo = next(
        e["node"]["entry"] for e in listed["catalogueEntries"]["edges"] if e["node"]["code"] == "photo"
    )
    photo.update(name="近期免冠照片", name_en="Recent passport-style photo")
    saved = (await run(SAVE, entry=photo))["saveCatalogueEntry"]
    assert saved["__typename"] == "CatalogueDraft" and saved["baseRevision"] == 1
    assert saved["changes"] == [
        {"code": "photo", "kind": "CHANGED", "fields": [
            {"path": "name", "before": "近期免冠彩色证件照片", "after": "近期免冠照片"},
            {"path": "name_en", "before": "Recent colour passport-style photo", "after": "Recent passport-style photo"},
        ]}
    ]  # fmt: skip
    assert "近期免冠彩色证件照片" in names(await run(GUIDE))  # a draft is not published

    published = (await run(PUBLISH))["publishCatalogue"]
    assert published["revision"] == 2 and published["publishedBy"] == "目录管理员"
    assert "近期免冠照片" in names(await run(GUIDE))

    revisions = await run("{ catalogueRevisions(first: 5) { edges { node { revision note publishedBy } } } }")
    assert [e["node"]["revision"] for e in revisions["catalogueRevisions"]["edges"]] == [2, 1]
    detail = await run(
        "query($id: ID!) { cataloguePublication(id: $id) { changes { section code fields { path } } } }",
        id=published["id"],
    )
    assert detail["cataloguePublication"]["changes"] == [
        {"section": "materials", "code": "photo", "fields": [{"path": "name"}, {"path": "name_en"}]}
    ]
    again = (await run(PUBLISH))["publishCatalogue"]
    assert again == {
        "__typename": "CatalogueAdminError",
        "code": "NO_CATALOGUE_DRAFT",
        "messageEn": "You have no draft",
    }
