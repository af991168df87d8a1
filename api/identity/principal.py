"""Who is asking: the principal every authorization decision is made about."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from api.identity.enums import Role, Scope


class PrincipalKind(StrEnum):
    ANONYMOUS = "anonymous"
    USER = "user"  # a citizen or a member of staff, signed in
    CLIENT = "client"  # a third-party mini-program with client credentials


@dataclass(frozen=True)
class Principal:
    kind: PrincipalKind
    user_id: int | None = None
    roles: frozenset[Role] = frozenset()
    department_id: int | None = None  # a reviewer's department
    client_id: int | None = None  # ApiClient.id
    scopes: frozenset[Scope] = frozenset()  # a client's scopes
    # a client's token from the authorization code flow: the citizen it acts for, and its token family
    # (api.oauth.services.tokens: revoking the family stops the token)
    acting_for: int | None = None
    token_family: str | None = None
    address: str = ""  # the caller's network address (rate limits)

    @property
    def is_user(self) -> bool:
        return self.kind is PrincipalKind.USER

    @property
    def is_client(self) -> bool:
        return self.kind is PrincipalKind.CLIENT

    def has_role(self, role: Role) -> bool:
        return self.is_user and role in self.roles

    @property
    def acting_role(self) -> str:
        """How the principal is named in the access log."""
        if self.is_client:
            return "client"
        for role in (Role.ADMIN, Role.SUPERVISOR, Role.REVIEWER, Role.WINDOW_CLERK, Role.HELPER):
            if role in self.roles:
                return role.value
        return Role.CITIZEN.value if self.is_user else "anonymous"


ANONYMOUS = Principal(PrincipalKind.ANONYMOUS)
