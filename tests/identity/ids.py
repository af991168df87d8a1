"""Valid identity numbers for tests, computed with the standards' check characters."""

from __future__ import annotations

import itertools

from api.identity.validators import credit_code_check_char, resident_id_check_char

_serial = itertools.count(100)


def resident_id(born: str = "19900307", region: str = "110105") -> str:
    """A valid 18-character resident ID number; each call gives a new one."""
    first17 = f"{region}{born}{next(_serial) % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def credit_code(body: str = "91350100M000100Y4") -> str:
    return body[:17] + credit_code_check_char(body[:17])


_phones = itertools.count(13800000001)


def phone() -> str:
    return str(next(_phones))
