"""The GraphQL face of the licence wallet: thin resolvers (policy → service → map)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import strawberry
from strawberry.types import Info

from api.catalog.labels import LicenceLabels
from api.failures import Failure
from api.graphql.connections import id_connection
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity import access_log, disclosure
from api.identity import policies as identity_policies
from api.qr import render
from api.wallet import policies, services
from api.wallet.models import Licence as LicenceRow
from api.wallet.types import (
    Licence,
    LicenceConnection,
    LicencePresentation,
    LicenceResult,
    LicenceVerification,
    PresentLicenceResult,
    WalletError,
)


def qr_image(token: str) -> tuple[str, int]:
    """The compact one-path SVG of api/qr/render.py, and the QR version (not cached: every
    presentation is different). Milliseconds of work: callers run it in a thread."""
    modules = render.matrix(token)
    n = len(modules)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" role="img" '
        f'shape-rendering="crispEdges"><rect width="{n}" height="{n}" fill="#fff"/>'
        f'<path d="{render.path_data(modules)}"/></svg>'
    )
    return svg, (n - 2 * render.QUIET_ZONE - 17) // 4


@strawberry.type
class WalletQuery:
    @strawberry.field(
        description="My licences (电子证照), newest first (at most 100 a page)",
        permission_classes=allow(identity_policies.signed_in),
    )
    async def my_licences(self, info: Info, first: int = 50, after: str | None = None) -> LicenceConnection:
        window = await services.licences_of(info.context.principal.user_id, first, after)
        labels = await _labels(info)
        return id_connection(window, lambda row: Licence.of(row, labels))

    @strawberry.field(
        description="A citizen's licences, newest first, for a mini-program the citizen granted "
        "licences:read (logged). ID numbers are masked unless also granted identity_numbers:read. "
        "At most 100 a page",
        permission_classes=allow(policies.may_read_citizen_licences),
    )
    async def citizen_licences(
        self, info: Info, citizen_id: strawberry.ID, first: int = 50, after: str | None = None
    ) -> LicenceConnection:
        principal = info.context.principal
        holder_id = from_global_id(citizen_id, "User")
        window = await services.licences_of(holder_id, first, after)
        await access_log.record(principal, holder_id, "licences", f"{len(window.rows)} 张证照")
        full = await disclosure.sees_full_id_numbers(principal, holder_id)
        labels = await _labels(info)
        return id_connection(window, lambda row: Licence.of(row, labels, mask_id_numbers=not full))

    @strawberry.field(
        description="One licence: its holder, or staff of the issuing department (logged, with a purpose)",
        permission_classes=allow(policies.may_read_licence),
    )
    async def licence(self, info: Info, id: strawberry.ID, purpose: str = "") -> Licence:
        row = await services.licence(str(id))
        await access_log.record(info.context.principal, row.holder_id, "licence", purpose)
        return Licence.of(row, await _labels(info))

    @strawberry.field(
        description="Check a presented licence QR (online: also its current status). Anyone may ask",
        permission_classes=allow(identity_policies.public),
    )
    async def verify_licence(self, info: Info, token: str) -> LicenceVerification:
        return LicenceVerification.of(await services.verify(token[:4096]), await _labels(info))


@strawberry.type
class WalletMutation:
    @strawberry.mutation(
        description='Show a licence as a signed QR code. `disclose`: "holder", "number" and field keys '
        "(default: licence.defaultDisclosure); `ttlSeconds` null: valid as long as the licence",
        permission_classes=allow(policies.licence_holder),
    )
    async def present_licence(
        self, id: strawberry.ID, disclose: list[str] | None = None, ttl_seconds: int | None = 300
    ) -> PresentLicenceResult:
        try:
            presentation = await services.present(await services.licence(str(id)), disclose, ttl_seconds)
        except Failure as failure:
            return WalletError.of(failure)
        svg, version = await asyncio.to_thread(qr_image, presentation.token)
        return LicencePresentation(
            token=presentation.token,
            qr_svg=svg,
            qr_version=version,
            expires_at=presentation.expires_at,
            disclosed=presentation.disclosed,
        )

    @strawberry.mutation(
        description="暂扣 Suspend a licence (it can be reinstated)",
        permission_classes=allow(policies.may_change_licence_status),
    )
    async def suspend_licence(self, info: Info, id: strawberry.ID, reason: str) -> LicenceResult:
        return await _change(info, str(id), services.suspend, reason)

    @strawberry.mutation(
        description="吊销 Revoke a licence (final)",
        permission_classes=allow(policies.may_change_licence_status),
    )
    async def revoke_licence(self, info: Info, id: strawberry.ID, reason: str) -> LicenceResult:
        return await _change(info, str(id), services.revoke, reason)

    @strawberry.mutation(
        description="恢复 Reinstate a suspended licence",
        permission_classes=allow(policies.may_change_licence_status),
    )
    async def reinstate_licence(self, info: Info, id: strawberry.ID, reason: str) -> LicenceResult:
        return await _change(info, str(id), services.reinstate, reason)


StatusChange = Callable[[LicenceRow, services.Actor, str], Awaitable[LicenceRow]]


async def _change(info: Info, public_id: str, action: StatusChange, reason: str) -> Licence | WalletError:
    try:
        row = await services.licence(public_id)
        await action(row, info.context.principal.user_id, reason)
    except Failure as failure:
        return WalletError.of(failure)
    return Licence.of(row, await _labels(info))


async def _labels(info: Info) -> LicenceLabels:
    """What the catalogue calls each licence field and choice value (zh-CN, en)."""
    return (await info.context.catalog()).licence_labels
