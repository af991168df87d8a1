"""When a department approves, the items it decided that produce a certificate issue it as an
e-licence into the applicant's wallet, in the approval's own transaction."""

from __future__ import annotations

from api.applications.models import Application, Task
from api.catalog import forms
from api.catalog.entities import Catalog
from api.catalog.models import Department
from api.wallet.models import Licence
from api.wallet.services import issue_licence

PRIVATE_TYPES = {"id_number", "phone", "email"}  # never copied onto a certificate shown to others


def licence_fields(schema: forms.FormSchema, data: dict, item_code: str, type_code: str) -> dict[str, str]:
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


async def issue_outputs(
    task: Task, application: Application, catalog: Catalog, actor_id: int, conn
) -> list[Licence]:
    schema = forms.FormSchema.from_json(application.form_schema)
    department = await Department.get(id=task.department_id).using_db(conn)
    issued = []
    for code in task.item_codes:
        item = catalog.items_by_code.get(code)
        if item is None or item.output is None or not item.output.waived:
            continue  # only certificates the e-licence library holds (免提交 later)
        fields = licence_fields(schema, application.data, code, item.output.code)
        holder_name = application.data.get("company_name") or application.data.get("applicant_name")
        if holder_name:
            fields.setdefault("name", str(holder_name))
        licence = await issue_licence(
            department,
            await application.applicant,
            item.output.code,
            fields,
            application=application,
            organization=None,
            actor=actor_id,
            connection=conn,
        )
        issued.append(licence)
    return issued
