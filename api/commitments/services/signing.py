"""Signing 告知承诺 when applying: the applicant (or their helper) ticks the commitment of an item the
catalogue offers it for, having been shown its text; the version they saw must be the current one.
The materials the signed commitments replace are then not asked for (``MaterialStatus.COMMITTED``),
and the commitments are written with the submission, in its unit of work."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from api.applications.enums import MaterialStatus
from api.bulk_insert import insert_returning_ids
from api.catalog.entities import Bundle, ServiceItem
from api.catalog.models import Department
from api.commitments.errors import CommitmentError
from api.commitments.models import Commitment
from api.commitments.rules import Offer, offers, waived_materials
from api.failures import Failure

if TYPE_CHECKING:  # annotations only: importing it here would make a cycle with api.applications.services
    from api.applications.services.materials import PlannedMaterial


@dataclass(frozen=True)
class Signature:
    """What the applicant ticked: an item's commitment, at the version shown to them."""

    item: str
    version: int


def signed_offers(entry: ServiceItem | Bundle, signatures: Iterable[Signature]) -> list[Offer]:
    """The offers the signatures accept, in the entry's order. Refused: an item the entry does not
    offer 告知承诺 for, and a version that is not the current text (the applicant read another)."""
    available = {offer.item.code: offer for offer in offers(entry)}
    names = {i.code: i.name for i in (entry.items if isinstance(entry, Bundle) else (entry,))}
    chosen: set[str] = set()
    for signature in signatures:
        code = signature.item.strip().upper()
        offer = available.get(code)
        if offer is None:
            raise Failure(CommitmentError.COMMITMENT_NOT_OFFERED, name=names.get(code, code), code=code[:16])
        if signature.version != offer.terms.version:
            raise Failure(
                CommitmentError.COMMITMENT_OUTDATED,
                name=offer.item.name,
                code=code,
                version=offer.terms.version,
            )
        chosen.add(code)
    return [offer for code, offer in available.items() if code in chosen]


def waive(
    entry: ServiceItem | Bundle, plan: list[PlannedMaterial], signed: list[Offer]
) -> list[PlannedMaterial]:
    """The plan with the materials the signed commitments replace marked COMMITTED (not asked for)."""
    waived = waived_materials(entry, {offer.item.code for offer in signed})
    return [
        replace(line, status=MaterialStatus.COMMITTED)
        if line.material_code in waived and line.status == MaterialStatus.MISSING
        else line
        for line in plan
    ]


def signing_reason(signed: list[Offer]) -> str:
    """The submission event's words: which commitments were signed, at which version."""
    if not signed:
        return ""
    return "签署告知承诺书：" + "、".join(f"{o.item.name}（第 {o.terms.version} 版）" for o in signed)


async def record_signatures(
    application_id: int,
    signed: list[Offer],
    plan: list[PlannedMaterial],
    *,
    applicant_id: int,
    signer_id: int,
    departments: Mapping[str, Department],
    at: datetime,
) -> list[Commitment]:
    """The signed commitments of a new application (inside the submission's unit of work): the text
    as shown, its version, who signed for whom and when, and the materials it stood for. Returned with
    their ids (one statement), in the order of their ids."""
    committed = {line.material_code for line in plan if line.status == MaterialStatus.COMMITTED}
    rows = list(
        await insert_returning_ids(
            [
                Commitment(
                    application_id=application_id,
                    item_code=offer.item.code,
                    item_name=offer.item.name,
                    department_id=departments[offer.item.department.code].id,
                    version=offer.terms.version,
                    text=offer.terms.text,
                    replaces=[code for code in offer.terms.replaces if code in committed],
                    verify_within=offer.terms.verify_within,
                    applicant_id=applicant_id,
                    signed_by_id=signer_id,
                    signed_at=at,
                )
                for offer in signed
            ],
            key="item_code",  # one commitment per item
        )
    )
    return sorted(rows, key=lambda c: c.id)
