"""The rules of 告知承诺 a clerk or an applicant could ask about, pure (no clock, no database):
which items of an entry offer it, which materials a set of signed commitments waives, when a check
is due on the working-day calendar, and how urgent a pending one is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from api.calendar.working_days import add_working_days, working_days_between
from api.catalog.entities import Bundle, CommitmentTerms, ServiceItem
from api.commitments.enums import Outcome, Urgency

DUE_SOON_DAYS = 3  # a pending check is "due soon" in its last three working days (the date included)


@dataclass(frozen=True)
class Offer:
    """An item of the entry applied for that may be done on a commitment, and its terms."""

    item: ServiceItem
    terms: CommitmentTerms


def offers(entry: ServiceItem | Bundle) -> list[Offer]:
    """The items of an item or a bundle that offer 告知承诺, in the entry's order."""
    items = entry.items if isinstance(entry, Bundle) else (entry,)
    return [Offer(item, item.commitment) for item in items if item.commitment is not None]


def waived_materials(entry: ServiceItem | Bundle, signed: set[str]) -> set[str]:
    """The material codes nobody needs once the items ``signed`` (codes) are done on commitments: a
    material is waived when every item of the entry that asks for it has a signed commitment that
    replaces it (in a bundle, an item without one still needs the material)."""
    items = entry.items if isinstance(entry, Bundle) else (entry,)
    askers: dict[str, list[ServiceItem]] = {}
    for item in items:
        for line in item.materials:
            askers.setdefault(line.material.code, []).append(item)
    waived: set[str] = set()
    for code, users in askers.items():
        if all(
            item.code in signed and item.commitment is not None and code in item.commitment.replaces
            for item in users
        ):
            waived.add(code)
    return waived


def verify_by(accepted_on: date, verify_within: int) -> date:
    """The date a commitment accepted on ``accepted_on`` must be verified by: ``verify_within``
    working days later (weekends and statutory holidays skipped, make-up workdays counted)."""
    return add_working_days(accepted_on, verify_within)


def working_days_left(due: date, today: date) -> int:
    """Working days from ``today`` up to ``due``: 0 on the due date, negative once past it (minus the
    working days overdue)."""
    return working_days_between(today, due)


def urgency(outcome: Outcome, due: date | None, today: date) -> Urgency:
    """The queue's light: done once checked; overdue after the date; due soon in the last
    ``DUE_SOON_DAYS`` working days; otherwise on time (not scheduled before acceptance)."""
    if outcome is not Outcome.PENDING:
        return Urgency.DONE
    if due is None:
        return Urgency.NOT_SCHEDULED
    if today > due:
        return Urgency.OVERDUE
    return Urgency.DUE_SOON if working_days_left(due, today) < DUE_SOON_DAYS else Urgency.ON_TIME
