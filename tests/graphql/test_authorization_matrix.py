"""The authorization matrix: every query and mutation of the schema, called by every kind of principal.

The rows come from the schema: a field added without a policy, or without a row here saying who may
call it, fails ``test_every_field_has_one_policy_and_a_row``. Each call must be allowed exactly for
the principals of its row and refused (UNAUTHENTICATED / FORBIDDEN) for everyone else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from strawberry.utils.str_converters import to_camel_case
from webauthn.helpers import bytes_to_base64url

from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.graphql.permissions import rule_of
from api.graphql.schema import Mutation, Query, build_schema
from api.identity import clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import AccessLog, ApiClient, ClientGrant, Consent, User
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from tests.conftest import make_settings
from tests.identity import ids

EVERYONE = frozenset(
    {
        "anonymous",
        "citizen_a",
        "citizen_b",
        "helper_with_consent",
        "helper_without_consent",
        "reviewer_x",
        "reviewer_y",
        "supervisor",
        "window_clerk",
        "admin",
        "client_with_grant",
        "client_without_grant",
    }
)
CLIENTS = frozenset({"client_with_grant", "client_without_grant"})
PEOPLE = EVERYONE - CLIENTS - {"anonymous"}
CITIZENS = frozenset({"citizen_a", "citizen_b"})
HELPERS = frozenset({"helper_with_consent", "helper_without_consent"})
ADMIN = frozenset({"admin"})


@dataclass
class World:
    principals: dict[str, Principal] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)


# field → (operation, who may call it). "{citizen_a}" and the like are filled in from the world.
QUERIES: dict[str, list[tuple[str, frozenset[str]]]] = {
    "guide": [('{ guide(code: "B03") { __typename } }', EVERYONE)],
    "catalogItems": [("{ catalogItems(first: 2) { totalCount } }", EVERYONE)],
    "bundles": [("{ bundles { code } }", EVERYONE)],
    "departments": [("{ departments { code } }", EVERYONE)],
    "halls": [("{ halls { code } }", EVERYONE)],
    "lifeCycle": [("{ lifeCycle { code } }", EVERYONE)],
    "search": [('{ search(text: "开餐馆") { __typename } }', EVERYONE)],
    "me": [("{ me { id name } }", PEOPLE)],
    "myConsents": [("{ myConsents { id status } }", PEOPLE)],
    "myAccessLog": [("{ myAccessLog { what } }", PEOPLE)],
    "myClientGrants": [("{ myClientGrants { id } }", CITIZENS)],
    "consentRequest": [('{ consentRequest(code: "{pending_code}") { scopeRef } }', CITIZENS)],
    "citizen": [
        (
            '{ citizen(id: "{citizen_a}", purpose: "matrix") { name idNumberMasked } }',
            frozenset(
                {"citizen_a", "helper_with_consent", "window_clerk", "supervisor", "client_with_grant"}
            ),
        ),
        (
            '{ citizen(id: "{citizen_b}", purpose: "matrix") { name } }',
            frozenset({"citizen_b", "window_clerk", "supervisor"}),
        ),
    ],
    "apiClients": [("{ apiClients { clientId } }", ADMIN)],
    "staffMembers": [("{ staffMembers { id roles } }", ADMIN)],
}

_ANY = "{ __typename }"
MUTATIONS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "beginSignUp": [
        (
            f'mutation {{ beginSignUp(name: "测试", phone: "{ids.phone()}", idNumber: "{ids.resident_id()}") {_ANY} }}',
            EVERYONE,
        )
    ],
    "beginStaffEnrollment": [
        (f'mutation {{ beginStaffEnrollment(invitationCode: "NOPE") {_ANY} }}', EVERYONE)
    ],
    "finishRegistration": [(f'mutation {{ finishRegistration(credential: "{{}}") {_ANY} }}', EVERYONE)],
    "beginAddPasskey": [(f"mutation {{ beginAddPasskey {_ANY} }}", PEOPLE)],
    "finishAddPasskey": [(f'mutation {{ finishAddPasskey(credential: "{{}}") {_ANY} }}', PEOPLE)],
    "removePasskey": [(f'mutation {{ removePasskey(id: "999999") {_ANY} }}', PEOPLE)],
    "beginSignIn": [(f"mutation {{ beginSignIn {_ANY} }}", EVERYONE)],
    "finishSignIn": [(f'mutation {{ finishSignIn(credential: "{{}}") {_ANY} }}', EVERYONE)],
    "requestPhoneCode": [(f'mutation {{ requestPhoneCode(phone: "{ids.phone()}") {_ANY} }}', EVERYONE)],
    "signInWithPhoneCode": [
        (f'mutation {{ signInWithPhoneCode(phone: "{ids.phone()}", code: "000000") {_ANY} }}', EVERYONE)
    ],
    "refreshSession": [(f'mutation {{ refreshSession(refreshToken: "x") {_ANY} }}', EVERYONE)],
    "signOut": [('mutation { signOut(refreshToken: "x") { ok } }', EVERYONE)],
    "registerOrganization": [
        (
            f'mutation {{ registerOrganization(creditCode: "{ids.credit_code()}", name: "某餐饮店") {_ANY} }}',
            CITIZENS,
        )
    ],
    "requestConsent": [
        (f'mutation {{ requestConsent(scope: BUNDLE, scopeRef: "B03", hours: 2) {_ANY} }}', HELPERS)
    ],
    "answerConsent": [
        (f'mutation {{ answerConsent(code: "{{answer_code}}", approve: true) {_ANY} }}', CITIZENS)
    ],
    "revokeConsent": [(f'mutation {{ revokeConsent(id: "{{revocable_consent}}") {_ANY} }}', CITIZENS)],
    "grantClient": [
        (f'mutation {{ grantClient(clientId: "{{client_spare}}", scopes: [PROFILE_READ]) {_ANY} }}', CITIZENS)
    ],
    "revokeClientGrant": [(f'mutation {{ revokeClientGrant(id: "999999") {_ANY} }}', CITIZENS)],
    "registerApiClient": [
        (f'mutation {{ registerApiClient(name: "街道小程序", scopes: [CATALOG_READ]) {_ANY} }}', ADMIN)
    ],
    "disableApiClient": [(f'mutation {{ disableApiClient(clientId: "{{client_spare}}") {_ANY} }}', ADMIN)],
    "inviteStaff": [
        (
            f'mutation {{ inviteStaff(name: "新同事", phone: "{ids.phone()}", roles: [WINDOW_CLERK]) {_ANY} }}',
            ADMIN,
        )
    ],
}


def _graphql_names(root: type) -> set[str]:
    return {to_camel_case(f.python_name) for f in root.__strawberry_definition__.fields}


def test_every_field_has_one_policy_and_a_row():
    for root, rows in ((Query, QUERIES), (Mutation, MUTATIONS)):
        for f in root.__strawberry_definition__.fields:
            assert rule_of(f.permission_classes) is not None, f"{f.python_name} has no single policy"
        assert _graphql_names(root) == set(rows), "the matrix must list exactly the schema's fields"


async def _user(name: str, roles: list[Role], department=None, **extra) -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=ids.phone(),
        roles=[r.value for r in roles],
        staff=Role.CITIZEN not in roles,
        department=department,
        **extra,
    )


def _person(user: User) -> Principal:
    return Principal(
        PrincipalKind.USER,
        user_id=user.id,
        roles=frozenset(Role(r) for r in user.roles),
        department_id=user.department_id,
        address="10.9.0.1",
    )


async def build_world() -> World:
    world = World()
    dept_x, dept_y = await Department.all().order_by("code").limit(2)
    a = await _user("市民甲", [Role.CITIZEN], id_number=ids.resident_id())
    b = await _user("市民乙", [Role.CITIZEN], id_number=ids.resident_id())
    helper_with = await _user("帮办甲", [Role.HELPER])
    helper_without = await _user("帮办乙", [Role.HELPER])
    other_helper = await _user("帮办丙", [Role.HELPER])
    people = {
        "citizen_a": a,
        "citizen_b": b,
        "helper_with_consent": helper_with,
        "helper_without_consent": helper_without,
        "reviewer_x": await _user("审批X", [Role.REVIEWER], dept_x),
        "reviewer_y": await _user("审批Y", [Role.REVIEWER], dept_y),
        "supervisor": await _user("督办", [Role.SUPERVISOR]),
        "window_clerk": await _user("窗口", [Role.WINDOW_CLERK]),
        "admin": await _user("管理员", [Role.ADMIN]),
    }
    world.principals = {name: _person(u) for name, u in people.items()}
    world.principals["anonymous"] = ANONYMOUS

    granted, _ = await clients.register_client("有授权小程序", frozenset({Scope.PROFILE_READ}), None)
    ungranted, _ = await clients.register_client("无授权小程序", frozenset({Scope.PROFILE_READ}), None)
    spare, _ = await clients.register_client("备用小程序", frozenset({Scope.PROFILE_READ}), None)
    await clients.grant(a, granted.client_id, frozenset({Scope.PROFILE_READ}))
    for name, client in (("client_with_grant", granted), ("client_without_grant", ungranted)):
        world.principals[name] = Principal(
            PrincipalKind.CLIENT, client_id=client.id, scopes=frozenset(Scope(s) for s in client.scopes)
        )

    consent = await consents.request_consent(helper_with, ConsentScope.BUNDLE, "B03", 4)
    await consents.answer_consent(a, consent.code, approve=True)
    pending = await consents.request_consent(other_helper, ConsentScope.BUNDLE, "B01", 4)
    to_answer = await consents.request_consent(other_helper, ConsentScope.BUNDLE, "B02", 4)
    revocable = await consents.request_consent(other_helper, ConsentScope.ITEM, "CG01", 4)
    await consents.answer_consent(a, revocable.code, approve=True)
    world.ids = {
        "citizen_a": str(a.id),
        "citizen_b": str(b.id),
        "pending_code": pending.code,
        "answer_code": to_answer.code,
        "revocable_consent": str(revocable.id),
        "client_spare": spare.client_id,
    }
    return world


def _fill(operation: str, world: World) -> str:
    for key, value in world.ids.items():
        operation = operation.replace("{" + key + "}", value)
    return operation


async def test_each_principal_gets_exactly_what_the_policy_says(database, demo_source, tmp_path):
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    cache = CatalogCache(0)
    world = await build_world()

    wrong: list[str] = []
    for rows in (QUERIES, MUTATIONS):  # queries first: mutations change the world
        for name, cases in rows.items():
            for operation, allowed in cases:
                for who in sorted(EVERYONE):
                    principal = world.principals[who]
                    context = Context(settings, cache, identity, principal)
                    result = await schema.execute(_fill(operation, world), context_value=context)
                    codes = [(e.extensions or {}).get("code") for e in result.errors or []]
                    if who in allowed:
                        if result.errors:
                            causes = [e.original_error or e for e in result.errors]
                            wrong.append(f"{name}: {who} should be allowed, got {causes!r}")
                    else:
                        expected = "UNAUTHENTICATED" if principal is ANONYMOUS else "FORBIDDEN"
                        if codes != [expected]:
                            wrong.append(f"{name}: {who} should get {expected}, got {codes or result.data}")
    assert not wrong, "\n".join(wrong)

    # every read of A's profile by someone else is in A's access log, with who and why
    log = await AccessLog.filter(subject_id=int(world.ids["citizen_a"])).values_list("actor_role", "purpose")
    assert sorted(role for role, _ in log) == ["client", "helper", "supervisor", "window_clerk"]
    assert {purpose for _, purpose in log} == {"matrix"}


async def test_consent_and_grants_stop_working_when_they_end(database, demo_source, tmp_path):
    """The object-level rules follow the data: expiry and revocation take effect at once."""
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    world = await build_world()
    query = _fill('{ citizen(id: "{citizen_a}") { name } }', world)

    async def can_read(who: str) -> bool:
        context = Context(settings, CatalogCache(0), identity, world.principals[who])
        return not (await schema.execute(query, context_value=context)).errors

    assert await can_read("helper_with_consent") and await can_read("client_with_grant")
    await Consent.filter(helper_id=world.principals["helper_with_consent"].user_id).update(
        valid_until=datetime.now(UTC) - timedelta(seconds=1)
    )
    assert not await can_read("helper_with_consent")
    await ClientGrant.all().update(revoked_at=datetime.now(UTC))
    assert not await can_read("client_with_grant")
    # a disabled client loses its grants too
    await ClientGrant.all().update(revoked_at=None)
    assert await can_read("client_with_grant")
    await ApiClient.filter(id=world.principals["client_with_grant"].client_id).update(
        disabled_at=datetime.now(UTC)
    )
    assert not await can_read("client_with_grant")
