"""GraphQL types of applications and their timeline."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api.applications import deferral
from api.applications.delivery import offered
from api.applications.enums import (
    ActorKind,
    ApplicationStatus,
    Channel,
    MaterialStatus,
    PickupMethod,
    TaskStatus,
)
from api.applications.helping import FiledFor
from api.applications.models import ApplicationEvent, ApplicationMaterial
from api.applications.services import FormToApply, PlannedMaterial
from api.catalog.forms import InvalidForm
from api.catalog.situation_types import SituationAnswerType, SituationType
from api.catalog.types import CatalogEntry
from api.commitments.rules import offers
from api.commitments.types import CommitmentOffer, SignedCommitment
from api.failures import Failure
from api.graphql.connections import Connection
from api.graphql.errors import Error
from api.identity import disclosure
from api.identity.enums import Role

__all__ = ["ActorKind", "ApplicationStatus", "MaterialStatus", "TaskStatus"]  # the GraphQL enums


@strawberry.type(description="The applicant's choice of how to receive the result")
class DeliveryType:
    method: PickupMethod
    recipient: str | None = strawberry.field(description="Mail only; the applicant's side and clerks")
    phone: str | None
    address: str | None


@strawberry.type
class FieldProblem:
    field: str
    code: str
    message: str
    message_en: str


@strawberry.type
class ApplicationError(Error):
    problems: list[FieldProblem] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, failure: Failure) -> ApplicationError:
        problems: list[FieldProblem] = []
        if isinstance(failure, InvalidForm):
            problems = [
                FieldProblem(field=p.field, code=p.code, message=p.message, message_en=p.message_en)
                for p in failure.problems
            ]
        return cls(
            code=failure.code, message=failure.message, message_en=failure.message_en, problems=problems
        )


@strawberry.type
class Label:
    zh: str
    en: str


@strawberry.type
class ApplicationMaterialType:
    material: str
    name: str
    required: bool
    deferrable: bool
    status: MaterialStatus
    upload: str | None = strawberry.field(
        description="The upload's id, readable by the application's parties"
    )
    note: str
    defer_within: int | None = strawberry.field(
        default=None, description="容缺: due within so many working days of acceptance (catalogue terms)"
    )
    due_on: date | None = strawberry.field(
        default=None, description="容缺: when the deferred material is due"
    )
    owed: bool = strawberry.field(
        default=False, description="容缺: deferred at acceptance and not checked yet (handed in or not)"
    )
    late: bool = strawberry.field(
        default=False, description="容缺: owed past its due date (the tasks waiting for it are paused)"
    )

    @classmethod
    def of(cls, m: ApplicationMaterial, owed: bool | None = None) -> ApplicationMaterialType:
        """``owed``: still owed for a department not rejecting (``deferral.still_owed``); by default,
        whether it is owed at all."""
        owed = deferral.is_owed(m) if owed is None else owed
        return cls(
            material=m.material_code,
            name=m.name,
            required=m.required,
            deferrable=m.deferrable,
            status=m.status,
            upload=m.upload.public_id if m.upload_id and m.upload is not None else None,
            note=m.note,
            defer_within=m.defer_within if m.deferrable else None,
            due_on=m.due_on,
            owed=owed,
            late=owed and m.late_since is not None,
        )

    @strawberry.field(description="The material's English name in the catalogue (null: none)")
    async def name_en(self, info: Info) -> str | None:
        material = (await info.context.catalog()).material_types.get(self.material)
        return material.name_en if material is not None else None

    @classmethod
    def plan(cls, line: PlannedMaterial) -> ApplicationMaterialType:
        """A line of the material plan (before anything is uploaded)."""
        return cls(
            material=line.material_code,
            name=line.name,
            required=line.required,
            deferrable=line.deferrable,
            status=line.status,
            upload=None,
            note="",
            defer_within=line.defer_within if line.deferrable else None,
        )


@strawberry.type
class Lane:
    task_id: strawberry.ID
    department_code: str
    department_name: str
    items: list[str]
    status: TaskStatus
    promised_days: int
    statutory_days: int
    started_on: date | None
    due_on: date | None
    remaining_working_days: int | None
    paused: bool
    pause_reason: str = strawberry.field(description="Why the clock is stopped (empty when it runs)")
    overdue: bool
    decision_note: str


@strawberry.type
class TimelineEvent:
    at: datetime
    from_status: str
    to_status: str
    actor_kind: ActorKind
    actor_name: str | None
    acting_for_name: str | None
    department_code: str | None
    reason: str

    @classmethod
    def of(cls, e: ApplicationEvent, departments: dict[int, str]) -> TimelineEvent:
        return cls(
            at=e.at,
            from_status=e.from_status,
            to_status=e.to_status,
            actor_kind=e.actor_kind,
            actor_name=e.actor.name if e.actor_id and e.actor is not None else None,
            acting_for_name=e.acting_for.name if e.acting_for_id and e.acting_for is not None else None,
            department_code=departments.get(e.task_id) if e.task_id else None,
            reason=e.reason,
        )


@strawberry.type
class ApplicationType:
    id: strawberry.ID
    tracking_number: str | None
    verification_code: str | None = strawberry.field(
        description="With the tracking number: status lookup at a kiosk"
    )
    kind: str
    code: str
    name: str
    status: ApplicationStatus
    status_label: Label
    next_action: Label
    form_schema: JSON
    version: int
    created_at: datetime
    submitted_at: datetime | None
    materials: list[ApplicationMaterialType]
    lanes: list[Lane]
    events: list[TimelineEvent]
    filed_by_helper: bool
    filed_by_name: str | None = strawberry.field(
        description="The helper (帮办代办) who filed it for the applicant: shown as 由 X 代办"
    )
    filed_for: FiledFor | None = strawberry.field(
        description="Filed by a helper: the applicant they act for (onBehalfOf), for the helper's lists"
    )
    channel: Channel = strawberry.field(
        description="online, helper (帮办代办), counter (窗口受理) or client (a mini-program, with the grant)"
    )
    client_name: str | None = strawberry.field(
        default=None, description="Channel CLIENT: the mini-program that filed it for the applicant"
    )
    acceptance: str | None = strawberry.field(description="normal, deferred (容缺) or commitment (告知承诺)")
    correction_lists: int = strawberry.field(
        description="Correction lists sent: 1 is the one-time notice (一次性告知); more are extra requests "
        "a supervisor approved (补充补正)"
    )
    updated_at: datetime
    claimed_by: strawberry.ID | None = strawberry.field(description="The clerk pre-reviewing it (user id)")
    commitments: list[SignedCommitment] = strawberry.field(description="告知承诺 signed, and their checks")
    answers: list[SituationAnswerType] = strawberry.field(
        description="情形引导: the answers it was filed with"
    )
    chosen_items: list[str] | None = strawberry.field(description="点菜: the items chosen (null: as offered)")
    pickup_details: strawberry.Private[dict[str, Any] | None]
    chosen_delivery: strawberry.Private[PickupMethod | None]
    delivery_address: strawberry.Private[dict[str, str] | None]
    parties: strawberry.Private[frozenset[int]]
    applicant_id: strawberry.Private[int]
    form_data: strawberry.Private[dict[str, Any]]
    done: strawberry.Private[bool]

    @strawberry.field(
        description="办完这件事，您可能还需要…: once a life event (一件事) is done, the items and bundles "
        "people usually need next (catalogue data); empty before"
    )
    async def next_services(self, info: Info) -> list[CatalogEntry]:
        if not self.done:
            return []
        return list((await info.context.catalog()).next_services(self.code))

    @strawberry.field(
        description="Form values by field code. API clients see resident ID numbers masked "
        "(110105********1234) unless the applicant granted them identity_numbers:read"
    )
    async def data(self, info: Info) -> JSON:
        if await disclosure.sees_full_id_numbers(info.context.principal, self.applicant_id):
            return JSON(self.form_data)
        return JSON(disclosure.mask_form_data(json_object(self.form_schema), self.form_data))

    @strawberry.field(
        description="How the result is collected: window, locker (+ one-time code: applicant only), or mail"
    )
    def pickup(self, info: Info) -> JSON | None:
        if self.pickup_details is None:
            return None
        if info.context.principal.user_id in self.parties:
            return JSON(self.pickup_details)
        return JSON({k: v for k, v in self.pickup_details.items() if k != "code"})

    @strawberry.field(description="How the applicant chose to receive the result (null: not chosen yet)")
    def delivery(self, info: Info) -> DeliveryType | None:
        if self.chosen_delivery is None:
            return None
        principal = info.context.principal
        address = self.delivery_address or {}
        if not (principal.user_id in self.parties or principal.has_role(Role.WINDOW_CLERK)):
            address = {}  # who mails it and the applicant's side: nobody else needs where they live
        return DeliveryType(
            method=self.chosen_delivery,
            recipient=address.get("recipient"),
            phone=address.get("phone"),
            address=address.get("address"),
        )

    @strawberry.field(description="The ways this item or bundle can reach the applicant (catalogue channels)")
    async def delivery_options(self, info: Info) -> list[PickupMethod]:
        entry = (await info.context.catalog()).entry(self.code)
        return list(offered(entry)) if entry is not None else [PickupMethod.WINDOW]

    @strawberry.field(description="The English name of the item or bundle in the catalogue (null: none)")
    async def name_en(self, info: Info) -> str | None:
        entry = (await info.context.catalog()).entry(self.code)
        return entry.name_en if entry is not None else None


S_NEEDS_CORRECTION = str(ApplicationStatus.NEEDS_CORRECTION)


def json_object(value: object) -> dict[str, Any]:
    """A JSON column's value that should be an object (a form schema, form data, pickup details)."""
    return value if isinstance(value, dict) else {}


