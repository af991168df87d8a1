"""Business rules of applications: drafts, the one submission that fans out to every department,
withdrawal and corrections. Plain async functions; the only place that opens transactions."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from api import clock
from api.applications import bus
from api.applications.enums import ActorKind, ApplicationKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial, Task
from api.applications.tracking import is_valid_tracking_number, new_tracking_number, normalize_tracking_number
from api.applications.workflow import APPLICATION_MOVES, Actor, apply_move, check_move, record
from api.catalog import forms
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.catalog.models import Department
from api.failures import Failure
from api.identity import ratelimit
from api.identity.models import Organization, User
from api.uploads.models import Upload


@dataclass(frozen=True)
class MaterialInput:
    material: str  # material code
    upload: str  # the upload's public id


@dataclass
class Submission:
    code: str
    data: dict
    materials: list[MaterialInput] = field(default_factory=list)
    idempotency_key: str = ""
    draft_id: int | None = None
    organization_credit_code: str | None = None


def _now() -> datetime:
    return clock.now()


def catalog_entry(catalog: Catalog, code: str) -> ServiceItem | Bundle:
    entry = catalog.entry(code)
    if entry is None:
        raise Failure(
            "UNKNOWN_CODE", f"没有编号为 {code} 的事项或一件事", f"No item or bundle with code {code}"
        )
    return entry


def material_plan(entry: ServiceItem | Bundle) -> list[dict]:
    """The materials of an item or a bundle (merged: each asked once), and which need nothing from the
    applicant: 免提交 (an e-licence or shared data supplies it) or produced by an earlier item."""
    plan = []
    for line in entry.materials:
        produced = getattr(line, "produced_in_bundle", False)
        if line.material.waived:
            status = MaterialStatus.WAIVED
        elif produced:
            status = MaterialStatus.PRODUCED
        else:
            status = MaterialStatus.MISSING
        plan.append(
            {
                "material_code": line.material.code,
                "name": line.material.name,
                "required": line.required,
                "deferrable": line.deferrable,
                "status": status,
            }
        )
    return plan


def _items(entry: ServiceItem | Bundle) -> tuple[ServiceItem, ...]:
    return entry.items if isinstance(entry, Bundle) else (entry,)


async def _uploads_for(
    materials: list[MaterialInput], plan: list[dict], owners: set[int]
) -> dict[str, Upload]:
    """Each provided material must be one the application asks for, with an upload of one of its
    parties (the applicant, or the helper filing it)."""
    asked = {m["material_code"]: m for m in plan}
    by_public_id = {u.public_id: u for u in await Upload.filter(public_id__in=[g.upload for g in materials])}
    found: dict[str, Upload] = {}
    for given in materials:
        line = asked.get(given.material)
        if line is None:
            raise Failure(
                "UNKNOWN_MATERIAL",
                f"本事项不需要材料 {given.material}",
                f"Material {given.material} is not asked for",
            )
        if line["status"] in (MaterialStatus.WAIVED, MaterialStatus.PRODUCED):
            raise Failure(
                "MATERIAL_NOT_NEEDED",
                f"“{line['name']}”免提交，无需上传",
                f"{given.material} is supplied by an e-licence or shared data; do not upload it",
            )
        upload = by_public_id.get(given.upload)
        if upload is None or upload.owner_id not in owners:
            raise Failure(
                "UPLOAD_NOT_FOUND", f"“{line['name']}”的文件不存在", f"Upload for {given.material} not found"
            )
        found[given.material] = upload
    return found


def _missing(plan: list[dict], provided: dict[str, Upload]) -> list[dict]:
    return [
        m
        for m in plan
        if m["status"] == MaterialStatus.MISSING
        and m["required"]
        and not m["deferrable"]
        and m["material_code"] not in provided
    ]


async def represented_organization(applicant: User, credit_code: str | None) -> Organization | None:
    if not credit_code:
        return None
    organization = (
        await Organization.filter(credit_code=credit_code.strip().upper(), representative=applicant)
        .exclude(verified_at=None)
        .first()
    )
    if organization is None:
        raise Failure(
            "ORGANIZATION_NOT_FOUND",
            "您不是该企业经核验的经办人（请先在“我的”中登记企业并完成核验）",
            "You are not the verified representative of this business (register and verify it first)",
        )
    return organization


# --- drafts ---------------------------------------------------------------------------------------


async def own_draft(applicant: User, draft_id: int) -> Application:
    draft = await Application.get_or_none(id=draft_id, applicant=applicant, status=S.DRAFT)
    if draft is None:
        raise Failure("DRAFT_NOT_FOUND", "草稿不存在或不属于您", "No such draft of yours")
    return draft


async def save_draft(
    catalog: Catalog,
    applicant: User,
    actor: Actor,
    code: str,
    data: dict,
    materials: list[MaterialInput],
    draft_id: int | None = None,
    version: int | None = None,
) -> Application:
    """Create or update a draft. The form schema is frozen at creation; incomplete data is fine, but
    values that are present must be valid (so problems show up while typing, not at the end)."""
    if draft_id is None:
        entry = catalog_entry(catalog, code)
        schema = forms.form_for(catalog, entry.code)
        plan = material_plan(entry)
    else:
        draft = await own_draft(applicant, draft_id)
        schema = forms.FormSchema.from_json(draft.form_schema)
        plan = [
            {k: getattr(m, k) for k in ("material_code", "name", "required", "deferrable", "status")}
            for m in await ApplicationMaterial.filter(application=draft)
        ]
    present = {k: v for k, v in data.items() if v not in (None, "", [])}
    problems = [p for p in forms.validate(schema, present) if p.code != "REQUIRED"]
    if problems:
        raise forms.InvalidForm(problems)
    owners = {applicant.id} | ({actor.user_id} if actor.user_id else set())
    uploads = await _uploads_for(materials, plan, owners)
    async with in_transaction() as conn:
        if draft_id is None:
            draft = await Application.create(
                kind=ApplicationKind.BUNDLE if isinstance(entry, Bundle) else ApplicationKind.ITEM,
                catalog_code=entry.code,
                catalog_name=entry.name,
                catalog_revision=str(catalog.revision),
                form_schema=schema.to_json(),
                data=present,
                applicant=applicant,
                filed_by_id=actor.user_id if actor.kind == ActorKind.HELPER else None,
                using_db=conn,
            )
            await ApplicationMaterial.bulk_create(
                [ApplicationMaterial(application_id=draft.id, **m) for m in plan], using_db=conn
            )
        else:
            changed = (
                await Application.filter(id=draft_id, status=S.DRAFT, version=version or draft.version)
                .using_db(conn)
                .update(data=present, version=draft.version + 1, updated_at=_now())
            )
            if not changed:
                raise Failure(
                    "DRAFT_CONFLICT",
                    "草稿已在其他设备上修改，请刷新后再保存",
                    "The draft was changed on another device; reload it first",
                )
        for material_code, upload in uploads.items():
            await (
                ApplicationMaterial.filter(application_id=draft.id, material_code=material_code)
                .using_db(conn)
                .update(upload_id=upload.id, status=MaterialStatus.PROVIDED)
            )
    return await Application.get(id=draft.id)


async def delete_draft(applicant: User, draft_id: int) -> None:
    draft = await own_draft(applicant, draft_id)
    await draft.delete()


# --- submission -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submitted:
    application: Application
    created: bool  # False: the idempotency key was seen before and this is the first response again


async def submit(catalog: Catalog, applicant: User, actor: Actor, sub: Submission) -> Submitted:
    """One submission: the application, its materials, one task per department, the event and the
    receipt notification, all in one transaction. The client's idempotency key makes retries safe:
    the same key returns the application created the first time."""
    key = sub.idempotency_key.strip()
    if not 8 <= len(key) <= 64:
        raise Failure(
            "IDEMPOTENCY_KEY",
            "缺少提交编号（idempotencyKey）",
            "An idempotencyKey of 8–64 characters is required",
        )
    existing = await Application.get_or_none(applicant=applicant, idempotency_key=key)
    if existing is not None:
        return Submitted(existing, False)

    entry = catalog_entry(catalog, sub.code)
    draft = await own_draft(applicant, sub.draft_id) if sub.draft_id is not None else None
    if draft is not None and draft.catalog_code != entry.code:
        raise Failure("DRAFT_MISMATCH", "草稿与所办事项不一致", "The draft is for another item or bundle")
    schema = forms.FormSchema.from_json(draft.form_schema) if draft else forms.form_for(catalog, entry.code)
    problems = forms.validate(schema, sub.data)
    if problems:
        raise forms.InvalidForm(problems)
    data = forms.clean(schema, sub.data)
    check_move(APPLICATION_MOVES, S.DRAFT, S.SUBMITTED, actor.kind)

    if draft is not None:
        plan = [
            {k: getattr(m, k) for k in ("material_code", "name", "required", "deferrable", "status")}
            for m in await ApplicationMaterial.filter(application=draft).prefetch_related("upload")
        ]
        kept = {
            m.material_code: m.upload
            for m in await ApplicationMaterial.filter(
                application=draft, upload_id__isnull=False
            ).prefetch_related("upload")
        }
    else:
        plan, kept = material_plan(entry), {}
    owners = {applicant.id} | ({actor.user_id} if actor.user_id else set())
    uploads = {**kept, **await _uploads_for(sub.materials, plan, owners)}
    missing = _missing(plan, uploads)
    if missing:
        names = "、".join(m["name"] for m in missing)
        raise Failure(
            "MATERIALS_MISSING",
            f"还缺少材料：{names}",
            f"Missing materials: {', '.join(m['material_code'] for m in missing)}",
        )
    organization = await represented_organization(applicant, sub.organization_credit_code)
    departments = {
        d.code: d for d in await Department.filter(code__in={i.department.code for i in _items(entry)})
    }

    for attempt in range(3):
        try:
            application = await _write_submission(
                entry,
                schema,
                data,
                applicant,
                actor,
                key,
                draft,
                plan,
                uploads,
                organization,
                departments,
                catalog,
            )
            break
        except IntegrityError:
            existing = await Application.get_or_none(applicant=applicant, idempotency_key=key)
            if existing is not None:  # a concurrent request with the same key won
                return Submitted(existing, False)
            if attempt == 2:  # a tracking-number collision three times running: something else is wrong
                raise
    bus.after_commit(application.id)
    return Submitted(application, True)


async def _write_submission(
    entry, schema, data, applicant, actor, key, draft, plan, uploads, organization, departments, catalog
) -> Application:
    now = _now()
    async with in_transaction() as conn:
        application = await Application.create(
            tracking_number=new_tracking_number(now),
            verification_code=f"{secrets.randbelow(1_000_000):06d}",
            kind=ApplicationKind.BUNDLE if isinstance(entry, Bundle) else ApplicationKind.ITEM,
            catalog_code=entry.code,
            catalog_name=entry.name,
            catalog_revision=draft.catalog_revision if draft else str(catalog.revision),
            form_schema=schema.to_json(),
            data=data,
            applicant=applicant,
            organization=organization,
            filed_by_id=actor.user_id if actor.kind == ActorKind.HELPER else None,
            status=S.SUBMITTED,
            idempotency_key=key,
            submitted_at=now,
            using_db=conn,
        )
        rows = []
        for m in plan:
            upload = uploads.get(m["material_code"])
            status = m["status"]
            if upload is not None:
                status = MaterialStatus.PROVIDED
            elif status == MaterialStatus.PROVIDED:
                status = MaterialStatus.MISSING
            rows.append(
                ApplicationMaterial(
                    application_id=application.id,
                    **{**m, "status": status},
                    upload_id=upload.id if upload else None,
                )
            )
        await ApplicationMaterial.bulk_create(rows, using_db=conn)
        for department_code, items in _by_department(entry).items():
            await Task.create(
                application_id=application.id,
                department_id=departments[department_code].id,
                item_codes=[i.code for i in items],
                item_names=[i.name for i in items],
                statutory_days=max(i.time_limit.statutory_days for i in items),
                promised_days=max(i.time_limit.promised_days for i in items),
                using_db=conn,
            )
        await record(application, S.DRAFT, S.SUBMITTED, actor, "", conn)
        draft_gone = draft is not None and not (
            await Application.filter(id=draft.id, status=S.DRAFT).using_db(conn).delete()
        )
        if draft_gone:
            raise Failure(
                "DRAFT_NOT_FOUND", "草稿已提交或已删除", "The draft was already submitted or deleted"
            )
        await bus.notify_in_transaction(conn, application.id)
    return application


def _by_department(entry: ServiceItem | Bundle) -> dict[str, list[ServiceItem]]:
    lanes: dict[str, list[ServiceItem]] = {}
    for item in _items(entry):
        lanes.setdefault(item.department.code, []).append(item)
    return lanes


# --- after submission -----------------------------------------------------------------------------


async def withdraw(application: Application, actor: Actor, reason: str) -> Application:
    async with in_transaction() as conn:
        await apply_move(application, S.WITHDRAWN, actor, reason.strip()[:500], conn)
        await bus.notify_in_transaction(conn, application.id)
    bus.after_commit(application.id)
    return application


async def answer_correction(
    application: Application, actor: Actor, materials: list[MaterialInput], data: dict | None
) -> Application:
    """The applicant sends what the correction notice asked for; the application goes back to review."""
    asked = await ApplicationMaterial.filter(application=application, status=MaterialStatus.NEEDS_CORRECTION)
    asked_codes = {m.material_code for m in asked}
    plan = [
        {"material_code": m.material_code, "name": m.name, "status": MaterialStatus.MISSING} for m in asked
    ]
    owners = {application.applicant_id} | ({actor.user_id} if actor.user_id else set())
    uploads = await _uploads_for(materials, plan, owners)
    still = asked_codes - set(uploads)
    if still:
        names = "、".join(m.name for m in asked if m.material_code in still)
        raise Failure(
            "MATERIALS_MISSING", f"还需补正：{names}", f"Still to correct: {', '.join(sorted(still))}"
        )
    new_data = None
    if data:
        schema = forms.FormSchema.from_json(application.form_schema)
        merged = {**application.data, **data}
        problems = forms.validate(schema, merged)
        if problems:
            raise forms.InvalidForm(problems)
        new_data = forms.clean(schema, merged)
    async with in_transaction() as conn:
        for code, upload in uploads.items():
            await (
                ApplicationMaterial.filter(application=application, material_code=code)
                .using_db(conn)
                .update(upload_id=upload.id, status=MaterialStatus.PROVIDED, note="")
            )
        if new_data is not None:
            await Application.filter(id=application.id).using_db(conn).update(data=new_data)
        await apply_move(application, S.SUBMITTED, actor, "已补正", conn)
        await bus.notify_in_transaction(conn, application.id)
    bus.after_commit(application.id)
    return application


async def lookup(tracking_number: str, verification_code: str, address: str) -> Application:
    """A hall kiosk's lookup: the tracking number and the applicant's verification code, rate-limited."""
    await ratelimit.hit(ratelimit.TRACKING_LOOKUPS_PER_ADDRESS, address)
    number = normalize_tracking_number(tracking_number)
    application = (
        await Application.get_or_none(tracking_number=number) if is_valid_tracking_number(number) else None
    )
    if application is None or not hmac.compare_digest(
        (application.verification_code or "").encode(), verification_code.strip().encode()
    ):
        raise Failure(
            "NOT_FOUND", "办件编号或查询码不正确", "The tracking number or the verification code is wrong"
        )
    return application
