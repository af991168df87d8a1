"""容缺受理: the one home of what a deferred acceptance leaves owed, by when, and what waits for it.

At acceptance the window defers materials the catalogue allows (``deferral`` terms of each item,
frozen on the application's material rows: ``defer_within`` working days, and per item whether its
department's **approval** or only its **licence** waits). Then:

* a deferred material is *owed* until the clerk verifies it: the applicant (or their helper) hands it
  in (``PROVIDED``), the clerk accepts it (``ACCEPTED``) or sends it back (``DEFERRED`` again);
* the applicant is reminded on the working day before it is due;
* once its due date has passed without it, the clocks of the tasks waiting for it stop
  (``task_clock.pause``) and go on when it is verified;
* a department whose approval waits for it cannot approve before; one whose licence waits may approve,
  but the licence is issued (and the application completed) only once nothing it waits for is owed.

Everything here is pure: rows in, answers out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from api.applications.enums import MaterialStatus, TaskStatus
from api.applications.models import ApplicationMaterial, Task
from api.calendar.working_days import add_working_days, is_working_day
from api.catalog.enums import DeferralWaits

DEFAULT_WITHIN = 5  # working days, for rows planned before the catalogue had terms
_WAITING = (MaterialStatus.DEFERRED, MaterialStatus.PROVIDED)


def due_on(accepted_on: date, line: ApplicationMaterial) -> date:
    """When a material deferred on ``accepted_on`` is due: its terms' working days later."""
    return add_working_days(accepted_on, line.defer_within or DEFAULT_WITHIN)


def reminder_day(due: date) -> date:
    """The working day before the due date (the day the applicant is reminded)."""
    day = date.fromordinal(due.toordinal() - 1)
    while not is_working_day(day):
        day = date.fromordinal(day.toordinal() - 1)
    return day


def is_owed(line: ApplicationMaterial) -> bool:
    """Deferred at acceptance and not verified yet (handed in or not)."""
    return line.due_on is not None and line.status in _WAITING


def to_hand_in(line: ApplicationMaterial) -> bool:
    """Owed and not handed in (or sent back by the clerk): the applicant's upload is wanted."""
    return line.due_on is not None and line.status == MaterialStatus.DEFERRED


def to_verify(line: ApplicationMaterial) -> bool:
    """Owed and handed in: the clerk's check is wanted."""
    return line.due_on is not None and line.status == MaterialStatus.PROVIDED


def is_late(line: ApplicationMaterial, today: date) -> bool:
    """Past its due date and still not handed in (one handed in on time waits for the clerk, not late)."""
    return to_hand_in(line) and line.due_on is not None and today > line.due_on


def waits(line: ApplicationMaterial, item_codes: Iterable[str]) -> DeferralWaits | None:
    """What of a task (its items) waits for ``line``: APPROVAL, LICENCE, or None (it does not need it).
    Rows planned before the catalogue had terms: the licence of every task waits."""
    terms = line.waits if isinstance(line.waits, dict) else {}
    if not terms:
        return DeferralWaits.LICENCE
    found = {DeferralWaits(terms[code]) for code in item_codes if code in terms}
    if DeferralWaits.APPROVAL in found:
        return DeferralWaits.APPROVAL
    return DeferralWaits.LICENCE if found else None


def holding_approval(task: Task, lines: Sequence[ApplicationMaterial]) -> list[ApplicationMaterial]:
    """The owed materials the department must have before it may approve ``task``."""
    return [m for m in lines if is_owed(m) and waits(m, task.item_codes) is DeferralWaits.APPROVAL]


def holding_licence(task: Task, lines: Sequence[ApplicationMaterial]) -> list[ApplicationMaterial]:
    """The owed materials ``task``'s licence waits for (an approval-holding one holds the licence too)."""
    return [m for m in lines if is_owed(m) and waits(m, task.item_codes) is not None]


def licences_held(tasks: Sequence[Task], lines: Sequence[ApplicationMaterial]) -> list[Task]:
    """Approved tasks whose licences wait for an owed material."""
    return [t for t in tasks if t.status == TaskStatus.APPROVED and holding_licence(t, lines)]


def waiting_tasks(line: ApplicationMaterial, tasks: Sequence[Task]) -> list[Task]:
    """Open tasks (not yet decided) that need ``line``."""
    open_states = (TaskStatus.PENDING, TaskStatus.IN_REVIEW)
    return [t for t in tasks if t.status in open_states and waits(line, t.item_codes) is not None]


def names(lines: Iterable[ApplicationMaterial]) -> str:
    return "、".join(f"“{m.name}”" for m in lines)


def pause_reason(line: ApplicationMaterial) -> str:
    return f"容缺材料“{line.name}”逾期未补齐"


def still_owed(lines: Sequence[ApplicationMaterial], tasks: Sequence[Task]) -> list[ApplicationMaterial]:
    """What the applicant still owes: owed materials some task not rejected still needs."""
    live = [t for t in tasks if t.status != TaskStatus.REJECTED]
    return [m for m in lines if is_owed(m) and (not tasks or any(waits(m, t.item_codes) for t in live))]


def next_action(lines: Sequence[ApplicationMaterial], tasks: Sequence[Task]) -> tuple[str, str] | None:
    """What the applicant must do about owed materials, in plain words (zh, en); None when nothing."""
    owed = still_owed(lines, tasks)
    if not owed:
        return None
    hand_in = [m for m in owed if m.status == MaterialStatus.DEFERRED]
    if not hand_in:
        return (
            f"您补交的{names(owed)}正在核验，您无需操作。",
            "The materials you handed in are being checked; nothing to do.",
        )
    late = [m for m in hand_in if m.late_since is not None]
    if late:
        return (
            f"容缺材料{names(late)}已逾期，相关部门已暂停办理。请尽快在本页补交，窗口核验通过后恢复办理。",
            f"Deferred materials ({len(late)}) are overdue and the departments waiting for them have paused: "
            "hand them in on this page; they go on once the window has checked them.",
        )
    first = min(m.due_on for m in hand_in if m.due_on is not None)
    return (
        f"请于 {first.year}年{first.month}月{first.day}日前补交容缺材料：{names(hand_in)}（可在本页上传）。"
        "逾期未补齐的，相关部门暂停办理；证照在材料核验后发放。",
        f"Hand in the deferred materials ({len(hand_in)}) by {first.isoformat()} on this page; after that "
        "the departments waiting for them pause, and the licence is issued once they are checked.",
    )
