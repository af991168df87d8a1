"""What each notification carries: one dataclass per kind, the only way an outbox row is written.

A payload is stored as JSON with camelCase keys (``trackingNumber``, ``dueOn``; rows written before
the payloads were typed used the same keys, so they still render). ``notifications.templates``
renders a row from those keys; a test checks that every placeholder of every template is a field of
its kind's payload (or derived from one: ``ref`` from ``trackingNumber``, ``reason_part`` from
``reason``, ``pickup`` from ``pickup``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@dataclass(frozen=True, kw_only=True)
class Payload:
    kind: ClassVar[str]

    def to_json(self) -> dict[str, Any]:
        """The outbox row's payload: camelCase keys, empty optional parts left out."""
        out: dict[str, Any] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if value is None:
                continue
            out[_camel(field.name)] = asdict(value) if hasattr(value, "__dataclass_fields__") else value
        if isinstance(out.get("pickup"), dict):
            out["pickup"] = {_camel(k): v for k, v in out["pickup"].items() if v not in (None, "")}
        return out

    @classmethod
    def field_keys(cls) -> frozenset[str]:
        return frozenset(_camel(f.name) for f in fields(cls))


# --- about an application: told to its applicant ---------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ApplicationNews(Payload):
    tracking_number: str
    name: str
    status: str = ""
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class Receipt(ApplicationNews):
    kind = "receipt"


@dataclass(frozen=True, kw_only=True)
class CorrectionNeeded(ApplicationNews):
    kind = "correction_needed"


@dataclass(frozen=True, kw_only=True)
class ExtraCorrectionNeeded(ApplicationNews):
    """A correction list after the one-time notice (一次性告知): says it is an extra request, why, and
    that a supervisor approved it. ``reason`` is the list, ``why`` the supervisor-approved reason."""

    kind = "extra_correction_needed"
    why: str
    round: int  # 2: the first list after the one-time notice


@dataclass(frozen=True, kw_only=True)
class Accepted(ApplicationNews):
    kind = "accepted"


@dataclass(frozen=True, kw_only=True)
class Rejected(ApplicationNews):
    kind = "rejected"


@dataclass(frozen=True)
class Pickup:
    """Where the result waits: a window, a 24-hour locker (with its code) or the post."""

    pickup_method: str  # window | locker | mail
    hall: str = ""
    window: str = ""
    locker_location: str = ""
    locker_code: str = ""
    carrier: str = ""
    mail_tracking_number: str = ""


@dataclass(frozen=True, kw_only=True)
class ReadyForPickup(ApplicationNews):
    kind = "ready_for_pickup"
    pickup: Pickup | None = None


@dataclass(frozen=True, kw_only=True)
class PleaseRate(ApplicationNews):
    """Asked once the applicant has the result: collected at a window or locker, or received by mail."""

    kind = "please_rate"
    by_mail: bool = False


@dataclass(frozen=True, kw_only=True)
class Withdrawn(ApplicationNews):
    kind = "withdrawn"


@dataclass(frozen=True, kw_only=True)
class DeferredMaterialDue(ApplicationNews):
    kind = "deferred_material_due"
    material: str
    due_on: str


@dataclass(frozen=True, kw_only=True)
class CommitmentFalse(ApplicationNews):
    """告知承诺核查: the department found the commitment untrue; ``licences`` says what was revoked."""

    kind = "commitment_false"
    item: str
    department: str
    licences: str


@dataclass(frozen=True, kw_only=True)
class NewMessage(ApplicationNews):
    kind = "new_message"


@dataclass(frozen=True, kw_only=True)
class CaseNews(ApplicationNews):
    """About a rectification case (a bad rating or a 办不成事 report); name and number of its
    application when it has one."""

    case_id: int
    deadline: str


@dataclass(frozen=True, kw_only=True)
class RectificationAnswered(CaseNews):
    kind = "rectification_answered"


# --- to staff ----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TaskOverdue(ApplicationNews):
    kind = "task_overdue"
    department: str
    due_on: str


@dataclass(frozen=True, kw_only=True)
class CommitmentCheckOverdue(ApplicationNews):
    kind = "commitment_check_overdue"
    item: str
    department: str
    due_on: str


@dataclass(frozen=True, kw_only=True)
class RectificationOpened(CaseNews):
    kind = "rectification_opened"


@dataclass(frozen=True, kw_only=True)
class RectificationReopened(CaseNews):
    kind = "rectification_reopened"


@dataclass(frozen=True, kw_only=True)
class RectificationAssigned(CaseNews):
    kind = "rectification_assigned"


# --- appointments --------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AppointmentNews(Payload):
    hall: str
    hall_code: str
    address: str
    item: str
    item_code: str
    time: str  # as the person reads it: "12月8日 09:30"
    starts_at: str  # ISO 8601, China time
    code: str  # the booking code shown at the hall


@dataclass(frozen=True, kw_only=True)
class AppointmentBooked(AppointmentNews):
    kind = "appointment_booked"
    booking_id: int


@dataclass(frozen=True, kw_only=True)
class AppointmentReminder(AppointmentNews):
    kind = "appointment_reminder"


# --- proactive reminders (api.reminders) -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reminder(Payload):
    link: str  # where the notification opens: /wallet, a guide (/g/<code>)


@dataclass(frozen=True, kw_only=True)
class LicenceExpiring(Reminder):
    kind = "licence_expiring"
    licence: str
    licence_en: str
    expires_on: str
    days_left: int


@dataclass(frozen=True, kw_only=True)
class IdCardExpiring(Reminder):
    kind = "id_card_expiring"
    expires_on: str
    days_left: int


@dataclass(frozen=True, kw_only=True)
class NextServices(ApplicationNews):
    """After a life event (一件事) is done: what people usually need next (catalogue data)."""

    kind = "next_services"
    name_en: str
    services: str
    services_en: str


# --- requests for a helper (api.helping): never the citizen's phone or address ---------------------


@dataclass(frozen=True, kw_only=True)
class HelpNews(Payload):
    link: str  # the helper's list (/helper) or the citizen's requests (/help)
    item: str  # what the citizen needs help with
    area: str  # the team's area, e.g. 小寨路街道


@dataclass(frozen=True, kw_only=True)
class HelpRequested(HelpNews):
    """To the helpers of the team a request was dispatched to."""

    kind = "help_requested"


@dataclass(frozen=True, kw_only=True)
class HelpTaken(HelpNews):
    """To the citizen: a helper took the request and will call."""

    kind = "help_taken"
    helper: str


PAYLOADS: dict[str, type[Payload]] = {
    cls.kind: cls
    for cls in (
        Receipt,
        CorrectionNeeded,
        ExtraCorrectionNeeded,
        Accepted,
        Rejected,
        ReadyForPickup,
        PleaseRate,
        Withdrawn,
        DeferredMaterialDue,
        NewMessage,
        RectificationAnswered,
        CommitmentFalse,
        CommitmentCheckOverdue,
        TaskOverdue,
        RectificationOpened,
        RectificationReopened,
        RectificationAssigned,
        AppointmentBooked,
        AppointmentReminder,
        LicenceExpiring,
        IdCardExpiring,
        NextServices,
        HelpRequested,
        HelpTaken,
    )
}
