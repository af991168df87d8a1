"""Reading licences for the GraphQL face: one by its public id, a holder's newest first."""

from __future__ import annotations

from api.failures import Failure
from api.graphql.connections import Window, id_window, page_size
from api.wallet.errors import WalletError
from api.wallet.models import Licence

MAX_PAGE = 100
_RELATED = ("department", "holder", "organization")  # what a licence's view shows


async def licence(public_id: str) -> Licence:
    """The licence, with its department, holder and organization."""
    row = await Licence.get_or_none(public_id=public_id).select_related(*_RELATED)
    if row is None:  # the policy saw it: deleted since
        raise Failure(WalletError.LICENCE_NOT_FOUND)
    return row


async def licences_of(holder_id: int, first: int = 50, after: str | None = None) -> Window[Licence]:
    """A holder's licences, newest first, with what their views show."""
    query = Licence.filter(holder_id=holder_id).select_related(*_RELATED)
    return await id_window(query, page_size(first, MAX_PAGE), after)
