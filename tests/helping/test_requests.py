"""Helper teams at four levels and citizens' requests for a helper (请帮办员协助): dispatched to the
most local team, taken by one helper of that team (or a team above it), never by two, visible to
the citizen at each step. SQLite and PostgreSQL (the ``database`` fixture)."""

from __future__ import annotations

import asyncio

import pytest

from api.failures import Failure
from api.helping import requests, teams
from api.helping.enums import HelpStatus, TeamLevel
from api.helping.models import HelperTeam
from api.identity.enums import Role
from api.settings import ROOT
from notifications.models import OutboxMessage
from notifications.templates import render, template_for
from tests.applications.conftest import World, make_user
from tests.applications.conftest import world as world  # the fixture

ADDRESS = "陕西省西安市长安区韦曲街道西长安街社区 12 号楼 3 单元"


async def _teams() -> None:
    assert await teams.load_teams(teams.read_teams(ROOT / "data" / "catalog" / "helper_teams.yaml")) >= 4


async def test_the_demo_teams_have_the_four_levels_and_a_request_goes_to_the_most_local(world: World):
    await _teams()
    assert {t.level for t in await HelperTeam.all()} == set(TeamLevel)
    assert (await teams.team_for(ADDRESS)).code == "XA-CA-WQ-XC"  # type: ignore[union-attr]
    assert (await teams.team_for("西安市长安区郭杜街道学府大道 1 号")).code == "XA-CA-GD"  # type: ignore[union-attr]
    assert (await teams.team_for("西安市雁塔区某路 5 号")).code == "XA-YT"  # type: ignore[union-attr]
    assert (await teams.team_for("西安市某地 88 号院")).code == "XA"  # type: ignore[union-attr]


async def test_a_request_is_dispatched_taken_once_and_done_and_the_citizen_sees_each_step(world: World):
    await _teams()
    community = await make_user("社区帮办员", [Role.HELPER])
    county = await make_user("区帮办员", [Role.HELPER])
    elsewhere = await make_user("雁塔帮办员", [Role.HELPER])
    await teams.join(community.id, "XA-CA-WQ-XC")
    await teams.join(county.id, "XA-CA")
    await teams.join(elsewhere.id, "XA-YT")

    asked = await requests.request_help(
        world.catalog, world.citizen, "mz04", "13912345678", ADDRESS, "腿脚不便"
    )
    assert asked.status == HelpStatus.DISPATCHED and asked.team.code == "XA-CA-WQ-XC"  # type: ignore[union-attr]
    assert asked.catalog_name == "高龄老人生活补贴申领"
    # the team's helper and the county team above it see it; another county's does not
    assert [r.id for r in await requests.for_helper(community.id)] == [asked.id]
    assert [r.id for r in await requests.for_helper(county.id)] == [asked.id]
    assert await requests.for_helper(elsewhere.id) == []
    with pytest.raises(Failure) as outsider:
        await requests.take(elsewhere, asked.id)
    assert outsider.value.code == "NOT_IN_TEAM"

    # two helpers take it at once: one wins
    results = await asyncio.gather(
        requests.take(community, asked.id), requests.take(county, asked.id), return_exceptions=True
    )
    won = [r for r in results if not isinstance(r, BaseException)]
    assert len(won) == 1 and won[0].status == HelpStatus.ASSIGNED
    taker = community if won[0].helper_id == community.id else county
    [mine] = await requests.of_citizen(world.citizen.id)
    assert mine.status == HelpStatus.ASSIGNED and mine.helper.name == taker.name  # type: ignore[union-attr]
    with pytest.raises(Failure):  # taken: the citizen no longer cancels it, they call the helper
        await requests.cancel(world.citizen, asked.id)
    done = await requests.finish(taker, asked.id)
    assert done.status == HelpStatus.DONE


async def test_what_a_request_needs_and_who_may_cancel_it(world: World):
    await _teams()
    for phone, address, code in (
        ("123", ADDRESS, "PHONE_REQUIRED"),
        ("13912345678", "西安", "ADDRESS_REQUIRED"),
    ):
        with pytest.raises(Failure) as refused:
            await requests.request_help(world.catalog, world.citizen, "", phone, address)
        assert refused.value.code == code
    with pytest.raises(Failure) as unknown:
        await requests.request_help(world.catalog, world.citizen, "ZZ99", "13912345678", ADDRESS)
    assert unknown.value.code == "UNKNOWN_CODE"
    asked = await requests.request_help(world.catalog, world.citizen, "", "13912345678", ADDRESS)
    with pytest.raises(Failure):
        await requests.cancel(world.other, asked.id)
    assert (await requests.cancel(world.citizen, asked.id)).status == HelpStatus.CANCELLED


async def test_without_teams_a_request_waits_to_be_passed_on(world: World):
    asked = await requests.request_help(world.catalog, world.citizen, "", "13912345678", ADDRESS)
    assert asked.status == HelpStatus.REQUESTED and asked.team_id is None


async def _notices(kind: str) -> list[OutboxMessage]:
    return await OutboxMessage.filter(kind=kind).order_by("recipient_id")


async def test_the_team_hears_of_a_request_and_the_citizen_of_its_taker(world: World):
    """Dispatch tells the team's helpers (never the phone or address); the one take that wins tells
    the citizen who will call, in the same transaction as the move."""
    await _teams()
    community = await make_user("社区帮办员", [Role.HELPER])
    county = await make_user("区帮办员", [Role.HELPER])
    await teams.join(community.id, "XA-CA-WQ-XC")
    await teams.join(county.id, "XA-CA")
    asked = await requests.request_help(world.catalog, world.citizen, "mz04", "13912345678", ADDRESS)
    [told] = await _notices("help_requested")
    assert told.recipient_id == community.id  # the most local team, not every team above it
    text = render(told.kind, told.payload)
    assert "西长安街社区" in text.body and "高龄老人生活补贴申领" in text.body and text.url == "/helper"
    assert "13912345678" not in str(told.payload) and "12 号楼" not in str(told.payload)

    await asyncio.gather(
        requests.take(community, asked.id), requests.take(county, asked.id), return_exceptions=True
    )
    [taken] = await _notices("help_taken")  # two tried, one won: one notice
    assert taken.recipient_id == world.citizen.id
    taker = (await requests.of_citizen(world.citizen.id))[0].helper
    words = render(taken.kind, taken.payload)
    assert taker.name in words.body and words.url == "/help" and template_for("help_taken").sms  # type: ignore[union-attr]


async def test_a_team_without_helpers_passes_the_word_up(world: World):
    await _teams()
    township = await make_user("街道帮办员", [Role.HELPER])
    await teams.join(township.id, "XA-CA-WQ")  # the community's team has nobody yet
    await requests.request_help(world.catalog, world.citizen, "", "13912345678", ADDRESS)
    [told] = await _notices("help_requested")
    assert told.recipient_id == township.id and "办事咨询" in render(told.kind, told.payload).body
