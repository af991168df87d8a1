"""GraphQL face of situation guidance (情形引导) and pick-your-own bundles (点菜): an item or a bundle
tailored to a citizen's answers and chosen items (``api.catalog.situations``)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.catalog import situations
from api.catalog.bundles import merge_materials
from api.catalog.entities import Bundle
from api.catalog.types import (
    BundleMaterialType,
    DepartmentType,
    FormSchemaType,
    SavingsType,
    ServiceItemType,
    SituationQuestionType,
    TimeLimitType,
)
from api.graphql.errors import Error

MAX_ANSWERS = 20


@strawberry.input(description="情形引导: the option chosen for one question")
class SituationAnswerInput:
    question: str = strawberry.field(description="The question's code")
    value: str = strawberry.field(description="The value of the option chosen")


def answers_of(given: list[SituationAnswerInput] | None) -> dict[str, str]:
    return {a.question.strip()[:64]: a.value.strip()[:64] for a in (given or [])[:MAX_ANSWERS]}


def chosen_items(given: list[str] | None) -> list[str] | None:
    return None if given is None else [code.strip()[:16] for code in given[:MAX_ANSWERS]]


@strawberry.type(name="SituationAnswer", description="A question as answered, as the applicant read it")
class SituationAnswerType:
    code: str
    question: str
    question_en: str
    value: str
    label: str
    label_en: str


@strawberry.type(
    name="Situation",
    description="An item or a bundle for one situation: only the materials, form fields, items and "
    "departments that apply, and what it saves, recomputed",
)
class SituationType:
    code: str
    questions: list[SituationQuestionType] = strawberry.field(description="Every question asked")
    unanswered: list[str] = strawberry.field(description="Codes of the questions still to answer")
    answers: list[SituationAnswerType]
    chosen: list[str] = strawberry.field(description="Codes of the items that apply, in order")
    optional: list[str] = strawberry.field(description="点菜: items the citizen may leave out")
    extras: list[ServiceItemType] = strawberry.field(description="点菜: items the citizen may add")
    items: list[ServiceItemType]
    materials: list[BundleMaterialType] = strawberry.field(description="Merged: each material once")
    departments: list[DepartmentType]
    savings: SavingsType | None = strawberry.field(description="Bundles: separately vs as one")
    time_limit: TimeLimitType
    form_schema: FormSchemaType

    @classmethod
    def of(cls, fit: situations.Fit) -> SituationType:
        entry = fit.entry
        bundle = entry if isinstance(entry, Bundle) else None
        return cls(
            code=entry.code,
            questions=fit.questions,  # type: ignore[arg-type]  # entities resolve as their types
            unanswered=[q.code for q in fit.unanswered],
            answers=[SituationAnswerType(**a) for a in fit.answered()],
            chosen=list(fit.chosen),
            optional=list(bundle.optional) if bundle else [],
            extras=list(bundle.extras) if bundle else [],  # type: ignore[arg-type]
            items=list(fit.items),  # type: ignore[arg-type]
            materials=list(bundle.materials if bundle else merge_materials([entry])),  # type: ignore[arg-type]
            departments=list(bundle.departments if bundle else [entry.department]),  # type: ignore[arg-type]
            savings=bundle.savings if bundle else None,  # type: ignore[arg-type]
            time_limit=entry.time_limit,  # type: ignore[arg-type]
            form_schema=entry.form_schema,  # type: ignore[arg-type]
        )


@strawberry.type(name="SituationError")
class SituationError(Error):
    pass


SituationResult = Annotated[SituationType | SituationError, strawberry.union("SituationResult")]
