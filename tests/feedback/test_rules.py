"""Rules that now have one home: when a case is overdue (``services.rules``), whose cases a member of
staff works on (``policies.case_department``), how long a text may be."""

from __future__ import annotations

from datetime import date

import pytest

from api.failures import Failure, Phrase
from api.feedback import policies
from api.feedback.enums import CaseStatus
from api.feedback.errors import FeedbackError
from api.feedback.models import RectificationCase
from api.feedback.services import rules
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind


def case(status: CaseStatus, deadline: date) -> RectificationCase:
    return RectificationCase(status=status, deadline=deadline)


@pytest.mark.parametrize("status", sorted(rules.OPEN_STATES))
def test_an_open_case_is_overdue_the_day_after_its_deadline(status):
    deadline = date(2025, 10, 29)
    assert not rules.is_overdue(case(status, deadline), deadline)
    assert rules.is_overdue(case(status, deadline), date(2025, 10, 30))


@pytest.mark.parametrize("status", [CaseStatus.ANSWERED, CaseStatus.CONFIRMED])
def test_an_answered_or_closed_case_is_never_overdue(status):
    assert not rules.is_overdue(case(status, date(2025, 10, 29)), date(2026, 1, 1))


def test_a_supervisor_works_on_every_department_a_reviewer_on_their_own():
    supervisor = Principal(PrincipalKind.USER, user_id=1, roles=frozenset({Role.SUPERVISOR}), department_id=4)
    reviewer = Principal(PrincipalKind.USER, user_id=2, roles=frozenset({Role.REVIEWER}), department_id=4)
    assert policies.case_department(supervisor) is None
    assert policies.case_department(reviewer) == 4


def test_texts_are_trimmed_and_bounded():
    assert rules.clean_text("  已整改完毕  ", minimum=5, what=Phrase("答复内容", "answer")) == "已整改完毕"
    with pytest.raises(Failure) as short:
        rules.clean_text("好", minimum=5, what=Phrase("答复内容", "answer"))
    assert (short.value.code, short.value.message) == ("TOO_SHORT", "请填写答复内容（至少 5 个字）")
    with pytest.raises(Failure) as long:
        rules.clean_text("长" * (rules.MAX_TEXT + 1), minimum=0, what=Phrase("评价内容", "comment"))
    assert (long.value.code, long.value.message_en) == (
        "TOO_LONG",
        "The comment is too long (at most 2000 characters)",
    )


def test_a_case_that_cannot_move_says_so_in_each_language():
    failure = Failure(
        FeedbackError.INVALID_STATE, status=CaseStatus.CONFIRMED, event=rules.CASE_EVENTS["answered"]
    )
    assert (failure.code, failure.message, failure.message_en) == (
        "INVALID_STATE",
        "工单当前状态（confirmed）不能答复",
        "A confirmed case cannot be answered",
    )


def test_a_phrase_is_only_ever_formatted_in_one_of_the_two_languages():
    with pytest.raises(ValueError, match="zh"):
        format(Phrase("工单", "case"))
