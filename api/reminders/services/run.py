"""One run of every reminder job (the daily loop and ``python -m api remind``). Idempotent: running it
twice on the same day, or in two processes at once, sends nothing twice."""

from __future__ import annotations

from datetime import date

from api.catalog.entities import Catalog
from api.catalog.snapshot import build_catalog
from api.reminders.services.expiry import remind_expiring_id_cards, remind_expiring_licences
from api.reminders.services.next_services import suggest_next_services


async def run_reminders(today: date, catalog: Catalog | None = None) -> dict[str, int]:
    catalog = catalog or await build_catalog()
    return {
        "licences": await remind_expiring_licences(today),
        "id_cards": await remind_expiring_id_cards(today),
        "next_services": await suggest_next_services(today, catalog),
    }
