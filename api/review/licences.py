"""The certificates an approval issues (``policies.decision_on`` says which) go into the applicant's
wallet as e-licences, in the approval's own transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from tortoise.backends.base.client import BaseDBAsyncClient

from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.catalog import forms
from api.catalog.models import Department
from api.review.policies import Certificate
from api.wallet.models import Licence
from api.wallet.services import issue_licence

PRIVATE_TYPES = {"id_number", "phone", "email"}  # never copied onto a certificate shown to others


def licence_fields(
    schema: forms.FormSchema, data: Mapping[str, Any], item_code: str, type_code: str
) -> dict[str, str]:
    """The certificate's fields from the form: every field that names this certificate as its source
    (``prefill: licence.<type>.<key>``), so a later application is prefilled from the wallet; plus the
    other non-private answers the item asked, under their own names."""
    prefix = f"licence.{type_code}."
    values: dict[str, str] = {}
    for spec in schema.fields:
        value = data.get(spec.code)
        if value in (None, "", []):
            continue
        if spec.prefill and spec.prefill.startswith(prefix):
            values[spec.prefill[len(prefix) :]] = str(value)
        elif item_code in spec.used_by and spec.type.value not in PRIVATE_TYPES:
            values.setdefault(spec.code, "、".join(value) if isinstance(value, list) else str(value))
    return values


async def issue(
    task: Task, certificates: Sequence[Certificate], actor: Actor, connection: BaseDBAsyncClient
) -> list[Licence]:
    """Issue ``certificates`` for the approved ``task`` (its application loaded) inside the approval's
    transaction ``connection`` (the wallet then neither opens its own nor retries a taken number)."""
    if not certificates:
        return []
    application: Application = task.application
    data = cast(
        Mapping[str, Any], application.data
    )  # an EncryptedJSONField, typed as the text it is stored as
    schema = forms.FormSchema.from_json(application.form_schema)
    department = await Department.get(id=task.department_id)
    holder = await application.applicant
    issued: list[Licence] = []
    for certificate in certificates:
        fields = licence_fields(schema, data, certificate.item_code, certificate.type_code)
        holder_name = data.get("company_name") or data.get("applicant_name")
        if holder_name:
            fields.setdefault("name", str(holder_name))
        licence = await issue_licence(
            department,
            holder,
            certificate.type_code,
            fields,
            application=application,
            organization=None,
            actor=actor.user_id,
            connection=connection,
        )
        issued.append(licence)
    return issued
