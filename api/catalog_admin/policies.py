"""Who may edit what of the catalogue (目录管理员).

A catalogue administrator is a member of staff with the ``catalog_admin`` role. Bound to a department
(``User.department``), they edit that department and its items; bound to a hall (``User.hall``), that
hall and the items and bundles served there (windows, hours); bound to neither, everything (materials,
the form field dictionary, the life-cycle tree, bundles across halls). Any of them may publish their
own draft: it holds only the changes they were allowed to make.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from api.catalog_admin.errors import CatalogAdminError
from api.failures import Failure
from api.identity.enums import Role
from api.identity.models import User
from api.identity.principal import Principal


@dataclass(frozen=True)
class AdminScope:
    user_id: int
    department: str | None = None  # a department's code
    hall: str | None = None  # a hall's code

    @property
    def describe(self) -> str:
        if self.department:
            return f"department {self.department}"
        if self.hall:
            return f"hall {self.hall}"
        return "whole catalogue"

    def may_edit(self, section: str, entry: dict[str, Any]) -> bool:
        """May this scope hold ``entry`` (before or after the edit) in ``section``?"""
        if self.department is None and self.hall is None:
            return True
        code = entry.get("code")
        if self.department is not None:
            if section == "departments":
                return code == self.department
            return section == "items" and entry.get("department") == self.department
        if section == "halls":
            return code == self.hall
        return section in ("items", "bundles") and entry.get("hall") == self.hall


def catalogue_administrator(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.has_role(Role.CATALOG_ADMIN)


async def admin_scope(principal: Principal) -> AdminScope:
    if not principal.has_role(Role.CATALOG_ADMIN) or principal.user_id is None:
        raise Failure(CatalogAdminError.CATALOGUE_EDIT_FORBIDDEN)
    user = await User.get(id=principal.user_id).select_related("department", "hall")
    department = user.department.code if user.department else None  # type: ignore[union-attr]
    hall = user.hall.code if user.hall and not department else None  # type: ignore[union-attr]
    return AdminScope(user.id, department, hall)


def check_scope(scope: AdminScope, section: str, *entries: dict[str, Any] | None) -> None:
    for entry in entries:
        if entry is not None and not scope.may_edit(section, entry):
            raise Failure(
                CatalogAdminError.OUTSIDE_CATALOGUE_SCOPE,
                code=f"{section}/{entry.get('code')}",
                scope=scope.describe,
            )
