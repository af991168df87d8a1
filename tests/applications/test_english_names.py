"""An application's item and material names in English, from the catalogue (the desk and the
applicant's list show them when the app's language is English)."""

from __future__ import annotations

from api.applications import services
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.applications.conftest import uploads_for
from tests.applications.test_submission import RESTAURANT, submission
from tests.conftest import gid, make_settings

QUERY = "query($id: ID!) { application(id: $id) { name nameEn materials { material name nameEn } } }"


async def test_an_application_carries_the_english_names_of_its_item_and_materials(world, database, tmp_path):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    app = (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    settings = make_settings(tmp_path, database)
    me = Principal(PrincipalKind.USER, user_id=world.citizen.id, roles=frozenset({Role.CITIZEN}))
    context = Context(settings, CatalogCache(0), IdentityRuntime.for_base_url(settings.public_base_url), me)
    result = await build_schema(settings).execute(
        QUERY, variable_values={"id": gid("Application", app.id)}, context_value=context
    )
    assert not result.errors, result.errors
    data = result.data["application"]
    bundle = world.catalog.bundles_by_code[RESTAURANT]
    assert (data["name"], data["nameEn"]) == (bundle.name, "Opening a restaurant")
    english = {t.code: t.name_en for t in world.catalog.material_types.values()}
    assert data["materials"] and all(m["nameEn"] == english[m["material"]] for m in data["materials"])
    assert any(m["nameEn"] == "Business licence" for m in data["materials"])
