"""Staff onboarding mutations (administrators): invite, suspend, reinstate, re-enrol. Thin resolvers
over ``api.identity.accounts.invite_staff`` and ``api.identity.staff``."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity import accounts, policies, staff
from api.identity.queries import staff_member
from api.identity.types import (
    IdentityErrorType,
    Role,
    StaffInvitation,
    StaffInvitationResult,
    StaffMemberResult,
    StaffMemberUpdated,
)

failures_as_data = failures_as(IdentityErrorType)


@strawberry.type
class StaffMutation:
    @strawberry.mutation(
        description="Create a member of staff and a single-use passkey enrollment code (72 h)",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def invite_staff(
        self,
        info: Info,
        name: str,
        phone: str,
        roles: list[Role],
        department_code: str | None = None,
        hall_code: str | None = None,
    ) -> StaffInvitationResult:
        user, code = await accounts.invite_staff(
            name, phone, roles, department_code, hall_code, invited_by=info.context.principal.user_id
        )
        return StaffInvitation(
            staff=staff_member(user, False),
            invitation_code=code,
            enroll_url=staff.enroll_url(info.context.settings.public_base_url),
        )

    @strawberry.mutation(
        description="停用: the member can no longer sign in; their sessions and tokens end at once",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def suspend_staff(self, info: Info, id: strawberry.ID) -> StaffMemberResult:
        user = await staff.suspend(info.context.principal, from_global_id(id, "User"))
        return StaffMemberUpdated(staff=staff_member(user))

    @strawberry.mutation(
        description="恢复: lift a suspension", permission_classes=allow(policies.administrator)
    )
    @failures_as_data
    async def reinstate_staff(self, info: Info, id: strawberry.ID) -> StaffMemberResult:
        return StaffMemberUpdated(
            staff=staff_member(await staff.reinstate(info.context.principal, from_global_id(id, "User")))
        )

    @strawberry.mutation(
        description="重新登记: revoke the member's passkeys and sessions; a new single-use enrollment code",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def reenroll_staff(self, info: Info, id: strawberry.ID) -> StaffInvitationResult:
        user, code = await staff.reenroll(info.context.principal, from_global_id(id, "User"))
        return StaffInvitation(
            staff=staff_member(user, False),
            invitation_code=code,
            enroll_url=staff.enroll_url(info.context.settings.public_base_url),
        )
