"""Immutable views of the catalogue, built once per catalogue revision and shared by all requests.

GraphQL types resolve straight from these objects (same attribute names), so serving a guide costs
no SQL and no per-request mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from api.catalog.enums import (
    Channel,
    CrossRegion,
    DeferralWaits,
    FieldType,
    ItemKind,
    LifeNodeKind,
    MaterialForm,
    StepPlace,
    Subject,
    SuppliedBy,
)
from api.catalog.errors import CatalogError
from api.catalog.labels import LicenceLabels

if TYPE_CHECKING:
    from api.catalog.forms import FormSchema
    from api.catalog.search import SearchIndex
    from api.catalog.situations import Condition, Question


@dataclass(frozen=True, slots=True)
class Department:
    code: str
    name: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Hall:
    code: str
    name: str
    name_en: str
    address: str
    hours: str
    weekend_hours: str | None
    phone: str
    # English of the texts (None: the catalogue has none yet; the PWA then shows the Chinese)
    address_en: str | None = None
    hours_en: str | None = None
    weekend_hours_en: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    hall: Hall
    window: str
    window_en: str | None = None


@dataclass(frozen=True, slots=True)
class Faq:
    """常见问题: a question people ask about an item or a bundle, and its answer."""

    question: str
    question_en: str
    answer: str
    answer_en: str


@dataclass(frozen=True, slots=True)
class Download:
    """A file citizens may download for a material: a blank form (表格下载) or a filled-in sample
    (示范文本). ``file`` is the upload's public id; it is served at ``url`` to anyone."""

    kind: str  # blank_form | sample
    name: str
    name_en: str
    file: str

    @property
    def url(self) -> str:
        return f"/catalogue-files/{self.file}"


@dataclass(frozen=True, slots=True)
class MaterialType:
    code: str
    name: str
    name_en: str
    supplied_by: SuppliedBy
    downloads: tuple[Download, ...] = ()  # 表格下载、示范文本

    @property
    def waived(self) -> bool:
        """免提交: an e-licence or another department's data supplies it."""
        return self.supplied_by is not SuppliedBy.NONE


@dataclass(frozen=True, slots=True)
class Deferral:
    """容缺受理 terms of a material: due within ``within_days`` working days of acceptance, and what
    waits for it (the department's approval, or only the licence)."""

    within_days: int
    waits: DeferralWaits

    @staticmethod
    def strictest(terms: Iterable[Deferral]) -> Deferral | None:
        """One set of terms for a material several items ask for: the shortest delay, and approval
        waiting when any item's does."""
        terms = list(terms)
        if not terms:
            return None
        waits = (
            DeferralWaits.APPROVAL
            if any(t.waits is DeferralWaits.APPROVAL for t in terms)
            else DeferralWaits.LICENCE
        )
        return Deferral(min(t.within_days for t in terms), waits)


@dataclass(frozen=True, slots=True)
class ItemMaterial:
    material: MaterialType
    form: MaterialForm
    copies: int
    required: bool
    deferrable: bool
    note: str | None
    deferral: Deferral | None = None  # 容缺 terms (catalogue data), set when deferrable
    note_en: str | None = None
    when: Condition = ()  # 情形: asked only when the answers match (api.catalog.situations); () always

    @property
    def waived(self) -> bool:
        return self.material.waived


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    name: str
    name_en: str


@dataclass(frozen=True, slots=True)
class FieldRules:
    """What a value of a form field must satisfy (beyond its type). ``None``: no such rule."""

    min_length: int | None = None
    max_length: int | None = None
    min: str | None = None  # a number as text; for dates an ISO date or "today"
    max: str | None = None
    decimals: int | None = None  # at most this many decimal places (numbers)
    pattern: str | None = None  # a regular expression the whole value must match
    pattern_message: str | None = None
    pattern_message_en: str | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True, slots=True)
class FormField:
    """A field of the shared form dictionary: same code, same question, asked once per bundle."""

    code: str
    name: str
    name_en: str
    type: FieldType
    rules: FieldRules
    prefill: str | None  # profile.name, organization.credit_code, licence.<material>.<field> …
    hint: str | None
    hint_en: str | None
    issued_by: str | None = None  # code of the certificate the value is printed on (see forms)


@dataclass(frozen=True, slots=True)
class ItemField:
    field: FormField
    required: bool
    when: Condition = ()  # 情形: asked only when the answers match (api.catalog.situations); () always


@dataclass(frozen=True, slots=True)
class Step:
    position: int
    title: str
    description: str
    place: StepPlace
    title_en: str | None = None
    description_en: str | None = None


@dataclass(frozen=True, slots=True)
class TimeLimit:
    statutory_days: int
    promised_days: int


@dataclass(frozen=True, slots=True)
class Fee:
    free: bool
    amount: str | None
    description: str | None
    description_en: str | None = None


@dataclass(frozen=True, slots=True)
class CommitmentTerms:
    """告知承诺: the applicant may sign this text (this version) instead of handing in ``replaces``; the
    department verifies it within ``verify_within`` working days of acceptance (see
    ``api.catalog.commitment_terms``)."""

    version: int
    verify_within: int
    replaces: tuple[str, ...]  # material codes
    text: str
    text_en: str


