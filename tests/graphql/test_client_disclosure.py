"""What an API client sees of a citizen's data: ID numbers masked under applications:read and
licences:read, in full only with the citizen's explicit identity_numbers:read grant; licences:read
works and is logged (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest_asyncio

from api.applications.enums import ApplicationKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity import clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import AccessLog
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from api.uploads.policies import may_read_upload
from tests.applications.conftest import make_upload, make_user
from tests.conftest import edges_nodes, gid, make_settings
from tests.identity import ids
from tests.wallet.factories import business_licence

SCHEMA = {
    "fields": [
        {"code": "applicant_id_number", "type": "id_number"},
        {"code": "spouse_id_number", "type": "id_number"},
        {"code": "odd_id_number", "type": "id_number"},
        {"code": "note", "type": "textarea"},
        {"code": "applicant_name", "type": "text"},
    ]
}
APPLICATION = '{ application(id: "%s") { data } }'
LICENCES = '{ citizenLicences(citizenId: "%s") { edges { node { number fields { key value } } } } }'


@pytest_asyncio.fixture
async def world(database, demo_source, tmp_path):
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()

    async def execute(query: str, principal: Principal) -> dict:
        context = Context(settings, CatalogCache(0), identity, principal)
        result = await schema.execute(query, context_value=context)
        assert not result.errors, result.errors
        return result.data

    citizen = await make_user("申请人甲", [Role.CITIZEN])
    spouse, other = ids.resident_id(), ids.resident_id()
    application = await Application.create(
        kind=ApplicationKind.ITEM,
        catalog_code="B03",
        catalog_name="示例",
        catalog_revision="r1",
        form_schema=SCHEMA,
        data={
            "applicant_id_number": citizen.id_number,
            "spouse_id_number": spouse,
            "odd_id_number": "12345",
            "note": f"另一位共同申请人：{other}。",
            "applicant_name": "申请人甲",
        },
        applicant=citizen,
        status=S.SUBMITTED,
        tracking_number="330000202600000002",
    )
    upload = await make_upload(citizen)
    await ApplicationMaterial.create(
        application=application,
        material_code="id_card",
        name="身份证",
        required=True,
        deferrable=False,
        status=MaterialStatus.PROVIDED,
        upload=upload,
    )
    scopes = frozenset({Scope.APPLICATIONS_READ, Scope.LICENCES_READ, Scope.IDENTITY_NUMBERS_READ})
    client, _ = await clients.register_client("小程序", scopes, None)
    principal = Principal(PrincipalKind.CLIENT, client_id=client.id, scopes=scopes)
    return execute, citizen, application, upload, client, principal, (spouse, other)


def _masked(number: str) -> str:
    return number[:6] + "********" + number[14:]


async def test_a_client_sees_id_numbers_masked_unless_granted_identity_numbers(world):
    execute, citizen, application, upload, client, principal, (spouse, other) = world
    await clients.grant(citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))

    data = (await execute(APPLICATION % gid("Application", application.id), principal))["application"]["data"]
    assert data["applicant_id_number"] == _masked(citizen.id_number)
    assert data["spouse_id_number"] == _masked(spouse)  # third parties too
    assert data["odd_id_number"] == "*****"  # declared an ID number: masked whatever it holds
    assert data["note"] == f"另一位共同申请人：{_masked(other)}。"  # ID-shaped text anywhere
    assert data["applicant_name"] == "申请人甲"
    assert not await may_read_upload(principal, upload)  # an ID card photo cannot be masked

    # the citizen grants full ID numbers explicitly
    await clients.grant(
        citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ, Scope.IDENTITY_NUMBERS_READ})
    )
    data = (await execute(APPLICATION % gid("Application", application.id), principal))["application"]["data"]
    assert data["applicant_id_number"] == citizen.id_number and data["spouse_id_number"] == spouse
    assert await may_read_upload(principal, upload)

    # a client whose token lacks the scope does not get it from the grant alone
    narrow = Principal(PrincipalKind.CLIENT, client_id=client.id, scopes=frozenset({Scope.APPLICATIONS_READ}))
    data = (await execute(APPLICATION % gid("Application", application.id), narrow))["application"]["data"]
    assert data["spouse_id_number"] == _masked(spouse)


async def test_people_are_not_masked(world):
    execute, citizen, application, _upload, _client, _principal, (spouse, _other) = world
    me = Principal(PrincipalKind.USER, user_id=citizen.id, roles=frozenset({Role.CITIZEN}))
    assert (await execute(APPLICATION % gid("Application", application.id), me))["application"]["data"][
        "spouse_id_number"
    ] == spouse
    helper = await make_user("帮办丙", [Role.HELPER])
    asked = await consents.request_consent(helper, ConsentScope.ITEM, "B03", 2)
    await consents.answer_consent(citizen, asked.code, True)
    as_helper = Principal(PrincipalKind.USER, user_id=helper.id, roles=frozenset({Role.HELPER}))
    data = (await execute(APPLICATION % gid("Application", application.id), as_helper))["application"]["data"]
    assert data["spouse_id_number"] == spouse  # the helper files and corrects the form for the citizen


async def test_licences_read_lists_the_citizens_licences_masked_and_logged(world):
    execute, citizen, _application, _upload, client, principal, _ = world
    await business_licence(citizen)
    await clients.grant(citizen, client.client_id, frozenset({Scope.LICENCES_READ}))

    nodes = edges_nodes((await execute(LICENCES % gid("User", citizen.id), principal))["citizenLicences"])
    assert len(nodes) == 1
    fields = {f["key"]: f["value"] for f in nodes[0]["fields"]}
    assert fields["id_number"] == "610116********1234" and fields["credit_code"] == "92610116MA6TX2XX05"
    logged = await AccessLog.filter(subject_id=citizen.id, client_id=client.id, what="licences").count()
    assert logged == 1

    await clients.grant(
        citizen, client.client_id, frozenset({Scope.LICENCES_READ, Scope.IDENTITY_NUMBERS_READ})
    )
    nodes = edges_nodes((await execute(LICENCES % gid("User", citizen.id), principal))["citizenLicences"])
    assert {f["key"]: f["value"] for f in nodes[0]["fields"]}["id_number"] == "610116199001011234"
    assert await AccessLog.filter(subject_id=citizen.id, client_id=client.id, what="licences").count() == 2
