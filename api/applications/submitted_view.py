"""The response to a submission, made of the rows it just wrote (``services.Written``): the same view
``application_views`` reads from the tables, without reading them back. Only the names of people
other than the applicant (a helper, a clerk) and of a client are looked up, in one query each."""

from __future__ import annotations

from api.applications.services import Submitted
from api.applications.timeline import FiledByHelper
from api.applications.types import ApplicationType
from api.applications.views import application_view, application_views
from api.identity.models import ApiClient, User


async def submitted_view(result: Submitted) -> ApplicationType:
    application, written = result.application, result.written
    if written is None:  # the first response again: as stored
        return (await application_views([application]))[0]
    wanted = {application.applicant_id, application.filed_by_id}
    wanted |= {i for e in written.events for i in (e.actor_id, e.acting_for_id)}
    wanted |= {c.signed_by_id for c in written.commitments}
    people: dict[int, User] = {application.applicant_id: application.applicant}
    missing = {i for i in wanted if i is not None and i not in people}
    if missing:
        people |= {u.id: u for u in await User.filter(id__in=missing)}
    for event in written.events:
        if event.actor_id is not None:
            event.actor = people[event.actor_id]
        if event.acting_for_id is not None:
            event.acting_for = people[event.acting_for_id]
    for commitment in written.commitments:
        commitment.signed_by = people[commitment.signed_by_id]
    filed_by = None
    if application.filed_by_id is not None:
        helper = people[application.filed_by_id]
        filed_by = FiledByHelper(helper.name, people[application.applicant_id].name)
    view = application_view(
        application,
        (written.tasks, written.events, written.materials),
        signed=written.commitments,
        filed_by=filed_by,
    )
    if application.client_id is not None:
        client = await ApiClient.get_or_none(id=application.client_id).only("id", "name")
        view.client_name = client.name if client is not None else None
    return view
