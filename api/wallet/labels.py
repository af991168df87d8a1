"""The order a licence's fields are shown and disclosed in: the usual ones first, then by key (PostgreSQL's
JSONB does not keep key order). What a field is called is catalogue data: ``api.catalog.labels``."""

USUAL_ORDER: tuple[str, ...] = (
    "holder",
    "number",
    "name",
    "company_name",
    "credit_code",
    "legal_representative",
    "legal_rep_name",
    "company_type",
    "operator",
    "address",
    "premises",
    "business_address",
    "scope",
    "business_scope",
    "food_business_items",
    "main_business",
    "business_items",
    "registered_capital",
    "established_on",
    "entity_type",
    "id_number",
    "birth_date",
    "birthplace",
    "sex",
    "gender",
    "hospital",
    "child_name",
    "mother_name",
    "father_name",
    "spouse_name",
    "registered_on",
    "registration_date",
    "location",
    "area",
    "disability_category",
    "registry",
)
_RANK = {key: i for i, key in enumerate(USUAL_ORDER)}


def ordered(values: dict[str, str]) -> list[tuple[str, str]]:
    """Fields in a stable order, the usual ones first."""
    return sorted(values.items(), key=lambda kv: (_RANK.get(kv[0], len(_RANK)), kv[0]))
