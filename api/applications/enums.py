"""The states and kinds of applications; the ones the API shows are GraphQL enums too."""

from enum import StrEnum

import strawberry


class ApplicationKind(StrEnum):
    ITEM = "item"
    BUNDLE = "bundle"


@strawberry.enum
class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    PRE_REVIEW = "pre_review"  # 预审: staff check the materials before the visit
    NEEDS_CORRECTION = "needs_correction"  # 一次性告知: everything to fix, at once
    ACCEPTED = "accepted"  # 受理: the departments' clocks start
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PARTLY_COMPLETED = "partly_completed"
    REJECTED = "rejected"
    READY_FOR_PICKUP = "ready_for_pickup"
    COLLECTED = "collected"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


@strawberry.enum
class TaskStatus(StrEnum):
    PENDING = "pending"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"


# not decided yet (the task clock's ``DONE`` are the others); sorted, as SQL lists them
OPEN_TASK_STATUSES = tuple(sorted(s.value for s in (TaskStatus.PENDING, TaskStatus.IN_REVIEW)))


@strawberry.enum
class MaterialStatus(StrEnum):
    PROVIDED = "provided"  # uploaded by the applicant
    COMMITTED = "committed"  # 告知承诺: the applicant's signed commitment stands for it
    MISSING = "missing"  # not (yet) provided
    WAIVED = "waived"  # 免提交: an e-licence or shared data supplies it
    PRODUCED = "produced"  # an earlier item of the bundle issues it
    ACCEPTED = "accepted"  # checked by staff
    NEEDS_CORRECTION = "needs_correction"
    DEFERRED = "deferred"  # 容缺: accepted without it, due later


@strawberry.enum
class ActorKind(StrEnum):
    APPLICANT = "applicant"
    HELPER = "helper"  # 帮办代办, acting for the applicant with consent
    CLERK = "window_clerk"
    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"
    SYSTEM = "system"


@strawberry.enum(name="ApplicationChannel")
class Channel(StrEnum):
    """How an application came in: the citizen online, a helper (帮办代办), a window clerk for a
    walk-in (前台综合受理), or a third-party client (mini-program) the citizen granted
    ``applications:write``. The same application object either way."""

    ONLINE = "online"
    HELPER = "helper"
    COUNTER = "counter"
    CLIENT = "client"


@strawberry.enum
class AcceptanceMode(StrEnum):
    NORMAL = "normal"
    DEFERRED = "deferred"  # 容缺受理: accepted with named materials due later
    COMMITMENT = "commitment"  # 告知承诺: accepted on a signed commitment, verified later


@strawberry.enum
@strawberry.enum
class PickupMethod(StrEnum):
    WINDOW = "window"
    LOCKER = "locker"  # 24-hour self-service locker with a one-time code
    MAIL = "mail"
