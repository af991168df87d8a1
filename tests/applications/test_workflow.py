"""The state machine is data: check the table itself, without a database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from api.applications.enums import ActorKind as A
from api.applications.enums import ApplicationStatus as S
from api.applications.tracking import is_valid_tracking_number, new_tracking_number
from api.applications.workflow import APPLICATION_MOVES, NOTIFY_ON, TASK_MOVES, TERMINAL, check_move
from api.failures import Failure


def _reachable() -> set[S]:
    seen, frontier = {S.DRAFT}, [S.DRAFT]
    while frontier:
        state = frontier.pop()
        for move in APPLICATION_MOVES:
            if state in move.source and move.target not in seen:
                seen.add(move.target)
                frontier.append(move.target)
    return seen


def test_every_state_is_reachable_and_terminal_states_have_no_way_out():
    assert _reachable() == set(S)
    for move in APPLICATION_MOVES:
        assert not (move.source & TERMINAL), move


def test_withdrawal_only_before_acceptance_and_only_by_the_applicant_side():
    withdraw_from = next(m for m in APPLICATION_MOVES if m.target == S.WITHDRAWN).source
    assert withdraw_from == {S.SUBMITTED, S.PRE_REVIEW, S.NEEDS_CORRECTION}
    for state in (S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED):
        with pytest.raises(Failure) as refused:
            check_move(APPLICATION_MOVES, state, S.WITHDRAWN, A.APPLICANT)
        assert refused.value.code == "INVALID_TRANSITION"
    with pytest.raises(Failure) as refused:
        check_move(APPLICATION_MOVES, S.SUBMITTED, S.WITHDRAWN, A.CLERK)
    assert refused.value.code == "NOT_ALLOWED"


def test_only_staff_accept_and_only_reviewers_decide_tasks():
    for actor in (A.APPLICANT, A.HELPER, A.REVIEWER):
        with pytest.raises(Failure):
            check_move(APPLICATION_MOVES, S.PRE_REVIEW, S.ACCEPTED, actor)
    decisions = [m for m in TASK_MOVES if m.name in ("approve", "reject")]
    assert all(m.actors == {A.REVIEWER} for m in decisions)


def test_the_four_notifications_of_the_reform_are_sent():
    # 办件确认 · 中途提醒 · 领件通知 · 办结评议
    kind = {status: news.kind for status, news in NOTIFY_ON.items()}
    assert {kind[S.SUBMITTED], kind[S.NEEDS_CORRECTION], kind[S.READY_FOR_PICKUP]} == {
        "receipt",
        "correction_needed",
        "ready_for_pickup",
    }
    assert kind[S.COLLECTED] == "please_rate"


def test_tracking_numbers_carry_a_check_character():
    number = new_tracking_number(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
    assert number.startswith("20261124")  # the date in China (UTC+8)
    assert is_valid_tracking_number(number) and len(number) == 18
    typo = number[:10] + str((int(number[10]) + 1) % 10) + number[11:]
    assert not is_valid_tracking_number(typo)
