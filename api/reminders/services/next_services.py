"""办完这件事，您可能还需要…: once a life event (一件事) is done, tell the applicant once which services
people usually need next (the bundle's ``next`` list in the catalogue)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from api import clock
from api.applications.enums import ApplicationKind
from api.applications.models import Application, Task
from api.catalog.entities import Catalog
from api.reminders import policies
from api.reminders.services.sending import already_sent, send_once
from notifications.payloads import NextServices


async def suggest_next_services(today: date, catalog: Catalog) -> int:
    codes = [b.code for b in catalog.bundles if b.next_codes]
    if not codes:
        return 0
    rows = await Application.filter(
        kind=ApplicationKind.BUNDLE,
        status__in=list(policies.DONE_STATES),
        catalog_code__in=codes,
        updated_at__gte=clock.now() - policies.NEXT_SERVICES_WITHIN,
    ).values("id", "applicant_id", "tracking_number", "catalog_code", "catalog_name", "kind", "status")
    if not rows:
        return 0
    states: dict[int, list[str]] = defaultdict(list)
    for task in await Task.filter(application_id__in=[r["id"] for r in rows]).values(
        "application_id", "status"
    ):
        states[task["application_id"]].append(str(task["status"]))
    sent = await already_sent(f"next:{r['id']}" for r in rows)
    count = 0
    for row in rows:
        key = f"next:{row['id']}"
        if key in sent or not policies.life_event_done(row["kind"], row["status"], states[row["id"]]):
            continue
        bundle = catalog.bundles_by_code.get(row["catalog_code"])
        after = catalog.next_services(row["catalog_code"])
        if bundle is None or not after:
            continue
        payload = NextServices(
            tracking_number=row["tracking_number"] or "",
            name=row["catalog_name"],
            name_en=bundle.name_en,
            services="、".join(e.name for e in after),
            services_en="; ".join(e.name_en for e in after),
        )
        count += await send_once(key, payload, to=row["applicant_id"], today=today, application_id=row["id"])
    return count
