"""Documents about to expire: licences in the wallet (60 and 30 days before) and the resident ID card
whose validity the citizen gave us (90 and 30 days before). Thresholds: ``api.reminders.policies``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from api.catalog.models import MaterialType
from api.reminders import policies
from api.reminders.models import IdCard
from api.reminders.services.sending import already_sent, send_once
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence
from notifications.payloads import IdCardExpiring, LicenceExpiring

ID_CARD_GUIDE = "/g/GA02"  # 居民身份证换领


async def remind_expiring_licences(today: date) -> int:
    """Active licences reaching a threshold today (or since a missed run); each threshold once per
    licence and expiry date (a renewed licence, with a new date, is reminded again)."""
    horizon = today + timedelta(days=max(policies.LICENCE_DAYS_BEFORE))
    rows = await Licence.filter(
        status=LicenceStatus.ACTIVE, expires_on__gte=today, expires_on__lte=horizon
    ).values("id", "holder_id", "name", "type_code", "expires_on")
    due: list[tuple[str, dict[str, Any], int]] = []
    for row in rows:
        threshold = policies.threshold_due(row["expires_on"], today, policies.LICENCE_DAYS_BEFORE)
        if threshold is not None:
            due.append((f"licence:{row['id']}:{row['expires_on'].isoformat()}:{threshold}", row, threshold))
    sent = await already_sent(key for key, _, _ in due)
    types = {row["type_code"] for _, row, _ in due}
    type_rows = await MaterialType.filter(code__in=types).values("code", "name_en")
    names_en = {t["code"]: t["name_en"] for t in type_rows}
    count = 0
    for key, row, _ in due:
        if key in sent:
            continue
        payload = LicenceExpiring(
            link="/wallet",
            licence=row["name"],
            licence_en=str(names_en.get(row["type_code"]) or row["name"]),
            expires_on=row["expires_on"].isoformat(),
            days_left=(row["expires_on"] - today).days,
        )
        count += await send_once(key, payload, to=row["holder_id"], today=today)
    return count


async def remind_expiring_id_cards(today: date) -> int:
    horizon = today + timedelta(days=max(policies.ID_CARD_DAYS_BEFORE))
    rows = await IdCard.filter(valid_until__gte=today, valid_until__lte=horizon, user__disabled=False).values(
        "user_id", "valid_until"
    )
    due: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        threshold = policies.threshold_due(row["valid_until"], today, policies.ID_CARD_DAYS_BEFORE)
        if threshold is not None:
            due.append((f"id_card:{row['user_id']}:{row['valid_until'].isoformat()}:{threshold}", row))
    sent = await already_sent(key for key, _ in due)
    count = 0
    for key, row in due:
        if key in sent:
            continue
        payload = IdCardExpiring(
            link=ID_CARD_GUIDE,
            expires_on=row["valid_until"].isoformat(),
            days_left=(row["valid_until"] - today).days,
        )
        count += await send_once(key, payload, to=row["user_id"], today=today)
    return count
