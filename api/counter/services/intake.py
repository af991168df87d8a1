"""The counter's submission: the same one as online (``api.applications.services.submit``: tracking
number, timeline, one task per department, notifications), filed by the clerk for the walk-in, with
the channel recorded as COUNTER and the person's confirmation checked first. Exactly once per
idempotency key: a retry returns the first application without asking for the code again."""

from __future__ import annotations

from dataclasses import dataclass

from api.applications import services
from api.applications.enums import ActorKind, Channel
from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.applications.workflow import Actor
from api.catalog.entities import Catalog
from api.counter.services.confirmation import confirmed
from api.failures import Failure
from api.identity.models import User


@dataclass
class CounterSubmission:
    submission: services.Submission
    phone_code: str | None = None
    signature: str | None = None  # public id of the signature image the clerk uploaded


async def take_in(
    catalog: Catalog, clerk_id: int, citizen: User, sub: CounterSubmission, address: str
) -> services.Submitted:
    key = sub.submission.idempotency_key.strip()
    if not 8 <= len(key) <= 64:
        raise Failure(ApplicationsError.IDEMPOTENCY_KEY)
    first = await Application.get_or_none(applicant=citizen, idempotency_key=key, channel=Channel.COUNTER)
    if first is not None:
        return services.Submitted(first, False)
    confirmation = await confirmed(citizen, clerk_id, sub.phone_code, sub.signature, address)
    sub.submission.channel = Channel.COUNTER
    sub.submission.signature_id = confirmation.signature_id
    actor = Actor(ActorKind.CLERK, clerk_id, acting_for_id=citizen.id)
    filed = await services.submit(catalog, citizen, actor, sub.submission)
    if filed.created:
        # spent after filing: a form the clerk must fix first does not cost the person a new text; a
        # concurrent second use finds it spent (the application stands, its key makes retries safe)
        await confirmation.spend()
    return filed
