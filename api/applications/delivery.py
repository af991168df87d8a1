"""How the applicant receives the result — at the window, from a 24-hour locker, or by mail to an
address — the one home of its rules: what an item or bundle offers (its catalogue channels), until
when the applicant (or their helper) may choose or change it, what a mail address needs, and which
method the desk delivers by. The submission, the choice on the application page and the desk call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import PickupMethod
from api.applications.errors import ApplicationsError
from api.catalog.entities import Bundle, ServiceItem
from api.catalog.enums import Channel
from api.failures import Failure
from api.identity.validators import InvalidIdentifier, normalize_phone

# the channel of the catalogue that offers each method (the window is always there)
CHANNELS = {PickupMethod.LOCKER: Channel.LOCKER, PickupMethod.MAIL: Channel.MAIL}
# until the result is ready: once it waits at the window, in a locker or in the post, it is too late
CHOOSABLE = frozenset(
    {
        S.SUBMITTED,
        S.PRE_REVIEW,
        S.NEEDS_CORRECTION,
        S.ACCEPTED,
        S.IN_PROGRESS,
        S.COMPLETED,
        S.PARTLY_COMPLETED,
    }
)
NAMES = {
    PickupMethod.WINDOW: ("窗口领取", "Collection at the window"),
    PickupMethod.LOCKER: ("24小时智能柜", "The 24-hour locker"),
    PickupMethod.MAIL: ("邮寄", "Mail"),
}
ADDRESS_LENGTH = (5, 200)
RECIPIENT_LENGTH = 40


@dataclass(frozen=True)
class Delivery:
    """The applicant's choice; for mail, where to."""

    method: PickupMethod
    recipient: str = ""
    phone: str = ""
    address: str = ""

    def address_json(self) -> dict[str, str] | None:
        """What ``Application.delivery_address`` stores (encrypted): mail only."""
        if self.method != PickupMethod.MAIL:
            return None
        return {"recipient": self.recipient, "phone": self.phone, "address": self.address}


def offered(entry: ServiceItem | Bundle) -> tuple[PickupMethod, ...]:
    """The window always; the locker or the post when the catalogue offers it for the item — for a
    bundle (one pickup for everything) only when every item of it does."""
    items = entry.items if isinstance(entry, Bundle) else (entry,)
    more = tuple(m for m, channel in CHANNELS.items() if all(channel in i.channels for i in items))
    return (PickupMethod.WINDOW, *more)


def checked(choice: Delivery, methods: tuple[PickupMethod, ...]) -> Delivery:
    """The choice, cleaned: a method offered, and for mail a recipient, a mobile number and an address."""
    if choice.method not in methods:
        zh, en = NAMES[choice.method]
        raise Failure(ApplicationsError.DELIVERY_NOT_OFFERED, method=zh, method_en=en)
    if choice.method != PickupMethod.MAIL:
        return Delivery(choice.method)
    recipient, address = " ".join(choice.recipient.split()), " ".join(choice.address.split())
    low, high = ADDRESS_LENGTH
    if not (recipient and len(recipient) <= RECIPIENT_LENGTH and low <= len(address) <= high):
        raise Failure(ApplicationsError.ADDRESS_INCOMPLETE)
    try:
        phone = normalize_phone(choice.phone)
    except InvalidIdentifier:
        raise Failure(ApplicationsError.ADDRESS_INCOMPLETE) from None
    return Delivery(PickupMethod.MAIL, recipient, phone, address)


def may_choose(status: S) -> None:
    """The applicant chooses or changes until the result is ready (see ``CHOOSABLE``)."""
    if status not in CHOOSABLE:
        raise Failure(ApplicationsError.DELIVERY_TOO_LATE)


def desk_method(chosen: str | None) -> PickupMethod:
    """How the desk delivers: as the applicant chose; at the window when they did not choose."""
    return PickupMethod(chosen) if chosen else PickupMethod.WINDOW


def address_of(stored: Any) -> dict[str, str] | None:
    """The mail address as stored (decrypted by the field), or None."""
    return {k: str(v) for k, v in stored.items()} if isinstance(stored, dict) else None
