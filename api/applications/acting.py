"""Who an application is for, and as whom the caller acts: the applicant themselves, or a helper
(帮办代办) acting for a citizen who consented to it."""

from __future__ import annotations

from api.applications.enums import ActorKind
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity import access_log, clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import User
from api.identity.principal import Principal


async def applicant_and_actor(
    principal: Principal, code: str, on_behalf_of: int | None
) -> tuple[User, Actor]:
    me = await User.get(id=principal.user_id)
    if on_behalf_of is None or on_behalf_of == me.id:
        if not principal.has_role(Role.CITIZEN):
            raise Failure(
                "NOT_A_CITIZEN", "请以办事群众身份申请", "Apply as a citizen (or act for one as a helper)"
            )
        return me, Actor(ActorKind.APPLICANT, me.id)
    if not principal.has_role(Role.HELPER):
        raise Failure("NOT_A_HELPER", "只有帮办人员可以代他人申请", "Only helpers file for someone else")
    citizen = await User.get_or_none(id=on_behalf_of)
    if citizen is None or not await _consented(me.id, citizen.id, code):
        raise Failure(
            "NO_CONSENT",
            "没有该群众对此事项的有效授权，请先请其扫码授权",
            "No active consent of this citizen for this item or bundle: ask them to scan the consent code",
        )
    await access_log.record(principal, citizen.id, "application", f"代办 {code}")
    return citizen, Actor(ActorKind.HELPER, me.id, acting_for_id=citizen.id)


async def _consented(helper_id: int, citizen_id: int, code: str) -> bool:
    for scope in (ConsentScope.BUNDLE, ConsentScope.ITEM):
        if await consents.has_active_consent(helper_id, citizen_id, scope, code.strip().upper()):
            return True
    return False


async def actor_for(principal: Principal, application: Application) -> Actor:
    """The applicant, the helper who filed it, or a helper the applicant consented to for it."""
    if principal.user_id == application.applicant_id:
        return Actor(ActorKind.APPLICANT, principal.user_id)
    if principal.has_role(Role.HELPER) and (
        application.filed_by_id == principal.user_id
        or await _consented(principal.user_id, application.applicant_id, application.catalog_code)
        or await consents.has_active_consent(
            principal.user_id, application.applicant_id, ConsentScope.APPLICATION, application.tracking_number
        )
    ):
        return Actor(ActorKind.HELPER, principal.user_id, acting_for_id=application.applicant_id)
    raise Failure(
        "NOT_ALLOWED",
        "只有申请人或其授权的帮办人员可以操作",
        "Only the applicant or their helper may do this",
    )


async def helper_consented(principal: Principal, application: Application) -> bool:
    """A helper holds an active consent of the applicant covering this application (its item or
    bundle, or the application itself). Filing it once is not enough to follow it live."""
    return principal.has_role(Role.HELPER) and (
        await _consented(principal.user_id, application.applicant_id, application.catalog_code)
        or await consents.has_active_consent(
            principal.user_id, application.applicant_id, ConsentScope.APPLICATION, application.tracking_number
        )
    )


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
        return await Task.filter(
            application_id=application.id, department_id=principal.department_id
        ).exists()
    if principal.is_client and Scope.APPLICATIONS_READ in principal.scopes:
        return await clients.has_grant(principal.client_id, application.applicant_id, Scope.APPLICATIONS_READ)
    return False