@dataclass(frozen=True, slots=True)
class ServiceItem:
    code: str
    name: str
    name_en: str
    kind: ItemKind
    subject: Subject
    department: Department
    summary: str
    eligibility: str
    conditions: tuple[str, ...]
    legal_basis: tuple[str, ...]
    materials: tuple[ItemMaterial, ...]
    steps: tuple[Step, ...]
    time_limit: TimeLimit
    fee: Fee
    channels: tuple[Channel, ...]
    visits: int
    location: Location
    cross_region: tuple[CrossRegion, ...]
    weekend_service: bool
    delegable: bool
    output: MaterialType | None
    keywords: tuple[str, ...]
    fields: tuple[ItemField, ...]  # the application form, in the order it is asked
    form_schema: FormSchema
    commitment: CommitmentTerms | None = None  # 告知承诺 allowed (and on what terms)
    # English of the guide's texts: None / () when the catalogue has none yet (lists: one per line)
    summary_en: str | None = None
    eligibility_en: str | None = None
    conditions_en: tuple[str, ...] = ()
    legal_basis_en: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()  # 情形引导: what decides which materials and fields apply
    faq: tuple[Faq, ...] = ()  # 常见问题


@dataclass(frozen=True, slots=True)
class BundleMaterial:
    """One line of a bundle's merged material list: asked once however many items need it."""

    material: MaterialType
    form: MaterialForm
    copies: int
    required: bool
    deferrable: bool
    produced_in_bundle: bool  # an earlier item of the bundle issues it: nothing to bring
    used_by: tuple[str, ...]  # item codes
    deferrals: tuple[tuple[str, Deferral], ...] = ()  # 容缺 terms per item asking for it (when deferrable)

    @property
    def deferral(self) -> Deferral | None:
        """The terms the window applies: the strictest of the items' (``Deferral.strictest``)."""
        return Deferral.strictest(terms for _, terms in self.deferrals)

    @property
    def waived(self) -> bool:
        return self.material.waived

    @property
    def to_submit(self) -> bool:
        return not (self.waived or self.produced_in_bundle)


@dataclass(frozen=True, slots=True)
class Savings:
    materials_before: int
    materials_after: int
    windows_before: int
    windows_after: int
    days_before: int
    days_after: int
    visits_before: int
    visits_after: int


@dataclass(frozen=True, slots=True)
class Bundle:
    code: str
    name: str
    name_en: str
    subject: Subject
    summary: str
    items: tuple[ServiceItem, ...]
    departments: tuple[Department, ...]
    materials: tuple[BundleMaterial, ...]
    savings: Savings
    time_limit: TimeLimit
    location: Location
    keywords: tuple[str, ...]
    form_schema: FormSchema  # one merged form: a field several items ask is asked once
    next_codes: tuple[str, ...] = ()  # 办完这件事，您可能还需要…: items or bundles, by code
    summary_en: str | None = None
    # 情形引导 and 点菜 (api.catalog.situations): the bundle's own questions, the items that apply
    # only when the answers match, the items a citizen may leave out, and those they may add
    questions: tuple[Question, ...] = ()
    item_when: tuple[tuple[str, Condition], ...] = ()
    optional: tuple[str, ...] = ()
    extras: tuple[ServiceItem, ...] = ()
    faq: tuple[Faq, ...] = ()  # 常见问题


@dataclass(frozen=True, slots=True)
class LifeNode:
    code: str
    kind: LifeNodeKind
    name: str
    name_en: str
    children: tuple[LifeNode, ...] = ()
    items: tuple[ServiceItem, ...] = ()
    bundles: tuple[Bundle, ...] = ()


@dataclass(frozen=True, slots=True)
class NotFound:
    looked_up: str
    code: str = CatalogError.NOT_FOUND.name  # the guide page's own wording below (a result, not a failure)
    message: str = "没有找到该事项或一件事，请检查二维码或编码。"
    message_en: str = "No service item or bundle has this code. Check the QR code or the code."


@dataclass(frozen=True)
class Catalog:
    """Everything public about the catalogue at one revision."""

    revision: int
    departments: tuple[Department, ...]
    halls: tuple[Hall, ...]
    items: tuple[ServiceItem, ...]
    bundles: tuple[Bundle, ...]
    tree: tuple[LifeNode, ...]
    items_by_code: dict[str, ServiceItem] = field(repr=False)
    bundles_by_code: dict[str, Bundle] = field(repr=False)
    search_index: SearchIndex = field(repr=False)
    form_fields: dict[str, FormField] = field(default_factory=dict, repr=False)  # the field dictionary
    licence_labels: LicenceLabels = field(default_factory=LicenceLabels, repr=False)
    material_types: dict[str, MaterialType] = field(default_factory=dict, repr=False)  # by code
    department_ids: dict[str, int] = field(default_factory=dict, repr=False)  # code → row id

    def entry(self, code: str) -> ServiceItem | Bundle | None:
        key = code.strip().upper()
        return self.items_by_code.get(key) or self.bundles_by_code.get(key)

    def next_services(self, code: str) -> tuple[ServiceItem | Bundle, ...]:
        """What people usually need after the bundle ``code`` (办完这件事，您可能还需要…)."""
        bundle = self.bundles_by_code.get(code)
        if bundle is None:
            return ()
        return tuple(e for e in (self.entry(c) for c in bundle.next_codes) if e is not None)


def delegable(entry: ServiceItem | Bundle) -> bool:
    """A helper (帮办代办) may apply for it: the item allows it, or every item of the bundle does
    (结婚登记 and the like must be done in person). The one home of this rule."""
    if isinstance(entry, ServiceItem):
        return entry.delegable
    return all(item.delegable for item in entry.items)
