"""好差评: an applicant rates a finished application (or one department's part of it); 不满意 or
worse opens a rectification case in the same unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError

from api import clock
from api.applications.models import Application, Task
from api.failures import Failure, Phrase
from api.feedback.enums import BAD_RATING, CaseSource
from api.feedback.errors import FeedbackError
from api.feedback.models import Rating, RectificationCase
from api.feedback.services.cases import NewCase, open_case
from api.feedback.services.rules import RATABLE, RATING_CHANGE_WINDOW, clean_text, not_found
from api.unit_of_work import changing


@dataclass(frozen=True)
class RatingOutcome:
    rating: Rating
    case: RectificationCase | None
    created: bool


@dataclass(frozen=True)
class _Given:
    """A checked rating, about to be written."""

    application: Application
    rater_id: int
    task: Task | None  # with its department; None: the whole application
    level: int
    comment: str
    now: datetime


async def rate(
    application_id: int,
    rater_id: int,
    level: int,
    comment: str = "",
    department_code: str | None = None,
    *,
    now: datetime | None = None,
) -> RatingOutcome:
    """Rate an application (or one department's part of it) once it is done; change it within 7 days.
    不满意 or worse opens a rectification case, in the same transaction."""
    now = now or clock.now()
    if type(level) is not int or not 1 <= level <= 5:  # not a bool, nor a float
        raise Failure(FeedbackError.INVALID_LEVEL)
    comment = clean_text(comment, minimum=0, what=Phrase("评价内容", "comment"))
    application = await Application.filter(id=application_id, applicant_id=rater_id).first()
    if application is None:
        raise not_found(Phrase("办件", "application of yours"))
    if application.status not in RATABLE:
        raise Failure(FeedbackError.NOT_RATABLE)
    task = None
    if department_code:
        code = department_code.strip().upper()
        task = (
            await Task.filter(application_id=application.id, department__code=code)
            .select_related("department")
            .first()
        )
        if task is None:
            raise Failure(FeedbackError.NO_SUCH_DEPARTMENT, where=Phrase("该办件", " in this application"))
    given = _Given(application, rater_id, task, level, comment, now)
    for attempt in range(2):
        try:
            return await _write_rating(given)
        except IntegrityError:  # a concurrent first rating won: the retry changes it
            if attempt:
                raise
    raise AssertionError("unreachable")


def _case_for(rating: Rating, given: _Given) -> NewCase:
    """The case a bad rating opens: about the rated department's item when it decided just one."""
    application, task = given.application, given.task
    item_codes = list(task.item_codes) if task else []
    item_names = list(task.item_names) if task else []
    single = len(item_codes) == 1
    return NewCase(
        source=CaseSource.RATING,
        rating_id=rating.id,
        application_id=application.id,
        tracking_number=application.tracking_number or "",
        citizen_id=given.rater_id,
        department_id=task.department.id if task else None,
        catalog_code=item_codes[0] if single else application.catalog_code,
        catalog_name=item_names[0] if single else application.catalog_name,
        rating_level=given.level,
        summary=given.comment or "（差评，未填写内容）",
    )


async def _write_rating(given: _Given) -> RatingOutcome:
    task = given.task
    scope = task.department.code if task is not None else ""
    async with changing() as tx:
        rating = await Rating.filter(
            application_id=given.application.id, rater_id=given.rater_id, scope=scope
        ).first()
        created = rating is None
        if rating is None:
            rating = await Rating.create(
                application_id=given.application.id,
                rater_id=given.rater_id,
                task_id=task.id if task else None,
                department_id=task.department.id if task else None,
                scope=scope,
                level=given.level,
                comment=given.comment,
            )
        else:
            if given.now - rating.created_at > RATING_CHANGE_WINDOW:
                raise Failure(FeedbackError.RATING_LOCKED, days=RATING_CHANGE_WINDOW.days)
            rating.level, rating.comment, rating.changes = given.level, given.comment, rating.changes + 1
            await rating.save(update_fields=["level", "comment", "changes", "updated_at"])
        case = await RectificationCase.filter(rating_id=rating.id).first()
        if case is None and given.level <= BAD_RATING:
            case = await open_case(tx, _case_for(rating, given), given.now)
    return RatingOutcome(rating, case, created)
