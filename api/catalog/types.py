"""GraphQL face of the catalogue. Types resolve straight from the snapshot entities."""

from __future__ import annotations

from typing import Annotated, Any, cast

import strawberry
from strawberry.types import Info

from api.catalog import entities as e
from api.catalog import enums
from api.catalog.search import MatchedOn
from api.catalog.situations import questions_of
from api.graphql.connections import Connection
from api.graphql.errors import Error

# The domain's enums are the GraphQL enums (registered here, annotated with the classes themselves).
strawberry.enum(enums.Subject, description="自然人 / 法人")
strawberry.enum(enums.ItemKind)
strawberry.enum(enums.Channel, description="How an item can be applied for or collected")
strawberry.enum(enums.CrossRegion, description="跨区 / 跨市 / 跨省通办")
strawberry.enum(enums.MaterialForm)
strawberry.enum(enums.SuppliedBy, description="Where a waived (免提交) material comes from")
strawberry.enum(enums.StepPlace)
strawberry.enum(enums.LifeNodeKind)
strawberry.enum(enums.FieldType, description="What a form field holds, and how it is checked")
strawberry.enum(enums.DeferralWaits, description="容缺: what waits for a deferred material")
strawberry.enum(MatchedOn, name="SearchMatch", description="Where a search hit matched the query")
Subject = enums.Subject
ItemKind = enums.ItemKind
Channel = enums.Channel
CrossRegion = enums.CrossRegion
MaterialForm = enums.MaterialForm
SuppliedBy = enums.SuppliedBy
StepPlace = enums.StepPlace
LifeNodeKind = enums.LifeNodeKind
FieldType = enums.FieldType
DeferralWaits = enums.DeferralWaits


def _english() -> Any:
    """A ``*_en`` text's field: the English of its sibling."""
    return strawberry.field(description="English; null when the catalogue has none yet (show the Chinese)")


def _is(entity: type):
    return classmethod(lambda cls, obj, info: isinstance(obj, entity))


@strawberry.type(name="Department")
class DepartmentType:
    code: str
    name: str
    name_en: str


@strawberry.type(name="Hall")
class HallType:
    code: str
    name: str
    name_en: str
    address: str
    hours: str
    weekend_hours: str | None
    phone: str
    address_en: str | None = _english()
    hours_en: str | None = _english()
    weekend_hours_en: str | None = _english()


@strawberry.type(name="Location")
class LocationType:
    hall: HallType
    window: str
    window_en: str | None = _english()


@strawberry.type(name="Faq", description="常见问题: a question people ask, and its answer")
class FaqType:
    question: str
    question_en: str
    answer: str
    answer_en: str


@strawberry.type(name="MaterialDownload", description="表格下载、示范文本: a file to download for a material")
class MaterialDownloadType:
    kind: str = strawberry.field(description="blank_form (空白表格) or sample (示范文本)")
    name: str
    name_en: str
    url: str = strawberry.field(description="Where anyone downloads it (same site)")


@strawberry.type(name="MaterialType")
class MaterialTypeType:
    code: str
    name: str
    name_en: str
    supplied_by: SuppliedBy
    downloads: list[MaterialDownloadType] = strawberry.field(
        description="Blank forms and samples to download"
    )


@strawberry.type(name="Deferral", description="容缺受理 terms of a material")
class DeferralType:
    within_days: int = strawberry.field(description="Due within so many working days of acceptance")
    waits: DeferralWaits = strawberry.field(
        description="APPROVAL: the department decides only once it has it; LICENCE: it may approve "
        "before, the licence is issued after"
    )


@strawberry.type(name="ItemMaterial")
class ItemMaterialType:
    material: MaterialTypeType
    form: MaterialForm
    copies: int
    required: bool
    deferrable: bool = strawberry.field(description="容缺受理: may be supplied after acceptance")
    deferral: DeferralType | None = strawberry.field(description="容缺 terms, when deferrable")
    note: str | None
    note_en: str | None = _english()
    waived: bool = strawberry.field(description="免提交: supplied by an e-licence or shared data")


@strawberry.type(
    name="CommitmentTerms",
    description="告知承诺: the applicant may sign this text instead of handing in the materials it replaces",
)
class CommitmentTermsType:
    version: int = strawberry.field(
        description="The text's version: what an applicant signs is stored with it"
    )
    verify_within: int = strawberry.field(
        description="Working days after acceptance the department verifies it in"
    )
    replaces: list[str] = strawberry.field(description="Codes of the materials the commitment replaces")
    text: str
    text_en: str


@strawberry.type(name="Step")
class StepType:
    position: int
    title: str
    description: str
    place: StepPlace
    title_en: str | None = _english()
    description_en: str | None = _english()


