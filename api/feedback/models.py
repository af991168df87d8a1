"""Tortoise models of ratings (好差评), complaints (办不成事) and rectification cases (整改)."""

from tortoise import fields
from tortoise.models import Model

from api.feedback.enums import CaseSource, CaseStatus


class Rating(Model):
    """An applicant's rating of an application, or of one department's part of it (its task).

    One per application, person and scope ("" = the whole application, else the department code);
    changeable for a while after it was first given."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Application", related_name="ratings", on_delete=fields.CASCADE
    )
    application_id: int
    rater: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="ratings", on_delete=fields.CASCADE
    )
    rater_id: int
    task: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Task", related_name="ratings", null=True, on_delete=fields.CASCADE
    )
    task_id: int | None
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="ratings", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    scope = fields.CharField(max_length=8, default="")  # "" or the rated department's code
    level = fields.SmallIntField()  # 1 非常不满意 … 5 非常满意
    comment = fields.TextField(default="")
    changes = fields.SmallIntField(default=0)  # how many times it was changed
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)  # statistics: a period's ratings
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "feedback_rating"
        unique_together = (("application", "rater", "scope"),)


class Complaint(Model):
    """A "couldn't get it done" report (办不成事): anyone, signed in or not (then with a contact phone)."""

    id = fields.IntField(primary_key=True)
    reporter: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="complaints", null=True, on_delete=fields.SET_NULL
    )
    reporter_id: int | None
    contact_phone = fields.CharField(max_length=16, default="")
    catalog_code = fields.CharField(max_length=16, default="")  # the item or bundle, when known
    catalog_name = fields.CharField(max_length=128, default="")
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="complaints", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    description = fields.TextField()
    address = fields.CharField(max_length=64, default="")  # the sender's network address (abuse)
    # the client's key (offline queue replays): a retry returns the first report
    idempotency_key = fields.CharField(max_length=64, null=True, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "feedback_complaint"


class RectificationCase(Model):
    """整改工单: opened by a bad rating or a complaint, in the same transaction; closed with an answer
    the citizen confirms (受理 → 转办 → 督办 → 反馈). ``history`` keeps every step."""

    id = fields.IntField(primary_key=True)
    source = fields.CharEnumField(CaseSource, max_length=12)
    rating: fields.OneToOneNullableRelation = fields.OneToOneField(
        "models.Rating", related_name="rectification", null=True, on_delete=fields.CASCADE
    )
    rating_id: int | None
    complaint: fields.OneToOneNullableRelation = fields.OneToOneField(
        "models.Complaint", related_name="rectification", null=True, on_delete=fields.CASCADE
    )
    complaint_id: int | None
    application: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Application", related_name="rectification_cases", null=True, on_delete=fields.CASCADE
    )
    application_id: int | None
    tracking_number = fields.CharField(max_length=18, default="")
    citizen: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="rectification_cases", null=True, on_delete=fields.SET_NULL
    )  # who opened it (None: an anonymous complaint, answered by phone)
    citizen_id: int | None
    contact_phone = fields.CharField(max_length=16, default="")
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="rectification_cases", null=True, on_delete=fields.RESTRICT
    )  # None until the supervisor hands it to one (a bundle, or no code given)
    department_id: int | None
    catalog_code = fields.CharField(max_length=16, default="")
    catalog_name = fields.CharField(max_length=128, default="")
    rating_level = fields.SmallIntField(null=True)
    summary = fields.TextField(default="")
    status = fields.CharEnumField(CaseStatus, max_length=12, default=CaseStatus.OPEN, db_index=True)
    opened_on = fields.DateField(db_index=True)
    deadline = fields.DateField()  # working days on the Chinese calendar
    assignee: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="rectification_assigned", null=True, on_delete=fields.SET_NULL
    )
    assignee_id: int | None
    instruction = fields.TextField(default="")  # 督办意见
    answer = fields.TextField(default="")
    answered_at = fields.DatetimeField(null=True)
    answered_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="rectification_answered", null=True, on_delete=fields.SET_NULL
    )
    answered_by_id: int | None
    satisfied = fields.BooleanField(null=True)
    confirmed_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)  # confirmed, or answered with nobody to confirm
    reopened_count = fields.SmallIntField(default=0)
    history = fields.JSONField(default=list)  # [{"event", "at", "by", "note"}, …]
    version = fields.IntField(default=1)  # optimistic concurrency between staff
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "feedback_case"
        indexes = (("department", "status"),)
