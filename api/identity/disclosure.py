"""How much of a resident ID number an API client sees.

Clients (mini-programs) reading a citizen's applications or licences see ID numbers masked
(``110105********1234``): the applicant's own, and those of third parties the form names (a spouse,
a child, a seller …). The full value only goes to a client the citizen explicitly granted
``identity_numbers:read``. People are not masked here: the applicant, a helper acting under the
citizen's active consent (they file and correct the form, so they need the values) and the staff
who check the documents see what they need, as the other policies allow.
"""

from __future__ import annotations

import re
from typing import Any

from api.identity import clients
from api.identity.enums import Scope
from api.identity.principal import Principal
from api.identity.validators import mask_id_number

ID_NUMBER_TYPE = "id_number"  # catalogue field type of resident ID numbers (FieldType.ID_NUMBER)
# anything shaped like a resident ID, wherever it is (a free-text field may hold one too)
_LOOKS_LIKE_ID = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")


async def sees_full_id_numbers(principal: Principal, citizen_id: int) -> bool:
    if not principal.is_client:
        return True
    client_id = principal.client_id
    return (
        client_id is not None
        and Scope.IDENTITY_NUMBERS_READ in principal.scopes
        and await clients.has_grant(client_id, citizen_id, Scope.IDENTITY_NUMBERS_READ)
    )


def mask_text(value: str) -> str:
    return _LOOKS_LIKE_ID.sub(lambda m: mask_id_number(m.group(0).upper()), value)


def mask_value(value: Any) -> Any:
    """Every ID-number-shaped string inside a JSON value, masked."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, list):
        return [mask_value(v) for v in value]
    if isinstance(value, dict):
        return {k: mask_value(v) for k, v in value.items()}
    return value


def mask_form_data(form_schema: dict | None, data: dict) -> dict:
    """Form values with the ID numbers masked: every field the form declares as an ID number (whatever
    its value looks like), and any ID-shaped text elsewhere."""
    id_fields = {
        f.get("code")
        for f in (form_schema or {}).get("fields", [])
        if isinstance(f, dict) and f.get("type") == ID_NUMBER_TYPE
    }
    masked = {}
    for key, value in data.items():
        if key in id_fields and isinstance(value, str) and len(value) >= 10:
            masked[key] = value[:6] + "*" * (len(value) - 10) + value[-4:]
        elif key in id_fields and isinstance(value, str):
            masked[key] = "*" * len(value)
        else:
            masked[key] = mask_value(value)
    return masked
