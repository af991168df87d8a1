"""Ratings (好差评), complaints (办不成事) and rectification cases: plain async functions with explicit
arguments, the only place that opens transactions. One module per job: ``rules`` (windows, deadlines,
moves, limits), ``ratings``, ``complaints``, ``cases`` (the case's loop and its notifications) and
``lists``. A bad rating or a complaint opens its case in the same unit of work, with the outbox rows
that tell the supervisors; the case's answer reaches the citizen through the outbox."""

from api.feedback.services.cases import (
    NewCase,
    answer_case,
    assign_case,
    confirm_case,
    get_case,
    may_be_assignee,
    move_case,
    open_case,
    supervisor_ids,
)
from api.feedback.services.complaints import ComplaintOutcome, report_problem, reporter
from api.feedback.services.lists import CasePage, citizen_cases, departments_of, staff_cases
from api.feedback.services.ratings import RatingOutcome, rate
from api.feedback.services.rules import (
    CASE_MOVES,
    CASE_WORKING_DAYS,
    COMPLAINTS_PER_ACCOUNT,
    COMPLAINTS_PER_ADDRESS,
    MAX_TEXT,
    OPEN_STATES,
    RATABLE,
    RATING_CHANGE_WINDOW,
    is_overdue,
)

__all__ = [
    "CASE_MOVES",
    "CASE_WORKING_DAYS",
    "COMPLAINTS_PER_ACCOUNT",
    "COMPLAINTS_PER_ADDRESS",
    "MAX_TEXT",
    "OPEN_STATES",
    "RATABLE",
    "RATING_CHANGE_WINDOW",
    "CasePage",
    "ComplaintOutcome",
    "NewCase",
    "RatingOutcome",
    "answer_case",
    "assign_case",
    "citizen_cases",
    "confirm_case",
    "departments_of",
    "get_case",
    "is_overdue",
    "may_be_assignee",
    "move_case",
    "open_case",
    "rate",
    "report_problem",
    "reporter",
    "staff_cases",
    "supervisor_ids",
]
