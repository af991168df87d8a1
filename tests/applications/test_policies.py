"""Who may act on, read and follow an application, and as whom: the rules of
``api.applications.policies`` (their one home)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import pytest_asyncio

from api.applications import policies
from api.applications.enums import ActorKind, ApplicationKind
from api.applications.enums import ApplicationStatus as S
from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity import consents
from api.identity.enums import ConsentScope, Role
from api.identity.models import User
from api.identity.principal import Principal, PrincipalKind
from tests.applications.conftest import make_user
from tests.conftest import gid

CODE = "B03"
# a bundle as the catalogue gives it (its items may be delegated), and one done only in person
ENTRY: Any = SimpleNamespace(code=CODE, name="我要开餐馆", items=(SimpleNamespace(delegable=True),))
IN_PERSON: Any = SimpleNamespace(code=CODE, name="我要结婚", items=(SimpleNamespace(delegable=False),))


def _person(user: User, *roles: Role) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset(roles))


@pytest_asyncio.fixture
async def people(database):
    citizen = await make_user("申请人甲", [Role.CITIZEN])
    filer = await make_user("帮办丙", [Role.HELPER])
    consented = await make_user("帮办丁", [Role.HELPER])
    stranger = await make_user("帮办戊", [Role.HELPER])
    application = await Application.create(
        kind=ApplicationKind.BUNDLE,
        catalog_code=CODE,
        catalog_name="我要开餐馆",
        catalog_revision="r1",
        form_schema={"fields": []},
        applicant=citizen,
        filed_by=filer,
        status=S.SUBMITTED,
        tracking_number="330000202600000002",
    )
    asked = await consents.request_consent(consented, ConsentScope.BUNDLE, CODE, 2)
    await consents.answer_consent(citizen, asked.code, True)
    return citizen, filer, consented, stranger, application


async def test_the_applicant_acts_as_applicant_and_helpers_act_for_the_applicant(people):
    citizen, filer, consented, _stranger, application = people
    assert await policies.actor_for(_person(citizen, Role.CITIZEN), application) == Actor(
        ActorKind.APPLICANT, citizen.id
    )
    for helper in (filer, consented):  # the helper who filed it, and one the applicant consented to
        actor = await policies.actor_for(_person(helper, Role.HELPER), application)
        assert actor == Actor(ActorKind.HELPER, helper.id, acting_for_id=citizen.id)


async def test_anyone_else_may_not_act_and_a_missing_application_is_not_found(people):
    citizen, filer, _consented, stranger, application = people
    for principal in (
        _person(stranger, Role.HELPER),  # a helper without consent
        _person(filer, Role.CITIZEN),  # the filer, no longer a helper
        _person(stranger, Role.WINDOW_CLERK),  # staff read, but do not act for the applicant
    ):
        with pytest.raises(Failure) as refused:
            await policies.actor_for(principal, application)
        assert refused.value.error == ApplicationsError.NOT_ALLOWED
    with pytest.raises(Failure) as missing:
        await policies.acting_on(_person(citizen, Role.CITIZEN), application.id + 1000)
    assert missing.value.code == "NOT_FOUND"
    found, actor = await policies.acting_on(_person(citizen, Role.CITIZEN), application.id)
    assert found.id == application.id and actor.kind == ActorKind.APPLICANT


async def test_following_live_needs_a_consent_even_for_the_filer_but_reading_does_not(people):
    _citizen, filer, consented, stranger, application = people
    as_filer, as_consented = _person(filer, Role.HELPER), _person(consented, Role.HELPER)
    assert await policies.may_read(as_filer, application)
    assert not await policies.may_follow(as_filer, application)
    assert await policies.may_read(as_consented, application)
    assert await policies.may_follow(as_consented, application)
    assert not await policies.may_read(_person(stranger, Role.HELPER), application)


async def test_the_field_policy_reads_the_id_argument_and_refuses_garbage(people):
    citizen, _filer, _consented, stranger, application = people
    mine = _person(citizen, Role.CITIZEN)
    assert await policies.may_read_application(mine, {"id": gid("Application", application.id)})
    assert not await policies.may_read_application(
        _person(stranger, Role.CITIZEN), {"id": gid("Application", application.id)}
    )
    garbage_ids = (
        "x",
        str(application.id),  # a bare row number is not an id
        gid("User", application.id),  # another type's id with the same number
        gid("Application", application.id + 1000),
        gid("Application", 2**63) + "A",
    )
    for garbage in ({}, *({"id": value} for value in garbage_ids)):
        assert not await policies.may_read_application(mine, garbage)


async def test_applying_for_someone_needs_the_helper_role_and_a_consent_for_that_entry(people):
    citizen, _filer, consented, stranger, _application = people
    applicant, actor = await policies.applicant_and_actor(_person(citizen, Role.CITIZEN), ENTRY, None)
    assert applicant.id == citizen.id and actor == Actor(ActorKind.APPLICANT, citizen.id)
    failures = {
        "CHOOSE_PERSON": (_person(consented, Role.HELPER), None),
        "NOT_A_CITIZEN": (_person(consented, Role.WINDOW_CLERK), None),
        "NOT_A_HELPER": (_person(stranger, Role.CITIZEN), citizen.id),
        "NO_CONSENT": (_person(stranger, Role.HELPER), citizen.id),
    }
    for code, (principal, on_behalf_of) in failures.items():
        with pytest.raises(Failure) as refused:
            await policies.applicant_and_actor(principal, ENTRY, on_behalf_of)
        assert refused.value.code == code
    applicant, actor = await policies.applicant_and_actor(_person(consented, Role.HELPER), ENTRY, citizen.id)
    assert applicant.id == citizen.id and actor.filing_helper_id == consented.id
    # something done only in person (delegable: false) refuses even a consented helper
    with pytest.raises(Failure) as in_person:
        await policies.applicant_and_actor(_person(consented, Role.HELPER), IN_PERSON, citizen.id)
    assert in_person.value.code == "NOT_DELEGABLE" and "我要结婚" in in_person.value.message
    applicant, _ = await policies.applicant_and_actor(_person(citizen, Role.CITIZEN), IN_PERSON, None)
    assert applicant.id == citizen.id  # the person themselves still may


def test_only_a_helper_is_recorded_as_the_filer():
    assert Actor(ActorKind.HELPER, 7, acting_for_id=3).filing_helper_id == 7
    assert Actor(ActorKind.APPLICANT, 3).filing_helper_id is None
    assert Actor(ActorKind.CLERK, 9).filing_helper_id is None
