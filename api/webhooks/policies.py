"""Who may: webhooks and documents are an API client's own; department tasks need a client that may
ask for ``tasks:decide`` (which department: ``api.review.policies.system_department``); binding a
client to a department is an administrator's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.failures import Failure
from api.identity.enums import Scope
from api.identity.principal import Principal
from api.webhooks.errors import WebhookError


def api_client(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Its own webhook subscriptions, deliveries and registered documents: any API client."""
    return principal.is_client


def department_system(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A department's tasks: a client token carrying ``tasks:decide``."""
    return principal.is_client and Scope.TASKS_DECIDE in principal.scopes


def client_pk(principal: Principal) -> int:
    """The calling client's row id."""
    if principal.client_id is None:
        raise Failure(WebhookError.NOT_A_CLIENT)
    return principal.client_id
