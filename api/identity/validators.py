"""Identity numbers checked for real: the resident ID number (GB 11643-1999, ISO 7064 MOD 11-2) and
the unified social credit code (GB 32100-2015), plus mainland mobile numbers."""

from __future__ import annotations

import re
from datetime import date

from api import clock
from api.failures import Failure
from api.identity.errors import IdentityError

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"
_ID_PATTERN = re.compile(r"^[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$")

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V
_USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_USCC_PATTERN = re.compile(r"^[1-9A-HY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")

_PHONE_PATTERN = re.compile(r"^1[3-9]\d{9}$")


class InvalidIdentifier(Failure):
    """An identity number or phone number that fails its format or check character."""


def _bad_id(part: str, part_en: str, hint: str = "", hint_en: str = "") -> InvalidIdentifier:
    """What is wrong with a resident ID number: ``part`` (format, birth date, check digit) and a hint."""
    return InvalidIdentifier(
        IdentityError.INVALID_ID_NUMBER, part=part, part_en=part_en, hint=hint, hint_en=hint_en
    )


def resident_id_check_char(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def normalize_resident_id(value: str, *, today: date | None = None) -> str:
    """The 18-character resident ID number, upper-cased, or InvalidIdentifier saying what is wrong."""
    number = value.strip().upper()
    match = _ID_PATTERN.match(number)
    if match is None:
        raise _bad_id(
            "格式", "format", "：应为18位，17位数字加1位数字或X", ": it has 17 digits and a final digit or X"
        )
    year, month, day = (int(g) for g in match.groups())
    try:
        born = date(year, month, day)
    except ValueError:
        born = None
    if born is None or born.year < 1900 or born > (today or clock.today()):
        raise _bad_id("中的出生日期", "birth date")
    if resident_id_check_char(number[:17]) != number[17]:
        raise _bad_id("校验位", "check digit", "，请核对")
    return number


def credit_code_check_char(first17: str) -> str:
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def normalize_credit_code(value: str) -> str:
    """The 18-character unified social credit code, upper-cased, or InvalidIdentifier."""
    code = value.strip().upper()
    if _USCC_PATTERN.match(code) is None:
        raise InvalidIdentifier(
            IdentityError.INVALID_CREDIT_CODE,
            part="格式",
            part_en="format",
            hint="：应为18位数字或大写字母（不含I、O、Z、S、V）",
            hint_en=": it has 18 digits or capital letters (no I, O, Z, S, V)",
        )
    if credit_code_check_char(code[:17]) != code[17]:
        raise InvalidIdentifier(
            IdentityError.INVALID_CREDIT_CODE,
            part="校验位",
            part_en="check character",
            hint="，请核对",
            hint_en="",
        )
    return code


def normalize_phone(value: str) -> str:
    """A mainland mobile number as 11 digits (spaces, dashes and a +86 prefix are accepted)."""
    digits = re.sub(r"[\s-]", "", value)
    if digits.startswith("+86"):
        digits = digits[3:]
    if _PHONE_PATTERN.match(digits) is None:
        raise InvalidIdentifier(IdentityError.INVALID_PHONE)
    return digits


def mask_id_number(number: str) -> str:
    """Shown to others: region and check digit only (110105199001011234 → 110105********1234)."""
    return number[:6] + "*" * 8 + number[14:]
