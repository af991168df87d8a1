"""An application as its readers see it: the view built from its row, its tasks, events, materials and
commitments (``application_view``), kept between reads by ``view_cache`` (``application_views``)."""

from __future__ import annotations

from typing import Any

from strawberry.scalars import JSON

from api import clock
from api.applications import deferral, timeline
from api.applications.delivery import address_of
from api.applications.enums import ApplicationStatus, PickupMethod
from api.applications.helping import FiledFor
from api.applications.models import Application
from api.applications.types import (
    S_NEEDS_CORRECTION,
    ApplicationMaterialType,
    ApplicationType,
    Label,
    Lane,
    TimelineEvent,
    json_object,
)
from api.applications.view_cache import CAPACITY, LruCache, cached_views
from api.catalog.situation_types import SituationAnswerType
from api.commitments.models import Commitment
from api.commitments.services.queue import commitments_of
from api.commitments.types import SignedCommitment
from api.graphql.ids import global_id
from api.identity.models import ApiClient
from api.reminders.policies import life_event_done


def _pickup(application: Application) -> dict[str, Any] | None:
    return None if application.pickup is None else json_object(application.pickup)


VIEWS: LruCache[ApplicationType] = LruCache(CAPACITY)


async def application_views(
    applications: list[Application], *, personal: bool = True
) -> list[ApplicationType]:
    """Kept between reads while the row's version and the day stay the same (``view_cache``)."""
    return await cached_views(applications, personal, _built_views, VIEWS)


async def _built_views(applications: list[Application], personal: bool) -> list[ApplicationType]:
    loaded = await timeline.load_many(applications)
    signed = await commitments_of([a.id for a in applications]) if personal else {}
    helpers = await timeline.filed_by_helpers(applications) if personal else {}
    client_ids = {a.client_id for a in applications if a.client_id is not None}
    names = dict(await ApiClient.filter(id__in=client_ids).values_list("id", "name")) if client_ids else {}
    views = [
        application_view(
            a, loaded[a.id], personal=personal, signed=signed.get(a.id), filed_by=helpers.get(a.id)
        )
        for a in applications
    ]
    for application, view in zip(applications, views, strict=True):
        view.client_name = names.get(application.client_id) if application.client_id else None
    return views


def application_view(
    application: Application,
    loaded: timeline.Loaded,
    *,
    personal: bool = True,
    signed: list[Commitment] | None = None,
    filed_by: timeline.FiledByHelper | None = None,
) -> ApplicationType:
    """The full view (personal: data, materials, verification code) or the kiosk's (status only)."""
    tasks, events, materials = loaded
    today = clock.today()
    lanes = []
    for task in tasks:
        view = timeline.lane(task, today)
        lanes.append(
            Lane(
                task_id=global_id("DepartmentSystemTask", task.id),
                department_code=task.department.code,
                department_name=task.department.name,
                items=list(task.item_names),
                status=task.status,
                promised_days=task.promised_days,
                statutory_days=task.statutory_days,
                started_on=task.started_on,
                due_on=view.due_on,
                remaining_working_days=view.remaining_working_days,
                paused=view.paused,
                pause_reason=view.pause_reason,
                overdue=view.overdue,
                decision_note=task.decision_note,
            )
        )
    departments = {t.id: t.department.code for t in tasks}
    still_owed = deferral.still_owed(materials, tasks)
    owed = deferral.next_action(materials, tasks)
    zh, en = timeline.next_action(application, timeline.corrections(materials), owed)
    label = timeline.STATUS_LABELS[ApplicationStatus(application.status)]
    situation = json_object(application.situation)
    return ApplicationType(
        id=global_id("Application", application.id),
        tracking_number=application.tracking_number,
        verification_code=application.verification_code if personal else None,
        kind=str(application.kind),
        code=application.catalog_code,
        name=application.catalog_name,
        status=application.status,
        status_label=Label(zh=label[0], en=label[1]),
        next_action=Label(zh=zh, en=en),
        form_data=json_object(application.data) if personal else {},
        form_schema=JSON(application.form_schema if personal else {}),
        version=application.version,
        created_at=application.created_at,
        submitted_at=application.submitted_at,
        materials=[ApplicationMaterialType.of(m, m in still_owed) for m in materials] if personal else [],
        lanes=lanes,
        events=[TimelineEvent.of(e, departments) for e in events] if personal else [],
        filed_by_helper=application.filed_by_id is not None,
        filed_by_name=filed_by.helper_name if filed_by else None,
        filed_for=FiledFor.of(application.applicant_id, filed_by),
        channel=application.channel,
        commitments=[SignedCommitment.of(c) for c in signed or []] if personal else [],
        acceptance=str(application.acceptance) if application.acceptance else None,
        correction_lists=sum(1 for e in events if e.task_id is None and e.to_status == S_NEEDS_CORRECTION),
        updated_at=application.updated_at,
        claimed_by=global_id("User", application.claimed_by_id) if application.claimed_by_id else None,
        pickup_details=_pickup(application) if personal else None,
        chosen_delivery=PickupMethod(application.delivery) if personal and application.delivery else None,
        delivery_address=address_of(application.delivery_address) if personal else None,
        parties=frozenset(i for i in (application.applicant_id, application.filed_by_id) if i),
        applicant_id=application.applicant_id,
        done=life_event_done(application.kind, application.status, [t.status for t in tasks]),
        answers=[SituationAnswerType(**a) for a in situation.get("answers", [])] if personal else [],
        chosen_items=situation.get("items"),
    )
