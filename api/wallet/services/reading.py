"""Reading licences for the GraphQL face: one by its public id, a holder's newest first."""

from __future__ import annotations

from dataclasses import dataclass

from api.failures import Failure
from api.wallet.errors import WalletError
from api.wallet.models import Licence

MAX_PAGE = 100
_RELATED = ("department", "holder", "organization")  # what a licence's view shows


@dataclass(frozen=True)
class LicencePage:
    rows: list[Licence]
    next_cursor: str | None  # the public id of the last one


async def licence(public_id: str) -> Licence:
    """The licence, with its department, holder and organization."""
    row = await Licence.get_or_none(public_id=public_id).select_related(*_RELATED)
    if row is None:  # the policy saw it: deleted since
        raise Failure(WalletError.LICENCE_NOT_FOUND)
    return row


async def licences_of(holder_id: int, first: int = 50, after: str | None = None) -> LicencePage:
    first = max(1, min(first, MAX_PAGE))
    query = Licence.filter(holder_id=holder_id)
    if after is not None:
        cursor = await Licence.filter(public_id=str(after)[:64]).values_list("id", flat=True)
        if not cursor:
            raise Failure(WalletError.INVALID_CURSOR)
        query = query.filter(id__lt=cursor[0])
    rows = await query.select_related(*_RELATED).order_by("-id").limit(first + 1)
    return LicencePage(rows[:first], rows[first - 1].public_id if len(rows) > first else None)
