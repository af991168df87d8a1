"""The one submission: an application of an item or a bundle, its materials, one task per department
(并联审批), the event and the receipt, all in one unit of work, exactly once per idempotency key."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from tortoise.exceptions import IntegrityError

from api import clock
from api.applications.delivery import Delivery
from api.applications.delivery import checked as checked_delivery
from api.applications.delivery import offered as offered_delivery
from api.applications.enums import ActorKind, ApplicationKind, Channel
from api.applications.enums import ApplicationStatus as S
from api.applications.errors import ApplicationsError
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.applications.services.applying import (
    catalog_entry,
    fitted_schema,
    not_asked_dropped,
    represented_organization,
    situation_kept,
)
from api.applications.services.drafts import own_draft
from api.applications.services.materials import (
    MaterialInput,
    PlannedMaterial,
    chosen_uploads,
    material_plan,
    missing_failure,
    parties,
    planned,
    stored_rows,
)
from api.applications.tracking import new_tracking_number
from api.applications.workflow import APPLICATION_MOVES, Actor, check_move
from api.bulk_insert import insert_returning_ids
from api.catalog import forms, situations
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.catalog.models import Department
from api.commitments.models import Commitment
from api.commitments.policies import signer_id
from api.commitments.rules import Offer
from api.commitments.services.signing import (
    Signature,
    record_signatures,
    signed_offers,
    signing_reason,
    waive,
)
from api.failures import Failure
from api.identity.models import Organization, User
from api.unit_of_work import changing
from api.uploads.models import Upload

ATTEMPTS = 3  # a tracking-number collision three times running: something else is wrong


@dataclass
class Submission:
    """What the applicant sends (the GraphQL input, decoded)."""

    code: str
    data: dict[str, Any]
    materials: list[MaterialInput] = field(default_factory=list[MaterialInput])
    idempotency_key: str = ""
    draft_id: int | None = None
    organization_credit_code: str | None = None
    commitments: list[Signature] = field(default_factory=list[Signature])  # 告知承诺 the applicant signs
    delivery: Delivery | None = None  # how the result should reach the applicant (may come later)
    channel: Channel = Channel.ONLINE  # a helper's filing is recorded as HELPER whatever is given
    signature_id: int | None = None  # counter: the walk-in's signature on the tablet (an upload)
    # 情形引导: question code → the option chosen; every question the entry asks must be answered
    answers: dict[str, str] = field(default_factory=dict[str, str])
    items: list[str] | None = None  # 点菜: a bundle's items kept and added (None: as the bundle offers)


@dataclass(frozen=True)
class Written:
    """The rows a submission wrote, with their ids: the response is made of them (nothing read back)."""

    tasks: list[Task]  # with their departments
    events: list[ApplicationEvent]
    materials: list[ApplicationMaterial]  # with their uploads
    commitments: list[Commitment]


@dataclass(frozen=True)
class Submitted:
    application: Application
    created: bool  # False: the idempotency key was seen before and this is the first response again
    written: Written | None = None  # what this request wrote (None: the first response again)


@dataclass(frozen=True)
class Filing:
    """A submission that passed every check: all the writing needs."""

    entry: ServiceItem | Bundle
    catalog_revision: str
    schema: forms.FormSchema
    data: dict[str, Any]
    applicant: User
    actor: Actor
    idempotency_key: str
    draft: Application | None
    plan: list[PlannedMaterial]
    uploads: dict[str, Upload]  # by material code: handed in now or kept from the draft
    organization: Organization | None
    departments: dict[str, Department]  # by code: every department of the entry's items
    commitments: list[Offer]  # signed: the materials they replace are COMMITTED in the plan
    delivery: Delivery | None
    channel: Channel
    signature_id: int | None
    situation: dict[str, Any] | None  # the answers and items chosen, as the applicant saw them


async def submit(catalog: Catalog, applicant: User, actor: Actor, sub: Submission) -> Submitted:
    """One submission: the application, its materials, one task per department, the event and the
    receipt notification, all in one transaction. The client's idempotency key makes retries safe:
    the same key returns the application created the first time."""
    key = sub.idempotency_key.strip()
    if not 8 <= len(key) <= 64:
        raise Failure(ApplicationsError.IDEMPOTENCY_KEY)
    try:
        filing = await _checked(catalog, applicant, actor, sub, key)
    except (Failure, forms.InvalidForm):
        # a retry of a submission that went through may no longer pass (its draft is gone): the first
        # answer. A retry that passes meets the key's unique constraint below. (Asking first would cost
        # every submission a query for the rare retry.)
        existing = await _first_response(applicant, key)
        if existing is not None:
            return Submitted(existing, False)
        raise
    attempt = 1
    while True:
        try:
            application, written = await _write(filing)
            return Submitted(application, True, written)
        except IntegrityError:
            existing = await _first_response(applicant, key)
            if existing is not None:  # a concurrent request with the same key won
                return Submitted(existing, False)
            if attempt == ATTEMPTS:
                raise
            attempt += 1


async def _first_response(applicant: User, key: str) -> Application | None:
    return await Application.get_or_none(applicant=applicant, idempotency_key=key)


async def _checked(catalog: Catalog, applicant: User, actor: Actor, sub: Submission, key: str) -> Filing:
    """Everything is checked before anything is written: the entry, the draft, the form, the moves,
    the materials and the business represented."""
    offered = catalog_entry(catalog, sub.code)
    fitted = situations.complete(situations.fit(offered, sub.answers, sub.items))
    entry = fitted.entry  # only what applies to the answers and the items chosen
    draft = await own_draft(applicant.id, sub.draft_id) if sub.draft_id is not None else None
    if draft is not None and draft.catalog_code != entry.code:
        raise Failure(ApplicationsError.DRAFT_MISMATCH)
    whole = forms.FormSchema.from_json(draft.form_schema) if draft else offered.form_schema
    schema = fitted_schema(whole, entry.form_schema)
    given = not_asked_dropped(sub.data, whole, schema)
    problems = forms.validate(schema, given)
    if problems:
        raise forms.InvalidForm(problems)
    data = forms.clean(schema, given)
    check_move(APPLICATION_MOVES, S.DRAFT, S.SUBMITTED, actor.kind)

    kept: dict[str, Upload] = {}
    applying = {line.material_code for line in material_plan(entry)}
    if draft is not None:
        rows = [row for row in await stored_rows(draft.id) if row.material_code in applying]
        plan = [planned(row) for row in rows]
        kept = {row.material_code: row.upload for row in rows if row.upload is not None}
    else:
        plan = material_plan(entry)
    commitments = signed_offers(entry, sub.commitments)
    plan = waive(entry, plan, commitments)
    uploads = {**kept, **await chosen_uploads(sub.materials, plan, parties(applicant.id, actor))}
    missing = [line for line in plan if line.needed_now and line.material_code not in uploads]
    if missing:
        raise missing_failure(missing)
    organization = await represented_organization(applicant, sub.organization_credit_code)
    chosen = checked_delivery(sub.delivery, offered_delivery(entry)) if sub.delivery else None
    departments = await _departments(catalog, {item.department.code for item in _items(entry)})
    return Filing(
        entry=entry,
        catalog_revision=draft.catalog_revision if draft else str(catalog.revision),
        schema=schema,
        data=data,
        applicant=applicant,
        actor=actor,
        idempotency_key=key,
        draft=draft,
        plan=plan,
        uploads=uploads,
        organization=organization,
        departments=departments,
        commitments=commitments,
        delivery=chosen,
        channel=_channel(actor, sub.channel),
        signature_id=sub.signature_id,
        situation=situation_kept(offered, fitted),
    )


async def _departments(catalog: Catalog, codes: set[str]) -> dict[str, Department]:
    """The department rows of the entry's items: from the catalogue snapshot (kept per revision), read
    only if the snapshot does not know one (a catalogue built before its department was added)."""
    entities = {d.code: d for d in catalog.departments}
    known = {code: catalog.department_ids.get(code) for code in codes}
    if any(i is None or code not in entities for code, i in known.items()):
        return {d.code: d for d in await Department.filter(code__in=codes)}
    return {
        code: Department._init_from_db(  # pyright: ignore[reportPrivateUsage]
            id=known[code], code=code, name=entities[code].name, name_en=entities[code].name_en
        )
        for code in codes
    }


def _channel(actor: Actor, given: Channel) -> Channel:
    """A helper's filing is HELPER and a client's CLIENT, whatever is given."""
    if actor.kind == ActorKind.HELPER:
        return Channel.HELPER
    return Channel.CLIENT if actor.client_id is not None else given


async def _write(filing: Filing) -> tuple[Application, Written]:
    now = clock.now()
    async with changing() as tx:
        application = await Application.create(
            tracking_number=new_tracking_number(now),
            verification_code=f"{secrets.randbelow(1_000_000):06d}",
            kind=ApplicationKind.BUNDLE if isinstance(filing.entry, Bundle) else ApplicationKind.ITEM,
            catalog_code=filing.entry.code,
            catalog_name=filing.entry.name,
            catalog_revision=filing.catalog_revision,
            form_schema=filing.schema.to_json(),
            data=filing.data,
            applicant=filing.applicant,
            organization=filing.organization,
            filed_by_id=filing.actor.filing_helper_id,
            channel=filing.channel,
            client_id=filing.actor.client_id,
            signature_id=filing.signature_id,
            status=S.SUBMITTED,
            idempotency_key=filing.idempotency_key,
            submitted_at=now,
            delivery=filing.delivery.method if filing.delivery else None,
            delivery_address=filing.delivery.address_json() if filing.delivery else None,
            situation=filing.situation,
        )
        materials = await insert_returning_ids(
            [line.row(application.id, filing.uploads.get(line.material_code)) for line in filing.plan],
            key="material_code",  # each material once in a plan
        )
        tasks = await insert_returning_ids(
            [
                Task(
                    application_id=application.id,
                    department=filing.departments[department_code],
                    item_codes=[i.code for i in items],
                    item_names=[i.name for i in items],
                    statutory_days=max(i.time_limit.statutory_days for i in items),
                    promised_days=max(i.time_limit.promised_days for i in items),
                )
                for department_code, items in _by_department(filing.entry).items()
            ],
            key="department_id",  # one task per department (并联审批)
        )
        commitments = await record_signatures(
            application.id,
            filing.commitments,
            filing.plan,
            applicant_id=filing.applicant.id,
            signer_id=signer_id(filing.applicant.id, filing.actor),
            departments=filing.departments,
            at=now,
        )
        # created as submitted: the event of the move from draft, the receipt and the webhook event
        event = await tx.submitted(application, filing.actor, signing_reason(filing.commitments))
        draft = filing.draft
        if draft is not None and not await Application.filter(id=draft.id, status=S.DRAFT).delete():
            raise Failure(ApplicationsError.DRAFT_NOT_FOUND)
    written = Written(
        tasks=sorted(tasks, key=lambda t: t.id),
        events=[event],
        materials=sorted(materials, key=lambda m: m.id),
        commitments=commitments,
    )
    return application, written


def _items(entry: ServiceItem | Bundle) -> tuple[ServiceItem, ...]:
    return entry.items if isinstance(entry, Bundle) else (entry,)


def _by_department(entry: ServiceItem | Bundle) -> dict[str, list[ServiceItem]]:
    lanes: dict[str, list[ServiceItem]] = {}
    for item in _items(entry):
        lanes.setdefault(item.department.code, []).append(item)
    return lanes
