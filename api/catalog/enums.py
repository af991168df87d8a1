"""Closed vocabularies of the catalogue. Values are what the data files and database hold;
GraphQL exposes the member names (e.g. ``NATURAL_PERSON``)."""

from enum import StrEnum


class Subject(StrEnum):
    NATURAL_PERSON = "natural_person"  # 自然人
    LEGAL_PERSON = "legal_person"  # 法人


class ItemKind(StrEnum):
    ADMINISTRATIVE_LICENSING = "administrative_licensing"  # 行政许可
    ADMINISTRATIVE_CONFIRMATION = "administrative_confirmation"  # 行政确认
    ADMINISTRATIVE_REGISTRATION = "administrative_registration"  # 行政登记
    PUBLIC_SERVICE = "public_service"  # 公共服务
    OTHER = "other"  # 其他行政权力


class Channel(StrEnum):
    ONLINE = "online"  # 网上办
    WINDOW = "window"  # 窗口办
    SELF_SERVICE = "self_service"  # 自助终端
    LOCKER = "locker"  # 24小时智能柜取件
    MAIL = "mail"  # 邮寄


class CrossRegion(StrEnum):
    DISTRICT = "district"  # 跨区通办
    CITY = "city"  # 跨市通办
    PROVINCE = "province"  # 跨省通办


class MaterialForm(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_AND_COPY = "original_and_copy"
    ELECTRONIC = "electronic"


class SuppliedBy(StrEnum):
    NONE = "none"
    E_LICENCE = "e_licence"  # held in the e-licence wallet: 免提交
    SHARED_DATA = "shared_data"  # fetched from another department: 免提交


class StepPlace(StrEnum):
    ONLINE = "online"
    WINDOW = "window"
    EITHER = "either"
    ONSITE = "onsite"  # 现场勘验


class LifeNodeKind(StrEnum):
    SUBJECT = "subject"
    STAGE = "stage"
    THEME = "theme"
    EVENT = "event"


class FieldType(StrEnum):
    """What a form field holds; decides how ``forms.validate`` checks and normalises a value."""

    TEXT = "text"
    TEXTAREA = "textarea"
    DATE = "date"  # ISO yyyy-mm-dd
    PHONE = "phone"  # mainland mobile number
    ID_NUMBER = "id_number"  # 18-digit resident ID (GB 11643)
    CREDIT_CODE = "credit_code"  # unified social credit code (GB 32100)
    NUMBER = "number"
    MONEY = "money"  # yuan, at most two decimals
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    ADDRESS = "address"
    BOOLEAN = "boolean"
    EMAIL = "email"


class DeferralWaits(StrEnum):
    """容缺受理: what waits for a material that may follow acceptance."""

    APPROVAL = "approval"  # the department decides only once it has it
    LICENCE = "licence"  # the department may approve before; the licence (result) is issued after it
