"""The rules of 好差评 and 办不成事 a citizen or a clerk could ask about: when a rating may be given or
changed, how long a case may take, which moves a case makes, when it is overdue, how long a text is."""

from __future__ import annotations

from datetime import date, timedelta

from api.applications.enums import ApplicationStatus as S
from api.failures import Failure, Phrase
from api.feedback.enums import CaseStatus
from api.feedback.errors import FeedbackError
from api.feedback.models import RectificationCase
from api.identity import ratelimit

CASE_WORKING_DAYS = 15  # a case must be answered within 15 working days (reopened: 15 more)
RATING_CHANGE_WINDOW = timedelta(days=7)
RATABLE = frozenset({S.COMPLETED, S.PARTLY_COMPLETED, S.READY_FOR_PICKUP, S.COLLECTED, S.CLOSED, S.REJECTED})
# A signed-in reporter is counted as themself; a hall's Wi-Fi (one address) serves many reporters.
COMPLAINTS_PER_ACCOUNT = ratelimit.Limit("complaint-acct", 10, 3600)
COMPLAINTS_PER_ADDRESS = ratelimit.Limit("complaint-addr", 30, 3600)
MAX_TEXT = 2000
OPEN_STATES = frozenset({CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.REOPENED})
# Moves of a case: event → (states it may start from, state it reaches)
CASE_MOVES: dict[str, tuple[frozenset[CaseStatus], CaseStatus]] = {
    "assigned": (OPEN_STATES, CaseStatus.ASSIGNED),
    "answered": (OPEN_STATES, CaseStatus.ANSWERED),
    "confirmed": (frozenset({CaseStatus.ANSWERED}), CaseStatus.CONFIRMED),
    "reopened": (frozenset({CaseStatus.ANSWERED}), CaseStatus.REOPENED),
}


def is_overdue(case: RectificationCase, today: date) -> bool:
    """Still open after its deadline."""
    return case.status in OPEN_STATES and today > case.deadline


# how a failure names each move of a case
CASE_EVENTS = {
    "assigned": Phrase("转办", "assigned"),
    "answered": Phrase("答复", "answered"),
    "confirmed": Phrase("确认", "confirmed"),
    "reopened": Phrase("重新办理", "reopened"),
}
CASE = Phrase("工单", "case")


def not_found(what: Phrase = CASE) -> Failure:
    return Failure(FeedbackError.NOT_FOUND, what=what)


def clean_text(value: str, *, minimum: int, what: Phrase) -> str:
    """``value`` stripped, at least ``minimum`` and at most :data:`MAX_TEXT` characters long."""
    text = value.strip()
    if len(text) < minimum:
        raise Failure(FeedbackError.TOO_SHORT, what=what, minimum=minimum)
    if len(text) > MAX_TEXT:
        raise Failure(FeedbackError.TOO_LONG, what=what, limit=MAX_TEXT)
    return text
