"""The citizen's own record of their ID card's validity (for the renewal reminder)."""

from __future__ import annotations

from datetime import date

from api import clock
from api.failures import Failure
from api.reminders import policies
from api.reminders.errors import ReminderError
from api.reminders.models import IdCard


async def id_card_valid_until(user_id: int) -> date | None:
    row = await IdCard.get_or_none(user_id=user_id)
    return row.valid_until if row is not None else None


async def set_id_card_valid_until(user_id: int, valid_until: date | None) -> date | None:
    """Record (or, with None: a card valid for life or not told, forget) the card's expiry date."""
    if valid_until is None:
        await IdCard.filter(user_id=user_id).delete()
        return None
    earliest, latest = policies.id_card_date_range(clock.today())
    if not earliest <= valid_until <= latest:
        raise Failure(ReminderError.ID_CARD_DATE_INVALID, earliest=earliest, latest=latest)
    await IdCard.update_or_create(defaults={"valid_until": valid_until}, user_id=user_id)
    return valid_until