@strawberry.type(name="TimeLimit", description="Time limits in working days (工作日)")
class TimeLimitType:
    statutory_days: int
    promised_days: int


@strawberry.type(name="Fee")
class FeeType:
    free: bool
    amount: str | None = strawberry.field(description="In yuan, two decimals")
    description: str | None
    description_en: str | None = _english()


@strawberry.type(name="FieldChoice")
class FieldChoiceType:
    value: str
    name: str
    name_en: str


@strawberry.type(
    name="FieldRules", description="What a value must satisfy beyond its type (null: no such rule)"
)
class FieldRulesType:
    min_length: int | None
    max_length: int | None
    min: str | None = strawberry.field(
        description="Lower bound: a decimal number, or for dates an ISO date or 'today'"
    )
    max: str | None = strawberry.field(
        description="Upper bound: a decimal number, or for dates an ISO date or 'today'"
    )
    decimals: int | None = strawberry.field(description="At most this many decimal places")
    pattern: str | None = strawberry.field(
        description="A regular expression the whole value must match (syntax common to JavaScript and Python)"
    )
    pattern_message: str | None
    pattern_message_en: str | None
    choices: list[FieldChoiceType]


@strawberry.type(name="FormField", description="A question of an application form (申请表)")
class FormFieldType:
    code: str = strawberry.field(description="Same code, same question: a bundle asks it once")
    name: str
    name_en: str
    type: FieldType
    required: bool
    rules: FieldRulesType
    prefill: str | None = strawberry.field(
        description="Where a value can be offered from: profile.name, profile.phone, profile.id_number, "
        "organization.name, organization.credit_code or licence.<material code>.<field> (an e-licence)"
    )
    hint: str | None
    hint_en: str | None
    used_by: list[str] = strawberry.field(description="Codes of the items that ask it")
    produced_by: str | None = strawberry.field(
        description="The item of this bundle that issues the value (e.g. the credit code on the business "
        "licence it grants): the applicant cannot know it yet, so it is optional"
    )


@strawberry.type(name="FormSchema", description="The form of an item or a bundle at one catalogue revision")
class FormSchemaType:
    code: str
    revision: int
    fields: list[FormFieldType]


@strawberry.type(name="SituationOption")
class SituationOptionType:
    value: str
    label: str
    label_en: str


@strawberry.type(
    name="SituationQuestion",
    description="情形引导: a question whose answer decides which materials, fields and items apply",
)
class SituationQuestionType:
    code: str = strawberry.field(description="Same code, same question: a bundle asks it once")
    question: str
    question_en: str
    options: list[SituationOptionType]


def _guide_url(code: str, info: Info) -> str:
    return f"{info.context.settings.public_base_url}/g/{code}"


def _qr_svg_url(code: str, info: Info) -> str:
    return f"/q/{code}.svg"


@strawberry.type(name="ServiceItem", description="A service item (事项) and its guide (办事指南)")
class ServiceItemType:
    code: str
    name: str
    name_en: str
    kind: ItemKind
    subject: Subject
    department: DepartmentType
    summary: str
    summary_en: str | None = _english()
    eligibility: str = strawberry.field(description="Who may apply (申请对象)")
    eligibility_en: str | None = _english()
    conditions: list[str]
    conditions_en: list[str] = strawberry.field(
        description="English of the conditions, line for line; empty when the catalogue has none yet"
    )
    legal_basis: list[str]
    legal_basis_en: list[str] = strawberry.field(
        description="English of the legal basis, line for line; empty when the catalogue has none yet"
    )
    materials: list[ItemMaterialType]
    steps: list[StepType]
    time_limit: TimeLimitType
    fee: FeeType
    channels: list[Channel]
    visits: int = strawberry.field(description="At most this many trips to the hall (0: fully online)")
    location: LocationType
    cross_region: list[CrossRegion]
    weekend_service: bool
    delegable: bool = strawberry.field(description="A helper (帮办代办) may file it for the applicant")
    output: MaterialTypeType | None = strawberry.field(description="The certificate or licence it issues")
    form_schema: FormSchemaType = strawberry.field(description="The application form (申请表)")
    commitment: CommitmentTermsType | None = strawberry.field(
        description="告知承诺 terms; null when the item cannot be done on a written commitment"
    )
    questions: list[SituationQuestionType] = strawberry.field(
        description="情形引导: answer them (query `situation`) to see only what applies"
    )
    faq: list[FaqType] = strawberry.field(description="常见问题")

    is_type_of = _is(e.ServiceItem)

    @strawberry.field(description="The guide's public URL: what the QR code on the hall wall encodes")
    def guide_url(self, root: strawberry.Parent[Any], info: Info) -> str:
        return _guide_url(root.code, info)

    @strawberry.field(description="Path of the QR code image (SVG)")
    def qr_svg_url(self, root: strawberry.Parent[Any], info: Info) -> str:
        return _qr_svg_url(root.code, info)


