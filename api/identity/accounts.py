"""People and organisations: citizens' businesses, staff invited by an administrator."""

from __future__ import annotations

from api import clock
from api.catalog.models import Department, Hall
from api.failures import Failure
from api.identity import access_log
from api.identity.enums import STAFF_ROLES, OrganizationProof, Role
from api.identity.errors import IdentityError
from api.identity.models import Organization, User
from api.identity.passkeys import create_invitation, new_user_handle
from api.identity.principal import Principal
from api.identity.validators import normalize_credit_code, normalize_phone
from api.unit_of_work import changing
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence

BUSINESS_LICENCE = "business_licence"
REPRESENTATIVE_FIELDS = ("legal_representative", "operator", "legal_rep_name")


async def register_organization(user: User, credit_code: str, name: str) -> Organization:
    """The signed-in person claims to represent the business with this unified social credit code.

    The claim binds at once when a business licence in the person's own wallet proves it (same
    credit code, naming them as legal representative or operator, their ID checked in person);
    otherwise it waits for a window clerk's in-person check. Unproven claims bind nothing.
    """
    code = normalize_credit_code(credit_code)
    name = name.strip()
    if not 1 <= len(name) <= 128:
        raise Failure(IdentityError.INVALID_NAME, what="企业名称", what_en="the business name")
    async with changing():
        claim, _ = await Organization.get_or_create(
            credit_code=code, representative=user, defaults={"name": name}
        )
        represented = Organization.filter(credit_code=code).exclude(verified_at=None)
        if (
            claim.verified_at is None
            and await _wallet_proves(user, code)
            and not await represented.exists()  # a change of representative is for a clerk
        ):
            claim.verified_at = clock.now()
            claim.verification = OrganizationProof.WALLET_LICENCE
            await claim.save(update_fields=["verified_at", "verification"])
    return claim


async def _wallet_proves(user: User, credit_code: str) -> bool:
    if user.id_verified_at is None or not user.id_number:
        return False
    licences = await Licence.filter(holder=user, type_code=BUSINESS_LICENCE, status=LicenceStatus.ACTIVE)
    for licence in licences:
        fields: object = licence.key_fields
        if not isinstance(fields, dict):
            continue
        if credit_code not in (licence.number, str(fields.get("credit_code", "")).upper()):
            continue
        if any(str(fields.get(key, "")).strip() == user.name for key in REPRESENTATIVE_FIELDS):
            return True
    return False


async def pending_organizations(limit: int = 100) -> list[Organization]:
    return (
        await Organization.filter(verified_at=None)
        .select_related("representative")
        .order_by("created_at", "id")
        .limit(limit)
    )


async def verify_organization(clerk: Principal, organization_id: int, note: str) -> Organization:
    """A window clerk checked the business licence and the representative's ID card in person. If
    someone else represented the business, the clerk's check moves it to this person."""
    note = note.strip()[:200]
    async with changing():
        claim = await Organization.get_or_none(id=organization_id).select_related("representative")
        if claim is None:
            raise Failure(IdentityError.NOT_FOUND, what="该企业登记", what_en="business claim")
        if claim.verified_at is not None:
            return claim
        previous = await Organization.filter(credit_code=claim.credit_code).exclude(verified_at=None)
        if previous:  # the clerk's check moves the business to this person
            await Organization.filter(id__in=[o.id for o in previous]).update(
                verified_at=None, verification=None, verified_by_id=None
            )
        claim.verified_at = clock.now()
        claim.verification = OrganizationProof.IN_PERSON
        claim.verified_by_id = clerk.user_id
        await claim.save(update_fields=["verified_at", "verification", "verified_by_id"])
        subjects = [claim.representative_id] + [o.representative_id for o in previous]
        await access_log.record_many(
            clerk, subjects, "organization_verified", f"窗口核验营业执照 {note}".strip()
        )
    return claim


async def invite_staff(
    name: str,
    phone: str,
    roles: list[Role],
    department_code: str | None,
    hall_code: str | None = None,
    *,
    invited_by: int | None = None,
) -> tuple[User, str]:
    """A member of staff without a passkey yet, and the single-use code to enroll one.

    An administrator who works in a hall invites into that hall only (``invited_by``)."""
    phone = normalize_phone(phone)
    name = name.strip()[:64]
    if not name:
        raise Failure(IdentityError.INVALID_NAME, what="姓名", what_en="a name")
    admin_hall = await User.filter(id=invited_by).values_list("hall_id", flat=True) if invited_by else []
    hall = None
    if admin_hall and admin_hall[0] is not None:
        hall = await Hall.get(id=admin_hall[0])
    elif hall_code:
        hall = await Hall.get_or_none(code=hall_code.strip().upper())
        if hall is None:
            raise Failure(IdentityError.UNKNOWN_HALL, code=hall_code[:16])
    staff_roles = [r for r in roles if r in STAFF_ROLES]
    if not staff_roles or len(staff_roles) != len(roles):
        raise Failure(IdentityError.INVALID_ROLES)
    department = None
    if Role.REVIEWER in staff_roles or (Role.CATALOG_ADMIN in staff_roles and department_code):
        department = await Department.get_or_none(code=department_code or "")  # a catalogue admin's scope
        if department is None:
            raise Failure(IdentityError.DEPARTMENT_REQUIRED)
    if await User.filter(phone=phone).exists():
        raise Failure(IdentityError.PHONE_REGISTERED)
    user = await User.create(
        user_handle=new_user_handle(),
        name=name,
        phone=phone,
        roles=sorted(r.value for r in staff_roles),
        staff=True,
        department=department,
        hall=hall,
    )
    await user.fetch_related("department", "hall")
    return user, await create_invitation(user)
