"""Tortoise models of the catalogue. Loaded from data files (see ``loader``), read through ``snapshot``."""

from tortoise import fields
from tortoise.models import Model

from api.catalog.enums import (
    DeferralWaits,
    FieldType,
    ItemKind,
    LifeNodeKind,
    MaterialForm,
    StepPlace,
    Subject,
    SuppliedBy,
)


class Department(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=8, unique=True)
    name = fields.CharField(max_length=64)
    name_en = fields.CharField(max_length=128)

    class Meta:
        table = "catalog_department"


class Hall(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=8, unique=True)
    name = fields.CharField(max_length=64)
    name_en = fields.CharField(max_length=128)
    address = fields.CharField(max_length=255)
    hours = fields.CharField(max_length=128)
    weekend_hours = fields.CharField(max_length=128, null=True)
    phone = fields.CharField(max_length=32)
    # English of the texts above (null: none yet); the PWA shows them when its language is English
    address_en = fields.CharField(max_length=255, null=True)
    hours_en = fields.CharField(max_length=255, null=True)
    weekend_hours_en = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "catalog_hall"


class MaterialType(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=128)
    name_en = fields.CharField(max_length=255)
    supplied_by = fields.CharEnumField(SuppliedBy, max_length=16, default=SuppliedBy.NONE)
    # an e-licence's printed fields: [{key, name, name_en}] (api.catalog.labels)
    printed_fields = fields.JSONField(default=list)
    # files to download: [{kind: blank_form | sample, name, name_en, file: an upload's public id}]
    downloads = fields.JSONField(default=list)

    class Meta:
        table = "catalog_material_type"


class FormField(Model):
    """A field of the shared form dictionary (``data/catalog/fields.yaml``)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=64)
    name_en = fields.CharField(max_length=128)
    type = fields.CharEnumField(FieldType, max_length=16)
    rules = fields.JSONField(default=dict)  # see forms.rules_to_json
    prefill = fields.CharField(max_length=128, null=True)
    hint = fields.CharField(max_length=255, null=True)
    hint_en = fields.CharField(max_length=255, null=True)
    issued_by = fields.CharField(max_length=64, null=True)  # a material code (see forms.build_schema)
    position = fields.SmallIntField()

    class Meta:
        table = "catalog_form_field"


class ServiceItem(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=128)
    name_en = fields.CharField(max_length=255)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="items", on_delete=fields.RESTRICT
    )
    department_id: int
    kind = fields.CharEnumField(ItemKind, max_length=32)
    subject = fields.CharEnumField(Subject, max_length=16)
    summary = fields.TextField()
    summary_en = fields.TextField(null=True)
    eligibility = fields.TextField()
    eligibility_en = fields.TextField(null=True)
    conditions = fields.JSONField(default=list)
    conditions_en = fields.JSONField(default=list)  # same length as conditions, or empty: none yet
    legal_basis = fields.JSONField(default=list)
    legal_basis_en = fields.JSONField(default=list)
    statutory_days = fields.IntField()
    promised_days = fields.IntField()
    fee_free = fields.BooleanField(default=True)
    fee_amount = fields.DecimalField(max_digits=10, decimal_places=2, null=True)
    fee_description = fields.TextField(null=True)
    fee_description_en = fields.TextField(null=True)
    channels = fields.JSONField(default=list)
    visits = fields.IntField(default=1)
    hall: fields.ForeignKeyRelation[Hall] = fields.ForeignKeyField(
        "models.Hall", related_name="items", on_delete=fields.RESTRICT
    )
    hall_id: int
    window = fields.CharField(max_length=64)
    window_en = fields.CharField(max_length=128, null=True)
    cross_region = fields.JSONField(default=list)
    weekend_service = fields.BooleanField(default=False)
    delegable = fields.BooleanField(default=True)
    output: fields.ForeignKeyNullableRelation[MaterialType] = fields.ForeignKeyField(
        "models.MaterialType", related_name="produced_by", null=True, on_delete=fields.SET_NULL
    )
    output_id: int | None
    keywords = fields.JSONField(default=list)
    faq = fields.JSONField(default=list)  # 常见问题: [{question, question_en, answer, answer_en}]
    # The application form: [{"field": <FormField code>, "required": bool}, …] in the order asked.
    # JSON rather than a through table: the snapshot stays one query per table.
    form_fields = fields.JSONField(default=list)
    # 告知承诺 terms (api.catalog.commitment_terms): null when the item cannot be done on a commitment
    commitment = fields.JSONField(null=True)
    # 情形引导: [{code, question, question_en, options: [{value, label, label_en}]}] (api.catalog.situations)
    questions = fields.JSONField(default=list)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "catalog_service_item"


class ItemMaterial(Model):
    id = fields.IntField(primary_key=True)
    item: fields.ForeignKeyRelation[ServiceItem] = fields.ForeignKeyField(
        "models.ServiceItem", related_name="materials", on_delete=fields.CASCADE
    )
    item_id: int
    material: fields.ForeignKeyRelation[MaterialType] = fields.ForeignKeyField(
        "models.MaterialType", related_name="uses", on_delete=fields.RESTRICT
    )
    material_id: int
    position = fields.SmallIntField()
    form = fields.CharEnumField(MaterialForm, max_length=24)
    copies = fields.SmallIntField(default=1)
    required = fields.BooleanField(default=True)
    deferrable = fields.BooleanField(default=False)  # 容缺受理 allowed
    # 容缺 terms: due within so many working days of acceptance; what waits for it (approval / licence)
    defer_within = fields.SmallIntField(null=True)
    defer_waits = fields.CharEnumField(DeferralWaits, max_length=12, null=True)
    note = fields.CharField(max_length=255, null=True)
    note_en = fields.CharField(max_length=255, null=True)
    # 情形: asked only when the answers match, {question: [values]} (api.catalog.situations); null: always
    when = fields.JSONField(null=True)

    class Meta:
        table = "catalog_item_material"
        unique_together = (("item", "material"),)


class ItemStep(Model):
    id = fields.IntField(primary_key=True)
    item: fields.ForeignKeyRelation[ServiceItem] = fields.ForeignKeyField(
        "models.ServiceItem", related_name="steps", on_delete=fields.CASCADE
    )
    item_id: int
    position = fields.SmallIntField()
    title = fields.CharField(max_length=64)
    title_en = fields.CharField(max_length=128, null=True)
    description = fields.TextField()
    description_en = fields.TextField(null=True)
    place = fields.CharEnumField(StepPlace, max_length=16)

    class Meta:
        table = "catalog_item_step"
        unique_together = (("item", "position"),)


class Bundle(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=128)
    name_en = fields.CharField(max_length=255)
    subject = fields.CharEnumField(Subject, max_length=16)
    summary = fields.TextField()
    summary_en = fields.TextField(null=True)
    hall: fields.ForeignKeyRelation[Hall] = fields.ForeignKeyField(
        "models.Hall", related_name="bundles", on_delete=fields.RESTRICT
    )
    hall_id: int
    window = fields.CharField(max_length=64)
    window_en = fields.CharField(max_length=128, null=True)
    keywords = fields.JSONField(default=list)
    faq = fields.JSONField(default=list)  # 常见问题: [{question, question_en, answer, answer_en}]
    # 办完这件事，您可能还需要…: codes of the items and bundles people usually need next
    next_codes = fields.JSONField(default=list)
    # 情形引导 and 点菜 (api.catalog.situations): the bundle's own questions; {item code: {question:
    # [values]}}: items that apply only in a situation; codes of items a citizen may leave out / add
    questions = fields.JSONField(default=list)
    item_when = fields.JSONField(default=dict)
    optional_items = fields.JSONField(default=list)
    extra_items = fields.JSONField(default=list)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "catalog_bundle"


class BundleItem(Model):
    id = fields.IntField(primary_key=True)
    bundle: fields.ForeignKeyRelation[Bundle] = fields.ForeignKeyField(
        "models.Bundle", related_name="entries", on_delete=fields.CASCADE
    )
    bundle_id: int
    item: fields.ForeignKeyRelation[ServiceItem] = fields.ForeignKeyField(
        "models.ServiceItem", related_name="bundle_entries", on_delete=fields.RESTRICT
    )
    item_id: int
    position = fields.SmallIntField()

    class Meta:
        table = "catalog_bundle_item"
        unique_together = (("bundle", "item"),)


class LifeNode(Model):
    """A node of the life-cycle tree: subject → stage → theme → event."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    parent: fields.ForeignKeyNullableRelation["LifeNode"] = fields.ForeignKeyField(
        "models.LifeNode", related_name="children", null=True, on_delete=fields.CASCADE
    )
    parent_id: int | None
    kind = fields.CharEnumField(LifeNodeKind, max_length=8)
    name = fields.CharField(max_length=64)
    name_en = fields.CharField(max_length=128)
    position = fields.SmallIntField()

    class Meta:
        table = "catalog_life_node"