@strawberry.type(name="BundleMaterial", description="A line of a bundle's merged material list")
class BundleMaterialType:
    material: MaterialTypeType
    form: MaterialForm
    copies: int
    required: bool
    deferrable: bool
    deferral: DeferralType | None = strawberry.field(description="容缺 terms: the strictest of its items'")
    waived: bool
    produced_in_bundle: bool = strawberry.field(description="Issued by an item of the bundle itself")
    used_by: list[str] = strawberry.field(description="Codes of the items that ask for it")


@strawberry.type(name="Savings", description="Computed from the catalogue: separately vs as one bundle")
class SavingsType:
    materials_before: int
    materials_after: int
    windows_before: int
    windows_after: int
    days_before: int
    days_after: int
    visits_before: int
    visits_after: int


@strawberry.type(name="Bundle", description="A life event (一件事): one form, one submission, one window")
class BundleType:
    code: str
    name: str
    name_en: str
    subject: Subject
    summary: str
    summary_en: str | None = _english()
    items: list[ServiceItemType]
    departments: list[DepartmentType]
    materials: list[BundleMaterialType]
    savings: SavingsType
    time_limit: TimeLimitType
    location: LocationType
    form_schema: FormSchemaType = strawberry.field(
        description="One merged form: a field several items ask is asked once, required if any requires it"
    )
    optional: list[str] = strawberry.field(description="点菜: codes of the items a citizen may leave out")
    extras: list[ServiceItemType] = strawberry.field(description="点菜: items a citizen may add to it")

    faq: list[FaqType] = strawberry.field(description="常见问题")

    is_type_of = _is(e.Bundle)

    @strawberry.field(description="The guide's public URL: what the QR code on the hall wall encodes")
    def guide_url(self, root: strawberry.Parent[Any], info: Info) -> str:
        return _guide_url(root.code, info)

    @strawberry.field(description="Path of the QR code image (SVG)")
    def qr_svg_url(self, root: strawberry.Parent[Any], info: Info) -> str:
        return _qr_svg_url(root.code, info)

    @strawberry.field(
        description="情形引导: the bundle's questions and its items', each once (query `situation`)"
    )
    def questions(self, root: strawberry.Parent[Any]) -> list[SituationQuestionType]:
        return cast(list[SituationQuestionType], list(questions_of(root, {})))

    @strawberry.field(description="办完这件事，您可能还需要…: the items and bundles people usually need next")
    async def next_services(self, root: strawberry.Parent[Any], info: Info) -> list[CatalogEntry]:
        return list((await info.context.catalog()).next_services(root.code))


@strawberry.type(name="NotFound")
class NotFoundType(Error):
    looked_up: str

    is_type_of = _is(e.NotFound)


Guide = Annotated[ServiceItemType | BundleType | NotFoundType, strawberry.union("Guide")]
CatalogEntry = Annotated[ServiceItemType | BundleType, strawberry.union("CatalogEntry")]


@strawberry.type(name="LifeNode", description="Life-cycle tree node: subject → stage → theme → event")
class LifeNodeType:
    code: str
    kind: LifeNodeKind
    name: str
    name_en: str
    # expected fan-out, for the query cost (api/graphql/cost.py): the tree is wide at the top only
    children: list[LifeNodeType] = strawberry.field(metadata={"cost_size": 5})
    items: list[ServiceItemType] = strawberry.field(metadata={"cost_size": 6})
    bundles: list[BundleType] = strawberry.field(metadata={"cost_size": 3})


@strawberry.type(name="ServiceItemConnection", description="A page of service items in code order")
class ServiceItemConnection(Connection[ServiceItemType]):
    total_count: int


@strawberry.type(name="SearchHit", description="One hit, with how well and where it matched")
class SearchHitType:
    entry: CatalogEntry
    score: float = strawberry.field(description="Relevance: only comparable within one search")
    matched_on: list[MatchedOn]


@strawberry.type(name="SearchResult")
class SearchResultType:
    text: str
    total_count: int
    hits: list[CatalogEntry] = strawberry.field(description="The hits, most relevant first")
    results: list[SearchHitType] = strawberry.field(description="The same hits with their score")
    suggestions: list[str] = strawberry.field(
        description="When nothing was found: words from the catalogue to try instead (没有找到，试试…)"
    )
