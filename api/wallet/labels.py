"""Labels of the usual licence fields (zh-CN, en); a field without one is shown by its key."""

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "holder": ("持证人", "Holder"),
    "number": ("证照编号", "Number"),
    "name": ("名称", "Name"),
    "company_name": ("企业名称", "Company name"),
    "credit_code": ("统一社会信用代码", "Unified social credit code"),
    "legal_representative": ("法定代表人", "Legal representative"),
    "legal_rep_name": ("法定代表人", "Legal representative"),
    "company_type": ("类型", "Type of enterprise"),
    "operator": ("经营者", "Operator"),
    "address": ("住所", "Address"),
    "premises": ("经营场所", "Premises"),
    "business_address": ("经营场所", "Premises"),
    "scope": ("经营范围", "Business scope"),
    "business_scope": ("经营范围", "Business scope"),
    "food_business_items": ("经营项目", "Food business activities"),
    "main_business": ("主体业态", "Main business type"),
    "business_items": ("经营项目", "Business items"),
    "registered_capital": ("注册资本", "Registered capital"),
    "established_on": ("成立日期", "Established on"),
    "entity_type": ("类型", "Entity type"),
    "id_number": ("公民身份号码", "ID number"),
    "birth_date": ("出生日期", "Date of birth"),
    "birthplace": ("出生地点", "Place of birth"),
    "sex": ("性别", "Sex"),
    "gender": ("性别", "Sex"),
    "hospital": ("出生医院", "Hospital of birth"),
    "child_name": ("新生儿姓名", "Child's name"),
    "mother_name": ("母亲姓名", "Mother's name"),
    "father_name": ("父亲姓名", "Father's name"),
    "spouse_name": ("配偶姓名", "Spouse's name"),
    "registered_on": ("登记日期", "Registered on"),
    "registration_date": ("登记日期", "Registered on"),
    "location": ("坐落", "Location"),
    "area": ("面积（平方米）", "Floor area (m²)"),
    "disability_category": ("残疾类别", "Kind of disability"),
    "registry": ("登记机关", "Registry"),
}


def label(key: str) -> tuple[str, str]:
    return FIELD_LABELS.get(key, (key, key))


_RANK = {key: i for i, key in enumerate(FIELD_LABELS)}


def ordered(values: dict[str, str]) -> list[tuple[str, str]]:
    """Fields in a stable order, the usual ones first (PostgreSQL's JSONB does not keep key order)."""
    return sorted(values.items(), key=lambda kv: (_RANK.get(kv[0], len(_RANK)), kv[0]))
