"""Live updates stop as soon as the grant, consent or token behind them ends, and every pushed event
is in the access log (SQLite and PostgreSQL; on PostgreSQL revocations travel by NOTIFY)."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
import pytest_asyncio

from api import clock
from api.applications import bus, live
from api.applications.enums import ApplicationKind
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.identity import clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import AccessLog, ClientGrant, Consent, User
from api.identity.principal import Principal, PrincipalKind
from tests.applications.conftest import make_user

CODE = "B03"


@pytest_asyncio.fixture
async def people(database):
    """A citizen's submitted application; a live bus like the app's (NOTIFY on PostgreSQL)."""
    citizen = await make_user("申请人甲", [Role.CITIZEN])
    helper = await make_user("帮办丙", [Role.HELPER])
    application = await Application.create(
        kind=ApplicationKind.ITEM,
        catalog_code=CODE,
        catalog_name="示例事项",
        catalog_revision="r1",
        form_schema={"fields": []},
        applicant=citizen,
        filed_by=helper,
        status=S.SUBMITTED,
        tracking_number="330000202600000001",
    )
    if not database.startswith("sqlite"):
        await bus.BUS.listen_postgres(database)
    try:
        yield citizen, helper, application
    finally:
        await bus.BUS.close()


async def _next(stream):
    return await asyncio.wait_for(anext(stream), 10)


async def _ended(stream) -> str:
    with pytest.raises(live.LiveEnded) as ended:
        await _next(stream)
    return ended.value.code


def _helper(user: User) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset({Role.HELPER}))


async def _consent(helper: User, citizen: User) -> Consent:
    asked = await consents.request_consent(helper, ConsentScope.ITEM, CODE, 2)
    return await consents.answer_consent(citizen, asked.code, True)


async def _logged(subject: User) -> int:
    return await AccessLog.filter(subject_id=subject.id, what="application").count()


async def test_a_helper_stream_stops_when_the_citizen_revokes_consent(people):
    citizen, helper, application = people
    consent = await _consent(helper, citizen)
    stream = live.follow(_helper(helper), application.id, expires_at=None, recheck_seconds=3600)
    assert (await _next(stream)).id == application.id
    bus.BUS.publish(application.id)
    assert (await _next(stream)).id == application.id
    assert await _logged(citizen) == 2  # every pushed event, like a read

    await consents.revoke_consent(citizen, consent.id)  # announced: the stream wakes and stops
    assert await _ended(stream) == "ACCESS_REVOKED"
    assert await _logged(citizen) == 2


async def test_a_helper_stream_stops_when_the_consent_runs_out_without_any_event(people):
    citizen, helper, application = people
    consent = await _consent(helper, citizen)
    stream = live.follow(_helper(helper), application.id, expires_at=None, recheck_seconds=0.05)
    await _next(stream)
    await Consent.filter(id=consent.id).update(valid_until=clock.now() - timedelta(seconds=1))
    assert await _ended(stream) == "ACCESS_REVOKED"  # found by the timer


async def test_the_filing_helper_without_consent_cannot_follow(people):
    _citizen, helper, application = people
    stream = live.follow(_helper(helper), application.id, expires_at=None, recheck_seconds=3600)
    assert await _ended(stream) == "ACCESS_REVOKED"


async def test_a_client_stream_stops_when_its_grant_is_revoked_or_the_client_disabled(people):
    citizen, _helper, application = people
    client, _secret = await clients.register_client("小程序", frozenset({Scope.APPLICATIONS_READ}), None)
    grant = await clients.grant(citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))
    principal = Principal(
        PrincipalKind.CLIENT, client_id=client.id, scopes=frozenset({Scope.APPLICATIONS_READ})
    )
    stream = live.follow(principal, application.id, expires_at=None, recheck_seconds=3600)
    await _next(stream)
    bus.BUS.publish(application.id)
    await _next(stream)
    rows = await AccessLog.filter(subject_id=citizen.id, client_id=client.id).count()
    assert rows == 2

    await clients.revoke_grant(citizen, grant.id)
    assert await _ended(stream) == "ACCESS_REVOKED"

    # a grant revoked behind the service's back (no announcement) is caught at the next event
    await clients.grant(citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))
    stream = live.follow(principal, application.id, expires_at=None, recheck_seconds=3600)
    await _next(stream)
    await ClientGrant.filter(citizen=citizen).update(revoked_at=clock.now())
    bus.BUS.publish(application.id)
    assert await _ended(stream) == "ACCESS_REVOKED"
    assert await AccessLog.filter(subject_id=citizen.id, client_id=client.id).count() == 3

    await clients.grant(citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))
    stream = live.follow(principal, application.id, expires_at=None, recheck_seconds=3600)
    await _next(stream)
    await clients.disable_client(client.client_id)
    assert await _ended(stream) == "ACCESS_REVOKED"


async def test_a_stream_stops_when_its_token_expires_or_the_account_is_disabled(people):
    citizen, _helper, application = people
    me = Principal(PrincipalKind.USER, user_id=citizen.id, roles=frozenset({Role.CITIZEN}))
    stream = live.follow(me, application.id, expires_at=time.time() + 0.3, recheck_seconds=3600)
    await _next(stream)
    assert await _ended(stream) == "TOKEN_EXPIRED"
    assert await _logged(citizen) == 0  # the applicant's own reads are not accesses by someone else

    stream = live.follow(me, application.id, expires_at=None, recheck_seconds=3600)
    await _next(stream)
    await User.filter(id=citizen.id).update(disabled=True)
    bus.BUS.publish(application.id)
    assert await _ended(stream) == "ACCOUNT_DISABLED"
