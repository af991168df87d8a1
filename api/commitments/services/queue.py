"""Reading commitments: a department's verification queue (most urgent first), the overdue ones of
every department, and the commitments of applications (for their views): each a fixed number of
queries, whatever the length of the page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from api.catalog.entities import Catalog
from api.commitments.enums import Outcome, Urgency
from api.commitments.models import Commitment
from api.commitments.rules import urgency, working_days_left
from api.failures import Failure
from api.graphql.connections import decode_cursor, encode_cursor, page_size
from api.graphql.error_codes import KernelError
from api.graphql.ids import parse_id
from api.review.policies import certificate_type
from api.wallet.models import Licence

MAX_PAGE = 100


@dataclass(frozen=True)
class Check:
    """A commitment as the queue shows it: its light on ``today`` and the licences issued for it."""

    commitment: Commitment
    urgency: Urgency
    working_days_left: int | None
    licences: list[Licence]


@dataclass(frozen=True)
class CheckPage:
    nodes: list[Check]
    has_next: bool
    total_count: int

    @property
    def next_cursor(self) -> str | None:
        return encode_cursor(*check_key(self.nodes[-1])) if self.has_next and self.nodes else None


def check_key(check: Check) -> tuple[str, int]:
    """What a check's cursor encodes: its verify-by date and id (the queue's order)."""
    verify_by = check.commitment.verify_by
    return (verify_by.isoformat() if verify_by else "", check.commitment.id)


def _cursor(after: str | None) -> tuple[date, int] | None:
    parts = decode_cursor(after, parts=2)
    if parts is None:
        return None
    ident = parse_id(parts[1])
    try:
        day = date.fromisoformat(parts[0])
    except ValueError as exc:
        raise Failure(KernelError.INVALID_CURSOR) from exc
    if ident is None:
        raise Failure(KernelError.INVALID_CURSOR)
    return day, ident


async def _page(
    query: QuerySet[Commitment], today: date, first: int, after: str | None, catalog: Catalog
) -> CheckPage:
    """Ordered by verify-by date then id (most urgent first), keyset-paginated: three queries."""
    first = page_size(first, MAX_PAGE)
    total = await query.count()
    cursor = _cursor(after)
    if cursor is not None:
        day, ident = cursor
        query = query.filter(Q(verify_by__gt=day) | Q(verify_by=day, id__gt=ident))
    rows = (
        await query.order_by("verify_by", "id")
        .limit(first + 1)
        .select_related("application", "signed_by", "checked_by")
    )
    more = len(rows) > first
    rows = rows[:first]
    licences = await _licences(rows, catalog)
    nodes = [
        Check(
            row,
            urgency(Outcome(row.outcome), row.verify_by, today),
            working_days_left(row.verify_by, today) if row.verify_by is not None else None,
            licences.get(row.id, []),
        )
        for row in rows
    ]
    return CheckPage(nodes, more, total)


async def _licences(rows: list[Commitment], catalog: Catalog) -> dict[int, list[Licence]]:
    """The licences issued for each commitment's item on its application: one query."""
    wanted = {
        (row.application_id, code): row.id
        for row in rows
        if (code := certificate_type(catalog.items_by_code.get(row.item_code))) is not None
    }
    found: dict[int, list[Licence]] = defaultdict(list)
    if not wanted:
        return found
    application_ids = {application_id for application_id, _ in wanted}
    for licence in await Licence.filter(application_id__in=application_ids).order_by("id"):
        key = (licence.application_id or 0, licence.type_code)
        if key in wanted:
            found[wanted[key]].append(licence)
    return found


async def department_checks(
    department_id: int,
    outcome: Outcome,
    today: date,
    catalog: Catalog,
    first: int = 20,
    after: str | None = None,
) -> CheckPage:
    """A department's commitments accepted on, with ``outcome`` (pending: the work to do), the
    earliest verify-by date first, so overdue and due-soon checks lead."""
    query = Commitment.filter(department_id=department_id, outcome=outcome, verify_by__isnull=False)
    return await _page(query, today, first, after, catalog)


async def overdue_checks(
    today: date, catalog: Catalog, first: int = 20, after: str | None = None
) -> CheckPage:
    """Pending checks of every department past their verify-by date, the longest overdue first."""
    query = Commitment.filter(outcome=Outcome.PENDING, verify_by__lt=today)
    return await _page(query, today, first, after, catalog)


async def check_by_id(commitment_id: int, today: date, catalog: Catalog) -> Check:
    """One commitment as the queue shows it (after a verdict)."""
    row = await Commitment.get(id=commitment_id).select_related("application", "signed_by", "checked_by")
    licences = await _licences([row], catalog)
    left = working_days_left(row.verify_by, today) if row.verify_by is not None else None
    return Check(row, urgency(Outcome(row.outcome), row.verify_by, today), left, licences.get(row.id, []))


async def commitments_of(application_ids: list[int]) -> dict[int, list[Commitment]]:
    """The commitments signed on each application (with who signed and who checked): one query."""
    found: dict[int, list[Commitment]] = {i: [] for i in application_ids}
    if not application_ids:
        return found
    rows = Commitment.filter(application_id__in=application_ids).select_related("signed_by", "checked_by")
    for row in await rows.order_by("id"):
        found[row.application_id].append(row)
    return found
