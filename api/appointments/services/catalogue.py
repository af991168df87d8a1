"""What the catalogue says about appointments: the hall, and the items handled there."""

from __future__ import annotations

from api.appointments.errors import AppointmentError
from api.appointments.models import ANY_ITEM, Slot
from api.catalog.entities import Catalog, Hall, ServiceItem
from api.failures import Failure


def hall_of(catalog: Catalog, code: str) -> Hall:
    key = code.strip().upper()
    for hall in catalog.halls:
        if hall.code == key:
            return hall
    raise Failure(AppointmentError.UNKNOWN_HALL)


def item_at(catalog: Catalog, hall: Hall, code: str) -> ServiceItem:
    item = catalog.items_by_code.get(code.strip().upper())
    if item is None:
        raise Failure(AppointmentError.UNKNOWN_ITEM)
    if item.location.hall.code != hall.code:
        raise Failure(AppointmentError.ITEM_NOT_AT_HALL)
    return item


def bookable_item(catalog: Catalog, slot: Slot, item_code: str | None) -> ServiceItem:
    """The item the booking is for: the slot's own, or (for an any-item slot) one handled at its hall."""
    hall = hall_of(catalog, slot.hall_code)
    code = (item_code or "").strip().upper() or slot.item_code
    if not code:
        raise Failure(AppointmentError.ITEM_REQUIRED)
    if slot.item_code not in (ANY_ITEM, code):
        raise Failure(AppointmentError.WRONG_ITEM)
    return item_at(catalog, hall, code)