@strawberry.type
class ApplyForm:
    """Everything the merged form needs: the schema, prefilled values and the material plan."""

    code: str
    name: str
    name_en: str
    form_schema: JSON
    prefill: JSON
    materials: list[ApplicationMaterialType]
    commitments: list[CommitmentOffer] = strawberry.field(
        description="告知承诺 offered: sign one to be spared the materials it replaces"
    )
    acting_for: str | None = strawberry.field(
        default=None, description="A helper's form: the name of the person they apply for (代 X 申请)"
    )
    situation: SituationType | None = strawberry.field(default=None, description="情形引导 and 点菜")

    @classmethod
    def of(cls, form: FormToApply, acting_for: str | None = None) -> ApplyForm:
        return cls(
            acting_for=acting_for,
            code=form.entry.code,
            name=form.entry.name,
            name_en=form.entry.name_en,
            form_schema=JSON(form.schema.to_json()),
            prefill=JSON(form.prefill),
            materials=[ApplicationMaterialType.plan(line) for line in form.materials],
            commitments=[CommitmentOffer.of(offer, form.entry) for offer in offers(form.entry)],
            situation=SituationType.of(form.fit) if form.fit else None,
        )


@strawberry.type
class Submitted:
    application: ApplicationType
    created: bool = strawberry.field(description="False when this idempotency key was seen before")


ApplicationConnection = Connection[ApplicationType]


ApplicationResult = Annotated[ApplicationType | ApplicationError, strawberry.union("ApplicationResult")]
SubmitResult = Annotated[Submitted | ApplicationError, strawberry.union("SubmitResult")]
ApplyFormResult = Annotated[ApplyForm | ApplicationError, strawberry.union("ApplyFormResult")]
