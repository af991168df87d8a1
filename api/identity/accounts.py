"""People and organisations: citizens' businesses, staff invited by an administrator."""

from __future__ import annotations

import secrets

from webauthn.helpers import bytes_to_base64url

from api.catalog.models import Department
from api.failures import Failure
from api.identity.enums import STAFF_ROLES, Role
from api.identity.models import Organization, User
from api.identity.passkeys import create_invitation
from api.identity.validators import normalize_credit_code, normalize_phone


async def register_organization(user: User, credit_code: str, name: str) -> Organization:
    """The signed-in person represents the business with this unified social credit code."""
    code = normalize_credit_code(credit_code)
    if not name.strip():
        raise Failure("INVALID_NAME", "请填写企业名称", "Enter the business name")
    existing = await Organization.get_or_none(credit_code=code)
    if existing is not None:
        if existing.representative_id != user.id:
            raise Failure(
                "ORGANIZATION_REGISTERED",
                "该企业已由其他经办人登记，请联系企业变更经办人",
                "Another person already represents this business",
            )
        return existing
    return await Organization.create(credit_code=code, name=name.strip()[:128], representative=user)


async def invite_staff(
    name: str, phone: str, roles: list[Role], department_code: str | None
) -> tuple[User, str]:
    """A member of staff without a passkey yet, and the single-use code to enroll one."""
    phone = normalize_phone(phone)
    staff_roles = [r for r in roles if r in STAFF_ROLES]
    if not staff_roles or len(staff_roles) != len(roles):
        raise Failure("INVALID_ROLES", "请选择工作人员角色", "Choose one or more staff roles")
    department = None
    if Role.REVIEWER in staff_roles:
        department = await Department.get_or_none(code=department_code or "")
        if department is None:
            raise Failure(
                "DEPARTMENT_REQUIRED", "审批人员须绑定一个部门", "A reviewer must belong to one department"
            )
    if await User.filter(phone=phone).exists():
        raise Failure("PHONE_REGISTERED", "该手机号已注册", "This phone number is already registered")
    user = await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name.strip()[:64],
        phone=phone,
        roles=sorted(r.value for r in staff_roles),
        staff=True,
        department=department,
    )
    return user, await create_invitation(user)
