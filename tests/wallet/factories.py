"""Licences for tests: a holder, a department, a business licence with realistic Chinese fields."""

from __future__ import annotations

import secrets
from datetime import timedelta

from webauthn.helpers import bytes_to_base64url

from api import clock
from api.catalog.models import Department
from api.identity.models import User
from api.wallet import services
from api.wallet.models import Licence
from tests.identity import ids

BUSINESS_FIELDS = {
    "name": "西安市长安区欧阳小吃店（个体工商户）",
    "credit_code": "92610116MA6TX2XX05",
    "operator": "欧阳娜娜",
    "premises": "陕西省西安市长安区韦曲街道西长安街 123 号",
    "scope": "餐饮服务；食品销售（仅销售预包装食品）",
    "id_number": "610116199001011234",
}


async def citizen(name: str = "欧阳娜娜") -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=ids.phone(),
        id_number=ids.resident_id(),
        roles=["citizen"],
    )


async def business_licence(holder: User | None = None, department_code: str = "SJ", **overrides) -> Licence:
    department = await Department.get(code=department_code)
    values = {
        "fields": dict(BUSINESS_FIELDS),
        "expires_on": clock.today() + timedelta(days=3650),
    } | overrides
    return await services.issue_licence(
        department, holder or await citizen(), "business_licence", values.pop("fields"), **values
    )
