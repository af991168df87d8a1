"""Who may apply, act on, read and follow an application, and as whom: the applicant themselves, or
a helper (帮办代办) acting for a citizen who consented to it; and the access log of reads. The one
home of these rules; resolvers, live updates and uploads call them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api import rows
from api.applications import queries
from api.applications.enums import ActorKind
from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.applications.workflow import Actor
from api.catalog.entities import Bundle, ServiceItem, delegable
from api.failures import Failure
from api.graphql.ids import parse_global_id
from api.identity import access_log, clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import User
from api.identity.principal import Principal


async def applicant_and_actor(
    principal: Principal, entry: ServiceItem | Bundle, on_behalf_of: int | None
) -> tuple[User, Actor]:
    """Applying for item or bundle ``entry``: a citizen for themselves, or a helper for a citizen who
    consented to this item or bundle (written to the citizen's access log), unless it must be done
    in person (``delegable``)."""
    if principal.is_client:
        return await _client_for_citizen(principal, on_behalf_of)
    if principal.user_id is None:
        raise Failure(ApplicationsError.NOT_A_CITIZEN)
    me = await rows.by_pk(User, principal.user_id)
    if me is None:
        raise Failure(ApplicationsError.NOT_A_CITIZEN)
    code = entry.code
    if on_behalf_of is None or on_behalf_of == me.id:
        if not principal.has_role(Role.CITIZEN):
            if principal.has_role(Role.HELPER):
                raise Failure(ApplicationsError.CHOOSE_PERSON)
            raise Failure(ApplicationsError.NOT_A_CITIZEN)
        return me, Actor(ActorKind.APPLICANT, me.id)
    if not principal.has_role(Role.HELPER):
        raise Failure(ApplicationsError.NOT_A_HELPER)
    if not delegable(entry):
        raise Failure(ApplicationsError.NOT_DELEGABLE, name=entry.name)
    citizen = await User.get_or_none(id=on_behalf_of)
    if citizen is None or not await _consented_to_entry(me.id, citizen.id, code):
        raise Failure(ApplicationsError.NO_CONSENT)
    await access_log.record(principal, citizen.id, "application", f"代办 {code}")
    return citizen, Actor(ActorKind.HELPER, me.id, acting_for_id=citizen.id)


async def _client_for_citizen(principal: Principal, on_behalf_of: int | None) -> tuple[User, Actor]:
    """A mini-program applying for the citizen its token was issued for (authorization code flow), while
    the citizen's grant of ``applications:write`` stands; recorded as the applicant, through the client."""
    citizen_id = await clients.writes_for(principal)
    if citizen_id is None or on_behalf_of not in (None, citizen_id):
        raise Failure(ApplicationsError.NO_CLIENT_GRANT)
    citizen = await User.get(id=citizen_id)
    await access_log.record(principal, citizen.id, "application", "应用代为申请")
    return citizen, Actor(ActorKind.APPLICANT, citizen.id, client_id=principal.client_id)


async def _consented_to_entry(helper_id: int, citizen_id: int, code: str) -> bool:
    """The citizen's active consent for the item or bundle ``code``."""
    for scope in (ConsentScope.BUNDLE, ConsentScope.ITEM):
        if await consents.has_active_consent(helper_id, citizen_id, scope, code.strip().upper()):
            return True
    return False


async def helper_consented(principal: Principal, application: Application) -> bool:
    """A helper holds an active consent of the applicant covering this application (its item or
    bundle, or the application itself). Filing it once is not enough to follow it live."""
    helper_id = principal.user_id
    if helper_id is None or not principal.has_role(Role.HELPER):
        return False
    return await _consented_to_entry(
        helper_id, application.applicant_id, application.catalog_code
    ) or await consents.has_active_consent(
        helper_id, application.applicant_id, ConsentScope.APPLICATION, application.tracking_number
    )


async def actor_for(principal: Principal, application: Application) -> Actor:
    """As whom the caller acts on an application: the applicant, the helper who filed it, or a helper
    the applicant consented to for it. Anyone else may not act on it."""
    if principal.user_id is not None and principal.user_id == application.applicant_id:
        return Actor(ActorKind.APPLICANT, principal.user_id)
    if principal.user_id is not None and (
        (principal.has_role(Role.HELPER) and application.filed_by_id == principal.user_id)
        or await helper_consented(principal, application)
    ):
        return Actor(ActorKind.HELPER, principal.user_id, acting_for_id=application.applicant_id)
    raise Failure(ApplicationsError.NOT_ALLOWED)


async def acting_on(principal: Principal, application_id: int | None) -> tuple[Application, Actor]:
    """An application the caller acts on (see ``actor_for``), and as whom."""
    application = await queries.application_or_none(application_id)
    if application is None:
        raise Failure(ApplicationsError.NOT_FOUND)
    return application, await actor_for(principal, application)


async def may_read(principal: Principal, application: Application) -> bool:
    """Read access to one application (the policy of every application field and subscription)."""
    if principal.is_user and principal.user_id in (application.applicant_id, application.filed_by_id):
        return True
    if principal.has_role(Role.HELPER):
        try:
            await actor_for(principal, application)
            return True
        except Failure:
            pass
    if principal.has_role(Role.WINDOW_CLERK) or principal.has_role(Role.SUPERVISOR):
        return True
    if principal.has_role(Role.REVIEWER) and principal.department_id is not None:
        return await queries.sent_to_department(application.id, principal.department_id)
    client_id = principal.client_id if principal.is_client else None
    if client_id is not None and Scope.APPLICATIONS_READ in principal.scopes:
        return await clients.has_grant(client_id, application.applicant_id, Scope.APPLICATIONS_READ)
    return False


async def may_follow(principal: Principal, application: Application) -> bool:
    """Live updates (subscriptions), checked again on every event: like ``may_read``, except that a
    helper needs a consent that is still active (a revoked or expired consent stops the stream, even
    for the helper who filed it)."""
    if principal.is_user and principal.user_id == application.applicant_id:
        return True
    staff_reader = principal.has_role(Role.WINDOW_CLERK) or principal.has_role(Role.SUPERVISOR)
    if principal.has_role(Role.HELPER) and not staff_reader and not principal.has_role(Role.REVIEWER):
        return await helper_consented(principal, application)
    return await may_read(principal, application)


async def record_read(principal: Principal, application: Application) -> None:
    """A read (or a pushed live event) by anyone but the applicant goes into the applicant's access log."""
    if principal.user_id != application.applicant_id:
        await access_log.record(
            principal, application.applicant_id, "application", application.tracking_number or ""
        )


async def may_read_application(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Field policy (``args["id"]``): the applicant, their helper, window clerks and supervisors,
    reviewers of a department the application was sent to, and clients the applicant granted
    ``applications:read``."""
    application = await queries.application_or_none(parse_global_id(args.get("id"), "Application"))
    return application is not None and await may_read(principal, application)
