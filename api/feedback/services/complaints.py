"""办不成事: anyone may report a problem (anonymously with a phone to call back); the report opens a
rectification case in the same unit of work. Rate-limited per account and per address; a retry with
the same idempotency key returns the first report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError

from api import clock
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.catalog.models import Department
from api.failures import Failure, Phrase
from api.feedback.enums import CaseSource
from api.feedback.errors import FeedbackError
from api.feedback.models import Complaint, RectificationCase
from api.feedback.services.cases import NewCase, open_case
from api.feedback.services.rules import COMPLAINTS_PER_ACCOUNT, COMPLAINTS_PER_ADDRESS, clean_text
from api.identity import ratelimit
from api.identity.models import User
from api.identity.validators import normalize_phone
from api.unit_of_work import changing


@dataclass(frozen=True)
class ComplaintOutcome:
    complaint: Complaint
    case: RectificationCase


@dataclass(frozen=True)
class _Report:
    """A checked report, about to be written."""

    entry: ServiceItem | Bundle | None
    description: str
    phone: str
    reporter_id: int | None
    department_id: int | None
    address: str
    key: str | None
    now: datetime


async def reporter(user_id: int | None) -> User | None:
    """The signed-in reporter's account (None: anonymous)."""
    return await User.get_or_none(id=user_id) if user_id is not None else None


def _contact(contact_phone: str | None, reporter: User | None) -> str:
    if contact_phone and contact_phone.strip():
        return normalize_phone(contact_phone)
    if reporter is not None and reporter.phone:
        return reporter.phone
    raise Failure(FeedbackError.CONTACT_REQUIRED)


async def _department_of(entry: ServiceItem | Bundle | None) -> int | None:
    """The case goes to the item's department, or waits for the supervisor when it is not one."""
    if entry is None:
        return None
    departments = entry.departments if isinstance(entry, Bundle) else (entry.department,)
    if len({d.code for d in departments}) != 1:
        return None
    department = await Department.get_or_none(code=departments[0].code)
    return department.id if department else None


async def report_problem(
    catalog: Catalog,
    description: str,
    code: str | None,
    contact_phone: str | None,
    reporter: User | None,
    address: str,
    *,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> ComplaintOutcome:
    """办不成事: anyone may report (anonymously with a phone to call back); rate-limited per account
    and per address.
    The case goes to the item's department, or waits for the supervisor when that is not one department.
    A retry with the same ``idempotency_key`` returns the first report."""
    key = (idempotency_key or "").strip()[:64] or None
    reporter_id = reporter.id if reporter is not None else None
    if key is not None and (first := await _reported(key, reporter_id)) is not None:
        return first
    if reporter_id is not None:
        await ratelimit.hit(COMPLAINTS_PER_ACCOUNT, ratelimit.user_account(reporter_id))
    await ratelimit.hit(COMPLAINTS_PER_ADDRESS, address or "unknown")
    description = clean_text(description, minimum=5, what=Phrase("问题描述", "description"))
    phone = _contact(contact_phone, reporter)
    entry = None
    if code and code.strip():
        entry = catalog.entry(code)
        if entry is None:
            raise Failure(FeedbackError.UNKNOWN_CODE)
    report = _Report(
        entry=entry,
        description=description,
        phone=phone,
        reporter_id=reporter_id,
        department_id=await _department_of(entry),
        address=address,
        key=key,
        now=now or clock.now(),
    )
    try:
        return await _write_complaint(report)
    except IntegrityError:
        first = await _reported(key, reporter_id) if key is not None else None
        if first is None:
            raise
        return first  # a concurrent retry with the same key won


async def _reported(key: str, reporter_id: int | None) -> ComplaintOutcome | None:
    complaint = await Complaint.get_or_none(idempotency_key=key)
    if complaint is None:
        return None
    if complaint.reporter_id != reporter_id:
        raise Failure(FeedbackError.DUPLICATE_KEY)
    return ComplaintOutcome(complaint, await RectificationCase.get(complaint_id=complaint.id))


async def _write_complaint(report: _Report) -> ComplaintOutcome:
    entry = report.entry
    async with changing() as tx:
        complaint = await Complaint.create(
            reporter_id=report.reporter_id,
            contact_phone=report.phone,
            catalog_code=entry.code if entry else "",
            catalog_name=entry.name if entry else "",
            department_id=report.department_id,
            description=report.description,
            address=report.address[:64],
            idempotency_key=report.key,
        )
        new = NewCase(
            source=CaseSource.COMPLAINT,
            complaint_id=complaint.id,
            citizen_id=report.reporter_id,
            contact_phone=report.phone,
            department_id=report.department_id,
            catalog_code=complaint.catalog_code,
            catalog_name=complaint.catalog_name,
            summary=report.description,
        )
        case = await open_case(tx, new, report.now)
    return ComplaintOutcome(complaint, case)
