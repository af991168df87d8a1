"""The events a subscription may receive, and which move of the state machine raises which: the one
table (``APPLICATION_EVENTS``) that ``api.unit_of_work`` consults on every move."""

from __future__ import annotations

from enum import StrEnum

import strawberry

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import TaskStatus as T


@strawberry.enum(name="WebhookEventType")
class EventType(StrEnum):
    APPLICATION_SUBMITTED = "application.submitted"  # submitted, or resubmitted after corrections
    APPLICATION_ACCEPTED = "application.accepted"  # 受理: the departments' clocks start
    APPLICATION_CORRECTIONS_REQUESTED = "application.corrections_requested"  # 一次性告知
    APPLICATION_DECIDED = "application.decided"  # completed, partly completed or rejected
    APPLICATION_READY_FOR_PICKUP = "application.ready_for_pickup"
    TASK_CREATED = "task.created"  # a department's task reaches it (the application was accepted)
    TASK_DECIDED = "task.decided"  # approved or rejected


APPLICATION_EVENTS: dict[S, EventType] = {
    S.SUBMITTED: EventType.APPLICATION_SUBMITTED,
    S.ACCEPTED: EventType.APPLICATION_ACCEPTED,
    S.NEEDS_CORRECTION: EventType.APPLICATION_CORRECTIONS_REQUESTED,
    S.COMPLETED: EventType.APPLICATION_DECIDED,
    S.PARTLY_COMPLETED: EventType.APPLICATION_DECIDED,
    S.REJECTED: EventType.APPLICATION_DECIDED,
    S.READY_FOR_PICKUP: EventType.APPLICATION_READY_FOR_PICKUP,
}

TASK_EVENTS: dict[T, EventType] = {T.APPROVED: EventType.TASK_DECIDED, T.REJECTED: EventType.TASK_DECIDED}

TASK_TYPES = frozenset({EventType.TASK_CREATED, EventType.TASK_DECIDED})
