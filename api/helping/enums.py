from enum import StrEnum


class TeamLevel(StrEnum):
    """The four levels of helper teams, most local last."""

    CITY = "city"  # 市
    COUNTY = "county"  # 县（区）
    TOWNSHIP = "township"  # 乡镇（街道）
    COMMUNITY = "community"  # 村（社区）


class HelpStatus(StrEnum):
    REQUESTED = "requested"  # no team covers the address yet: the city team's desk sorts it out
    DISPATCHED = "dispatched"  # with a team, waiting for one of its helpers
    ASSIGNED = "assigned"  # a helper will contact the citizen
    DONE = "done"
    CANCELLED = "cancelled"  # by the citizen


# the citizen's words for each state (zh, en)
STATUS_LABELS: dict[HelpStatus, tuple[str, str]] = {
    HelpStatus.REQUESTED: ("已提交，等待分派", "Received, waiting to be passed to a team"),
    HelpStatus.DISPATCHED: ("已分派到帮办队伍", "Passed to a helper team"),
    HelpStatus.ASSIGNED: ("帮办员已接单，将与您联系", "A helper took it and will contact you"),
    HelpStatus.DONE: ("已办结", "Done"),
    HelpStatus.CANCELLED: ("已取消", "Cancelled"),
}
