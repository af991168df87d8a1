"""Business rules of applications, one job per module: the material plan (``materials``), what
applying starts from (``applying``), ``drafts``, the ``submission`` that fans out to every department,
``corrections``, ``choosing_delivery`` (how the result reaches the applicant), ``withdrawal`` and
the kiosk's ``lookup``. Plain async functions; every change goes
through ``api.unit_of_work.changing``. The names below are the public face callers use."""

from api.applications.services.applying import (
    FormToApply,
    catalog_entry,
    form_to_apply,
    prefill_sources,
    represented_organization,
)
from api.applications.services.choosing_delivery import choose_delivery
from api.applications.services.corrections import answer_correction
from api.applications.services.drafts import DraftSave, delete_draft, own_draft, save_draft
from api.applications.services.lookup import lookup
from api.applications.services.materials import MaterialInput, PlannedMaterial, material_plan
from api.applications.services.owed import hand_in_owed
from api.applications.services.submission import Submission, Submitted, Written, submit
from api.applications.services.withdrawal import withdraw

__all__ = [
    "DraftSave",
    "FormToApply",
    "MaterialInput",
    "PlannedMaterial",
    "Submission",
    "Submitted",
    "Written",
    "answer_correction",
    "catalog_entry",
    "choose_delivery",
    "delete_draft",
    "form_to_apply",
    "hand_in_owed",
    "lookup",
    "material_plan",
    "own_draft",
    "prefill_sources",
    "represented_organization",
    "save_draft",
    "submit",
    "withdraw",
]
