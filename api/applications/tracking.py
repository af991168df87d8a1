"""Tracking numbers (办件编号): the date, nine random digits and an ISO 7064 MOD 11-2 check character,
18 characters like a resident ID, so a digit mistyped at a kiosk is caught before any lookup."""

from __future__ import annotations

import secrets
from datetime import datetime

from api import clock
from api.identity.validators import resident_id_check_char


def new_tracking_number(now: datetime) -> str:
    first17 = f"{now.astimezone(clock.CHINA):%Y%m%d}{secrets.randbelow(10**9):09d}"
    return first17 + resident_id_check_char(first17)


def is_valid_tracking_number(value: str) -> bool:
    value = normalize_tracking_number(value)
    return len(value) == 18 and value[:17].isdigit() and resident_id_check_char(value[:17]) == value[17]


def normalize_tracking_number(value: str) -> str:
    return value.strip().upper().replace(" ", "").replace("-", "")
