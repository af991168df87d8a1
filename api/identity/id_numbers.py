"""Resident ID numbers at rest: ``User.id_number`` is encrypted (``api.crypto_at_rest``) and cannot be
queried; ``User.id_number_hash`` is its blind index (HMAC-SHA256 under a key derived from the data
key), unique, and what every lookup by ID number goes through.

``User.save()`` keeps the hash in step with ``id_number`` (``User.create(id_number=…)`` included), so
it is never forgotten; a bulk ``update(id_number=…)`` bypasses ``save`` and must not be used."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q

from api import crypto_at_rest


def canonical(number: str) -> str:
    """The form that is hashed: no surrounding space, ``x`` as ``X`` (validated numbers already are)."""
    return number.strip().upper()


def id_number_hash(number: str | None) -> str | None:
    """The blind index stored in ``User.id_number_hash`` (under the current data key)."""
    return crypto_at_rest.blind_index(canonical(number)) if number else None


def matching(number: str) -> Q:
    """A filter for the users with this ID number: ``User.filter(matching(number))``. It matches the
    index under every key of the ring, so rows the rotation has not reached yet are found too."""
    return Q(id_number_hash__in=crypto_at_rest.blind_indexes(canonical(number)))


async def user_with_id_number(number: str, using_db: BaseDBAsyncClient | None = None):
    """The account holding this resident ID number, or None."""
    from api.identity.models import User

    return await User.filter(matching(number)).using_db(using_db).first()


async def id_number_taken(number: str, *, except_user_id: int | None = None) -> bool:
    from api.identity.models import User

    query = User.filter(matching(number))
    if except_user_id is not None:
        query = query.exclude(id=except_user_id)
    return await query.exists()
