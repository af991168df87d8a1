"""Citizens' requests for a helper (请帮办员协助): made from a guide page with a phone and an address,
dispatched at once to the most local team, taken by (assigned to) one of its helpers, done; the
citizen sees where it stands and may cancel it while nobody has taken it."""

from __future__ import annotations

import re

from tortoise.expressions import Q

from api import clock
from api.catalog.entities import Catalog
from api.failures import Failure
from api.helping import teams
from api.helping.enums import HelpStatus
from api.helping.errors import HelpingError
from api.helping.models import HelperTeam, HelpRequest
from api.identity.models import User
from api.unit_of_work import changing
from notifications.payloads import HelpRequested, HelpTaken, Payload

PHONE = re.compile(r"^1\d{10}$")


async def request_help(
    catalog: Catalog, citizen: User, code: str, phone: str, address: str, note: str = ""
) -> HelpRequest:
    phone, address, code = phone.strip(), address.strip(), code.strip().upper()
    if not PHONE.match(phone):
        raise Failure(HelpingError.PHONE_REQUIRED)
    if len(address) < 6:
        raise Failure(HelpingError.ADDRESS_REQUIRED)
    entry = catalog.entry(code) if code else None
    if code and entry is None:
        raise Failure(HelpingError.UNKNOWN_CODE, code=code)
    team = await teams.team_for(address)
    now = clock.now()
    helpers = await teams.helpers_for(team) if team else []
    async with changing() as tx:
        request = await HelpRequest.create(
            citizen=citizen,
            catalog_code=code,
            catalog_name=entry.name if entry else "",
            phone=phone,
            address=address[:160],
            note=note.strip()[:300],
            status=HelpStatus.DISPATCHED if team else HelpStatus.REQUESTED,
            team=team,
            created_at=now,
            updated_at=now,
        )
        if team is not None:
            news = HelpRequested(link="/helper", item=_item(request), area=team.area or team.name)
            await tx.notify(news, to=helpers)
    return await HelpRequest.get(id=request.id).select_related("team", "helper")


def _item(request: HelpRequest) -> str:
    return request.catalog_name or "办事咨询"


Notice = tuple[Payload, int]  # what to tell whom, in the same transaction as the move


async def _move(
    request_id: int, source: set[HelpStatus], notice: Notice | None = None, **changes: object
) -> HelpRequest:
    """A conditional update: two helpers taking one request cannot both win (only the winner's
    notice is written)."""
    async with changing() as tx:
        done = await HelpRequest.filter(id=request_id, status__in=list(source)).update(
            updated_at=clock.now(), **changes
        )
        if done and notice is not None:
            await tx.notify(notice[0], to=notice[1])
    if not done:
        raise Failure(HelpingError.INVALID_STATE)
    return await HelpRequest.get(id=request_id).select_related("team", "helper")


async def _one(request_id: int) -> HelpRequest:
    request = await HelpRequest.get_or_none(id=request_id)
    if request is None:
        raise Failure(HelpingError.NOT_FOUND)
    return request


async def take(helper: User, request_id: int) -> HelpRequest:
    """A helper of the request's team (or of a team above it) takes it: assigned to them."""
    request = await _one(request_id)
    mine = await teams.team_ids_of(helper.id)
    if request.team_id is None or request.team_id not in await teams.covered_by(mine):
        raise Failure(HelpingError.NOT_IN_TEAM)
    team = await HelperTeam.get(id=request.team_id)
    news = HelpTaken(link="/help", item=_item(request), area=team.area or team.name, helper=helper.name)
    return await _move(
        request_id,
        {HelpStatus.DISPATCHED},
        (news, request.citizen_id),
        status=HelpStatus.ASSIGNED,
        helper_id=helper.id,
    )


async def finish(helper: User, request_id: int) -> HelpRequest:
    request = await _one(request_id)
    if request.helper_id != helper.id:
        raise Failure(HelpingError.NOT_IN_TEAM)
    return await _move(request_id, {HelpStatus.ASSIGNED}, status=HelpStatus.DONE)


async def cancel(citizen: User, request_id: int) -> HelpRequest:
    request = await _one(request_id)
    if request.citizen_id != citizen.id:
        raise Failure(HelpingError.NOT_FOUND)
    return await _move(request_id, {HelpStatus.REQUESTED, HelpStatus.DISPATCHED}, status=HelpStatus.CANCELLED)


async def of_citizen(citizen_id: int) -> list[HelpRequest]:
    return (
        await HelpRequest.filter(citizen_id=citizen_id)
        .select_related("team", "helper")
        .order_by("-created_at", "-id")
        .limit(50)
    )


async def for_helper(helper_id: int) -> list[HelpRequest]:
    """Open requests of the helper's teams (and the teams below them), and the ones they took."""
    covered = await teams.covered_by(await teams.team_ids_of(helper_id))
    open_ = Q(team_id__in=list(covered), status=HelpStatus.DISPATCHED)
    return (
        await HelpRequest.filter(open_ | Q(helper_id=helper_id))
        .select_related("team", "helper", "citizen")
        .order_by("-created_at", "-id")
        .limit(100)
    )
