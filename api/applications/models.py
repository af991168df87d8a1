"""Tortoise models of applications (办件), their department tasks, materials and event log.

Each foreign key's id attribute (``applicant_id``…) is declared next to it for the type checker; tortoise
sets it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from api.applications.enums import (
    OPEN_TASK_STATUSES,
    AcceptanceMode,
    ActorKind,
    ApplicationKind,
    ApplicationStatus,
    Channel,
    MaterialStatus,
    PickupMethod,
    TaskStatus,
)
from api.crypto_at_rest import EncryptedJSONField

if TYPE_CHECKING:
    from api.catalog.models import Department
    from api.identity.models import ApiClient, Organization, User
    from api.uploads.models import Upload


class Application(Model):
    """One submission of an item or a bundle; a draft until submitted."""

    id = fields.IntField(primary_key=True)
    tracking_number = fields.CharField(max_length=18, unique=True, null=True)  # assigned at submission
    kind = fields.CharEnumField(ApplicationKind, max_length=8)
    catalog_code = fields.CharField(max_length=16)
    catalog_name = fields.CharField(max_length=128)
    catalog_revision = fields.CharField(max_length=64)
    form_schema = fields.JSONField()  # frozen at the first save: later catalogue changes don't break it
    # the form as filled in: names, ID numbers of the applicant and others, addresses: encrypted at rest
    data = EncryptedJSONField(context="applications_application.data", default=dict)
    applicant: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="applications", on_delete=fields.RESTRICT
    )
    applicant_id: int
    organization: fields.ForeignKeyNullableRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="applications", null=True, on_delete=fields.RESTRICT
    )
    organization_id: int | None
    filed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="applications_filed", null=True, on_delete=fields.SET_NULL
    )  # a helper (帮办代办) acting for the applicant
    filed_by_id: int | None
    channel = fields.CharEnumField(Channel, max_length=8, default=Channel.ONLINE)
    # channel CLIENT: the mini-program that filed it with the citizen's grant (applications:write)
    client: fields.ForeignKeyNullableRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="applications", null=True, on_delete=fields.SET_NULL
    )
    client_id: int | None
    # 前台综合受理: the walk-in's signature on the clerk's tablet (when no phone code confirmed it)
    signature: fields.ForeignKeyNullableRelation[Upload] = fields.ForeignKeyField(
        "models.Upload", related_name="signed_applications", null=True, on_delete=fields.RESTRICT
    )
    signature_id: int | None
    status = fields.CharEnumField(ApplicationStatus, max_length=20, default=ApplicationStatus.DRAFT)
    idempotency_key = fields.CharField(max_length=64, null=True)
    verification_code = fields.CharField(max_length=8, null=True)  # with the tracking number: public lookup
    # bumped by every change: a draft's save (optimistic concurrency between devices), and every unit of
    # work that announces the application (readers' kept views: api.applications.view_cache)
    version = fields.IntField(default=1)
    # pre-review: the clerk who claimed it (two clerks never review the same application)
    claimed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="applications_claimed", null=True, on_delete=fields.SET_NULL
    )
    claimed_by_id: int | None
    claimed_at = fields.DatetimeField(null=True)
    acceptance = fields.CharEnumField(AcceptanceMode, max_length=12, null=True)
    commitment_verify_by = fields.DateField(null=True)  # 告知承诺: when the promise is checked
    pickup = fields.JSONField(null=True)  # method, window / locker + code / carrier + tracking
    # how the applicant chose to receive the result (api.applications.delivery); for mail the address
    # {recipient, phone, address}, personal data: encrypted at rest
    delivery = fields.CharEnumField(PickupMethod, max_length=8, null=True)
    delivery_address = EncryptedJSONField(context="applications_application.delivery_address", null=True)
    # 情形引导 and 点菜 as the applicant gave them (api.catalog.situations.Fit): {"answers": [{code,
    # question, question_en, value, label, label_en}], "items": [codes]}; marital status and the like:
    # encrypted
    situation = EncryptedJSONField(context="applications_application.situation", null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    submitted_at = fields.DatetimeField(null=True)
    accepted_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "applications_application"
        unique_together = (("applicant", "idempotency_key"),)
        # statistics: a period's applications; the staff queue (status, oldest first); a helper's list
        indexes = (("applicant", "status"), ("submitted_at",), ("status", "submitted_at"), ("filed_by",))


class ApplicationMaterial(Model):
    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="materials", on_delete=fields.CASCADE
    )
    application_id: int
    material_code = fields.CharField(max_length=48)
    name = fields.CharField(max_length=128)
    required = fields.BooleanField()
    deferrable = fields.BooleanField()
    status = fields.CharEnumField(MaterialStatus, max_length=20)
    upload: fields.ForeignKeyNullableRelation[Upload] = fields.ForeignKeyField(
        "models.Upload", related_name="application_materials", null=True, on_delete=fields.RESTRICT
    )
    upload_id: int | None
    note = fields.CharField(max_length=500, default="")  # staff's reason when asking for a correction
    due_on = fields.DateField(null=True)  # 容缺: the date a deferred material is due
    # 容缺 terms frozen from the catalogue with the plan (api.review.deferral reads them): due within so
    # many working days of acceptance; {item code: "approval" | "licence"}: what of each item waits for it
    defer_within = fields.SmallIntField(null=True)
    waits = fields.JSONField(default=dict)
    reminded_on = fields.DateField(null=True)  # 容缺: the day its reminder was queued (once)
    late_since = fields.DateField(null=True)  # 容缺: overdue, the tasks waiting for it paused since

    class Meta:
        table = "applications_material"
        unique_together = (("application", "material_code"),)


def open_tasks_index(*fields: str, name: str) -> Index:
    """A partial index of the open tasks, its entries in ``fields`` order: on PostgreSQL a page of open
    tasks in that order is read from the index's start, however many tasks are open or closed (SQLite
    builds it too; its planner, seen with EXPLAIN QUERY PLAN, takes the open tasks by (status,
    started_on) and sorts them). A plain ``Index`` with the condition as ``extra``, as aerich records and
    compares it."""
    index = Index(fields=fields, name=name)
    statuses = ", ".join(f"'{status}'" for status in OPEN_TASK_STATUSES)
    index.extra = f' WHERE "status" IN ({statuses})'
    return index


class Task(Model):
    """One department's part of an application (并联审批: tasks run in parallel)."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="tasks", on_delete=fields.CASCADE
    )
    application_id: int
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="tasks", on_delete=fields.RESTRICT
    )
    department_id: int
    item_codes = fields.JSONField()
    item_names = fields.JSONField()
    status = fields.CharEnumField(TaskStatus, max_length=12, default=TaskStatus.PENDING)
    statutory_days = fields.SmallIntField()
    promised_days = fields.SmallIntField()
    started_on = fields.DateField(null=True)  # the clock starts on acceptance
    due_on = fields.DateField(null=True)
    pauses = fields.JSONField(
        default=list
    )  # [[paused_on, resumed_on | null, reason], …] while waiting for the applicant
    paused_on = fields.DateField(null=True)  # the running pause's first day (supervision's paused list)
    decided_at = fields.DatetimeField(null=True, db_index=True)  # statistics: a period's decisions
    decided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="decisions", null=True, on_delete=fields.SET_NULL
    )
    decided_by_id: int | None
    decision_note = fields.TextField(default="")

    class Meta:
        table = "applications_task"
        unique_together = (("application", "department"),)
        indexes = (
            ("status", "started_on"),  # the open tasks (a department system's; supervision on SQLite)
            # supervision's lists: the open tasks by due date (overdue), by the day their clock stopped
            open_tasks_index("due_on", "id", name="idx_task_open_due_on"),
            open_tasks_index("paused_on", "id", name="idx_task_open_paused_on"),
        )


