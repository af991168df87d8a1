"""The applicant (or their helper) chooses how to receive the result — window, 24-hour locker or
mail to an address — when applying or any time before it is ready. Rules: ``api.applications.delivery``."""

from __future__ import annotations

from api.applications import delivery
from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.applications.services.applying import catalog_entry
from api.catalog.entities import Catalog
from api.failures import Failure
from api.unit_of_work import changing


async def choose_delivery(
    catalog: Catalog, application: Application, choice: delivery.Delivery
) -> Application:
    """Store the choice (the address encrypted at rest) and tell live pages. Who may: the applicant
    or their helper (``policies.actor_for``, checked by the caller)."""
    delivery.may_choose(application.status)
    clean = delivery.checked(choice, delivery.offered(catalog_entry(catalog, application.catalog_code)))
    async with changing() as tx:
        changed = await Application.filter(id=application.id, status__in=delivery.CHOOSABLE).update(
            delivery=clean.method, delivery_address=clean.address_json()
        )
        if not changed:  # the result became ready meanwhile
            raise Failure(ApplicationsError.DELIVERY_TOO_LATE)
        tx.announce(application.id)
    return await Application.get(id=application.id)
