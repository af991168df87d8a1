"""Helper teams: loaded from data/catalog/helper_teams.yaml; which team a request goes to; who is in
which team."""

from __future__ import annotations

from pathlib import Path

import yaml

from api.failures import Failure
from api.helping.enums import TeamLevel
from api.helping.errors import HelpingError
from api.helping.models import HelperMember, HelperTeam

# most local first: a community's team before its township's, county's and city's
LOCAL_FIRST = (TeamLevel.COMMUNITY, TeamLevel.TOWNSHIP, TeamLevel.COUNTY, TeamLevel.CITY)


def read_teams(path: Path) -> list[dict]:
    """The teams' file, parents before their children (none: no file)."""
    return (yaml.safe_load(path.read_text("utf-8")) or []) if path.exists() else []


async def load_teams(rows: list[dict]) -> int:
    """Create or update the teams (by code, parents first). Returns how many."""
    by_code: dict[str, HelperTeam] = {}
    for row in rows:
        team, _ = await HelperTeam.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "name_en": row.get("name_en"),
                "level": TeamLevel(row["level"]),
                "area": row["area"],
                "parent_code": row.get("parent", ""),
            },
        )
        by_code[team.code] = team
    return len(by_code)


async def team_for(address: str) -> HelperTeam | None:
    """The most local team whose area the address names; the city team otherwise (None: no teams)."""
    teams = await HelperTeam.all()
    for level in LOCAL_FIRST:
        for team in teams:
            if team.level == level and team.area and team.area in address:
                return team
    return next((t for t in teams if t.level == TeamLevel.CITY), None)


async def covered_by(team_ids: list[int]) -> set[int]:
    """The teams and every team below them (a county's team helps in its townships and communities)."""
    teams = await HelperTeam.all()
    codes = {t.code for t in teams if t.id in team_ids}
    grew = True
    while grew:
        below = {t.code for t in teams if t.parent_code in codes} - codes
        codes |= below
        grew = bool(below)
    return {t.id for t in teams if t.code in codes}


async def helpers_for(team: HelperTeam) -> list[int]:
    """Who hears of a new request for the team: its helpers, or, while it has none, those of the
    nearest team above it (someone is always told, nobody far away is told needlessly)."""
    current: HelperTeam | None = team
    seen: set[str] = set()
    while current is not None and current.code not in seen:
        seen.add(current.code)
        ids = await HelperMember.filter(team_id=current.id).values_list("user_id", flat=True)
        if ids:
            return sorted(int(i) for i in ids)  # type: ignore[arg-type]
        current = await HelperTeam.get_or_none(code=current.parent_code) if current.parent_code else None
    return []


async def team_ids_of(user_id: int) -> list[int]:
    return list(await HelperMember.filter(user_id=user_id).values_list("team_id", flat=True))  # type: ignore[arg-type]


async def join(user_id: int, team_code: str) -> HelperTeam:
    team = await HelperTeam.get_or_none(code=team_code)
    if team is None:
        raise Failure(HelpingError.UNKNOWN_TEAM)
    await HelperMember.get_or_create(team_id=team.id, user_id=user_id)
    return team
