"""The consultation thread of an application: the applicant's side and staff write; the applicant is
told of every message staff (or a helper) write."""

from __future__ import annotations

from api.applications.enums import ActorKind
from api.applications.models import Application, Message
from api.failures import Failure
from api.identity.models import User
from api.review.errors import ReviewError
from api.unit_of_work import changing
from api.uploads.models import Upload
from notifications.payloads import NewMessage


async def post_message(
    application: Application, author: User, kind: ActorKind, body: str, attachment: Upload | None = None
) -> Message:
    """``kind``: as whom ``author`` writes (``policies.message_author``)."""
    if not body.strip() and attachment is None:
        raise Failure(ReviewError.EMPTY_MESSAGE)
    async with changing() as tx:
        message = await Message.create(
            application=application,
            author=author,
            author_kind=kind,
            body=body.strip()[:4000],
            attachment=attachment,
        )
        if kind != ActorKind.APPLICANT:
            news = NewMessage(
                tracking_number=application.tracking_number or "",
                name=application.catalog_name,
                status=str(application.status),
                reason=body.strip()[:200],
            )
            await tx.notify(news, to=application.applicant_id, application_id=application.id)
        tx.announce(application.id)
    return message
