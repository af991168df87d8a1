"""The demo's people: one account per role, and the demo sign-in that needs no passkey.

Only ``serve --demo`` outside production seeds them and routes to them (``api.web.demo_signin``); the
routes do not exist otherwise, so production refuses every demo sign-in. Phones are in the 199 0000
range no real subscriber holds; the citizen's resident ID number is a valid made-up one.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.catalog.models import Department, Hall
from api.helping.models import HelperMember, HelperTeam
from api.identity.enums import Role
from api.identity.models import User
from api.identity.passkeys import new_user_handle
from api.identity.validators import resident_id_check_char
from api.unit_of_work import changing

DEMO_HALL = "CA"
DEMO_HELPER_TEAM = "XA-CA"  # 长安区帮办代办服务队: takes the requests of its townships and communities


@dataclass(frozen=True)
class DemoAccount:
    key: str  # what the sign-in asks for
    name: str
    phone: str
    roles: tuple[Role, ...]
    home: str  # the page the account's work starts on
    department: str | None = None
    label: str = ""
    label_en: str = ""
    in_hall: bool = True  # staff work in the demo hall; the catalogue admin edits the whole catalogue


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        "citizen",
        "演示群众 王芳",
        "19900000001",
        (Role.CITIZEN,),
        "/me",
        label="办事群众",
        label_en="Citizen",
    ),
    DemoAccount(
        "helper",
        "演示帮办员 李强",
        "19900000002",
        (Role.HELPER,),
        "/helper",
        label="帮办代办员",
        label_en="Helper",
    ),
    DemoAccount(
        "window_clerk",
        "演示窗口 张敏",
        "19900000003",
        (Role.WINDOW_CLERK,),
        "/desk/queue",
        label="综合窗口",
        label_en="Window clerk",
    ),
    DemoAccount(
        "reviewer",
        "演示审批 刘洋",
        "19900000004",
        (Role.REVIEWER,),
        "/desk/tasks",
        department="SJ",
        label="部门审批（市场监管）",
        label_en="Department reviewer (market regulation)",
    ),
    DemoAccount(
        "supervisor",
        "演示监察 陈静",
        "19900000005",
        (Role.SUPERVISOR,),
        "/desk/supervision",
        label="电子监察",
        label_en="Supervisor",
    ),
    DemoAccount(
        "admin",
        "演示管理员 赵磊",
        "19900000006",
        (Role.ADMIN,),
        "/desk/staff",
        label="大厅管理员",
        label_en="Hall admin",
    ),
    DemoAccount(
        "leader",
        "演示领导 孙伟",
        "19900000007",
        (Role.LEADER,),
        "/desk/statistics",
        label="大厅领导（统计分析）",
        label_en="Hall leader (statistics)",
    ),
    DemoAccount(
        "catalog_admin",
        "演示目录管理员 孙悦",
        "19900000008",
        (Role.CATALOG_ADMIN,),
        "/desk/catalogue",
        label="目录管理员",
        label_en="Catalogue admin",
        in_hall=False,
    ),
)
CITIZEN_ID_17 = "11010519850315002"


BY_KEY = {a.key: a for a in DEMO_ACCOUNTS}


async def seed_demo_accounts() -> None:
    """Create the demo's accounts once (after the catalogue is loaded); later starts leave them."""
    hall = await Hall.get_or_none(code=DEMO_HALL)
    async with changing():
        for account in DEMO_ACCOUNTS:
            if await User.filter(phone=account.phone).exists():
                continue
            staff = Role.CITIZEN not in account.roles
            department = await Department.get_or_none(code=account.department) if account.department else None
            citizen_id = CITIZEN_ID_17 + resident_id_check_char(CITIZEN_ID_17)
            await User.create(
                user_handle=new_user_handle(),
                name=account.name,
                phone=account.phone,
                roles=sorted(r.value for r in account.roles),
                staff=staff,
                department=department,
                hall=hall if staff and account.in_hall else None,
                id_number=None if staff else citizen_id,
            )
        helper = await User.get_or_none(phone=BY_KEY["helper"].phone)
        team = await HelperTeam.get_or_none(code=DEMO_HELPER_TEAM)
        if helper is not None and team is not None:  # the demo's help requests reach someone
            await HelperMember.get_or_create(team_id=team.id, user_id=helper.id)


async def demo_user(key: str) -> User | None:
    account = BY_KEY.get(key)
    if account is None:
        return None
    return await User.get_or_none(phone=account.phone, disabled=False)