class LifeNodeEntry(Model):
    """An item or a bundle listed under a life-cycle event."""

    id = fields.IntField(primary_key=True)
    node: fields.ForeignKeyRelation[LifeNode] = fields.ForeignKeyField(
        "models.LifeNode", related_name="entries", on_delete=fields.CASCADE
    )
    node_id: int
    item: fields.ForeignKeyNullableRelation[ServiceItem] = fields.ForeignKeyField(
        "models.ServiceItem", related_name="life_entries", null=True, on_delete=fields.CASCADE
    )
    item_id: int | None
    bundle: fields.ForeignKeyNullableRelation[Bundle] = fields.ForeignKeyField(
        "models.Bundle", related_name="life_entries", null=True, on_delete=fields.CASCADE
    )
    bundle_id: int | None
    position = fields.SmallIntField()

    class Meta:
        table = "catalog_life_node_entry"


class CatalogRevision(Model):
    """One row: bumped by every load that changes the catalogue, so every process refreshes its cache."""

    id = fields.IntField(primary_key=True)
    revision = fields.IntField(default=0)
    source_digest = fields.CharField(max_length=64, default="")
    loaded_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "catalog_revision"


class SynonymGroup(Model):
    """Words that mean the same to someone searching (``data/catalog/synonyms.yaml``): 饭店 = 餐馆."""

    id = fields.IntField(primary_key=True)
    position = fields.IntField()
    words = fields.JSONField(default=list)

    class Meta:
        table = "catalog_synonym_group"
class CatalogPublication(Model):
    """A numbered revision of the catalogue: the whole document (``api.catalog.document``) as JSON
    text (key order kept for exports), who published it and why. Revision 1 is the first load."""

    id = fields.IntField(primary_key=True)
    revision = fields.IntField(unique=True)
    base_revision = fields.IntField(null=True)  # the revision the publisher edited (none: a file load)
    document = fields.TextField()
    digest = fields.CharField(max_length=64)
    published_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="catalog_publications", null=True, on_delete=fields.SET_NULL
    )
    published_by_id: int | None
    published_at = fields.DatetimeField()
    note = fields.CharField(max_length=500, default="")

    class Meta:
        table = "catalog_publication"
