"""The desk's rules in one place (``api.review.policies``), as plain functions: who may decide a
department task and which certificates the approval issues, who pre-reviews, who writes as whom."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from api.applications.enums import ActorKind, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.failures import Failure
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.review import policies

SJ, CG = 7, 8  # two departments

CATALOG = SimpleNamespace(
    items_by_code={
        # 营业执照: the e-licence library holds it → issued into the wallet on approval
        "SJ01": SimpleNamespace(output=SimpleNamespace(code="business_licence", waived=True)),
        # a certificate handed over on paper only
        "SJ02": SimpleNamespace(output=SimpleNamespace(code="paper_permit", waived=False)),
        # no certificate at all
        "SJ03": SimpleNamespace(output=None),
    }
)


def _user(user_id: int, roles: list[Role], department_id: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(id=user_id, roles=[r.value for r in roles], department_id=department_id)


def _task(department_id: int = SJ, item_codes: tuple[str, ...] = ("SJ01", "SJ02", "SJ03", "XX99")):
    return SimpleNamespace(id=1, department_id=department_id, item_codes=list(item_codes))


def _failure(call) -> str:
    with pytest.raises(Failure) as refused:
        call()
    return refused.value.code


def test_a_reviewer_decides_for_their_own_department_only():
    assert policies.reviewing_department([Role.REVIEWER], SJ) == SJ
    assert policies.reviewing_department([Role.REVIEWER], None) is None
    assert policies.reviewing_department([Role.WINDOW_CLERK, Role.SUPERVISOR], SJ) is None


def test_the_department_desk_gate():
    def person(roles, department_id=None) -> Principal:
        return Principal(PrincipalKind.USER, user_id=5, roles=frozenset(roles), department_id=department_id)

    assert policies.department_reviewer(person({Role.REVIEWER}, SJ), {})
    assert not policies.department_reviewer(person({Role.REVIEWER}), {})
    assert not policies.department_reviewer(person({Role.WINDOW_CLERK}, SJ), {})
    assert not policies.department_reviewer(Principal(PrincipalKind.CLIENT, client_id=3), {})


def test_who_may_decide_a_task():
    reviewer = _user(5, [Role.REVIEWER], SJ)
    actor = policies.reviewer_of(_task(), reviewer)
    assert (actor.kind, actor.user_id) == (ActorKind.REVIEWER, 5)
    # another department's reviewer, a reviewer of no department, staff of the department who do not
    # review: for them the task does not exist
    for other in (_user(6, [Role.REVIEWER], CG), _user(7, [Role.REVIEWER]), _user(8, [Role.ADMIN], SJ)):
        assert _failure(lambda u=other: policies.decision_on(_task(), u, True, "", CATALOG)) == "NOT_FOUND"
        assert _failure(lambda u=other: policies.reviewer_of(_task(), u)) == "NOT_FOUND"


def test_an_approval_issues_the_certificates_the_e_licence_library_holds():
    decision = policies.decision_on(_task(), _user(5, [Role.REVIEWER], SJ), True, " 同意 ", CATALOG)
    assert decision.target is TaskStatus.APPROVED and decision.note == "同意"
    assert decision.actor.kind is ActorKind.REVIEWER and decision.actor.user_id == 5
    assert decision.certificates == (policies.Certificate("SJ01", "business_licence"),)
    # with or without a note, from whichever caller: the catalogue is always there
    bare = policies.decision_on(_task(item_codes=("SJ01",)), _user(5, [Role.REVIEWER], SJ), True, "", CATALOG)
    assert [c.type_code for c in bare.certificates] == ["business_licence"]


def test_a_rejection_needs_its_reason_and_issues_nothing():
    reviewer = _user(5, [Role.REVIEWER], SJ)
    assert (
        _failure(lambda: policies.decision_on(_task(), reviewer, False, "  ", CATALOG)) == "REASON_REQUIRED"
    )
    decision = policies.decision_on(_task(), reviewer, False, "不符合条件", CATALOG)
    assert decision.target is TaskStatus.REJECTED and decision.certificates == ()


def test_certificate_type():
    assert policies.certificate_type(CATALOG.items_by_code["SJ01"]) == "business_licence"
    assert policies.certificate_type(CATALOG.items_by_code["SJ02"]) is None
    assert policies.certificate_type(CATALOG.items_by_code["SJ03"]) is None
    assert policies.certificate_type(None) is None


def test_only_the_claiming_clerk_pre_reviews():
    clerk = _user(5, [Role.WINDOW_CLERK])
    mine = SimpleNamespace(status=S.PRE_REVIEW, claimed_by_id=5)
    actor = policies.claimant_of(mine, clerk)
    assert (actor.kind, actor.user_id) == (ActorKind.CLERK, 5)
    theirs = SimpleNamespace(status=S.PRE_REVIEW, claimed_by_id=6)
    unclaimed = SimpleNamespace(status=S.SUBMITTED, claimed_by_id=None)
    accepted = SimpleNamespace(status=S.ACCEPTED, claimed_by_id=5)
    for application in (theirs, unclaimed, accepted):
        assert _failure(lambda a=application: policies.claimant_of(a, clerk)) == "NOT_CLAIMED"


def test_who_writes_as_whom_in_the_thread():
    def person(user_id: int, *roles: Role) -> Principal:
        return Principal(PrincipalKind.USER, user_id=user_id, roles=frozenset(roles))

    applicant_id = 10
    assert policies.message_author(person(10, Role.CITIZEN), applicant_id) is ActorKind.APPLICANT
    assert policies.message_author(person(11, Role.HELPER), applicant_id) is ActorKind.HELPER
    assert policies.message_author(person(12, Role.WINDOW_CLERK), applicant_id) is ActorKind.CLERK
    assert policies.message_author(person(13, Role.REVIEWER), applicant_id) is ActorKind.CLERK
    client = Principal(PrincipalKind.CLIENT, client_id=3)
    assert _failure(lambda: policies.message_author(client, applicant_id)) == "NOT_ALLOWED"
