"""Tortoise models of e-supervision."""

from tortoise import fields
from tortoise.models import Model


class Escalation(Model):
    """An overdue task reported to the supervisors: once per task, whatever the job's retries."""

    id = fields.IntField(primary_key=True)
    task: fields.OneToOneRelation = fields.OneToOneField(
        "models.Task", related_name="escalation", on_delete=fields.CASCADE
    )
    department: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Department", related_name="escalations", on_delete=fields.RESTRICT
    )
    due_on = fields.DateField()
    escalated_on = fields.DateField(db_index=True)
    supervisors_notified = fields.SmallIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "supervision_escalation"
