"""Demo licences for development and the browser tests (``python -m api issue-demo-licence``)."""

from __future__ import annotations

from datetime import timedelta

from api import clock
from api.catalog.models import Department
from api.identity.models import User
from api.identity.passkeys import new_user_handle
from api.wallet import services
from api.wallet.models import Licence

DEMO_PHONE = "13800138000"
DEMO_LICENCES = {
    "business_licence": (
        "SJ",
        {
            "name": "西安市长安区演示小吃店（个体工商户）",
            "credit_code": "92610116MA6TX2XX05",
            "operator": "演示市民",
            "premises": "陕西省西安市长安区韦曲街道西长安街 88 号",
            "scope": "餐饮服务；食品销售（仅销售预包装食品）",
        },
        3650,
    ),
    "food_business_licence": (
        "SJ",
        {  # as an approval of 食品经营许可 issues it: answers of the form under their own codes
            "operator": "演示市民",
            "premises": "陕西省西安市长安区韦曲街道西长安街 88 号",
            "main_business": "小餐饮",
            "business_area": "85",
            "food_business_items": "hot_food、prepackaged",
        },
        1825,
    ),
    "marriage_certificate": ("MZ", {"spouse_name": "演示配偶", "registered_on": "2024-05-20"}, None),
}


async def demo_citizen(phone: str = DEMO_PHONE) -> User:
    user = await User.get_or_none(phone=phone)
    if user is None:
        user = await User.create(
            user_handle=new_user_handle(),
            name="演示市民",
            phone=phone,
            roles=["citizen"],
        )
    return user


async def issue_demo_licence(type_code: str = "business_licence", phone: str = DEMO_PHONE) -> Licence:
    department_code, fields, days = DEMO_LICENCES[type_code]
    return await services.issue_licence(
        await Department.get(code=department_code),
        await demo_citizen(phone),
        type_code,
        fields,
        expires_on=clock.today() + timedelta(days=days) if days else None,
    )