class ApplicationEvent(Model):
    """Every move: who, acting for whom, when, why — written with the change, in one transaction."""

    id = fields.BigIntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="events", on_delete=fields.CASCADE
    )
    application_id: int
    task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="events", null=True, on_delete=fields.CASCADE
    )
    task_id: int | None
    from_status = fields.CharField(max_length=20, default="")
    to_status = fields.CharField(max_length=20)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="application_events", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_kind = fields.CharEnumField(ActorKind, max_length=16)
    acting_for: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="application_events_for", null=True, on_delete=fields.SET_NULL
    )
    acting_for_id: int | None
    # an API client acting (a department's system deciding a task): recorded as that client
    client: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.ApiClient", related_name="application_events", null=True, on_delete=fields.SET_NULL
    )
    client_id: int | None
    reason = fields.TextField(default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "applications_event"
        ordering = ("id",)
        indexes = (("application", "to_status"),)  # an application's history; statistics: its trips


class Message(Model):
    """The remote consultation thread of an application (clerk ⇄ applicant), with attachments."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="messages", on_delete=fields.CASCADE
    )
    application_id: int
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    author_id: int | None
    author_kind = fields.CharEnumField(ActorKind, max_length=16)
    body = fields.TextField()
    attachment: fields.ForeignKeyNullableRelation[Upload] = fields.ForeignKeyField(
        "models.Upload", related_name="messages", null=True, on_delete=fields.RESTRICT
    )
    attachment_id: int | None
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "applications_message"
        ordering = ("id",)
