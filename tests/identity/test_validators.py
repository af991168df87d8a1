from datetime import date

import pytest

from api.identity.validators import (
    InvalidIdentifier,
    mask_id_number,
    normalize_credit_code,
    normalize_phone,
    normalize_resident_id,
)


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # the standard's own example (GB 11643-1999, appendix)
        "11010519491231002x",  # a lower-case x is the same number
    ],
)
def test_valid_resident_ids(number):
    assert normalize_resident_id(number) == number.upper()


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("110105194912310021", "校验位"),  # check digit should be X
        ("11010519491231002", "18位"),  # 17 characters
        ("1101051949123100211", "18位"),  # 19 characters
        ("01010519491231002X", "18位"),  # a region code never starts with 0
        ("11010519490231002X", "出生日期"),  # 31 February
        ("11010518491231002X", "出生日期"),  # before 1900
        ("11010520990101002X", "出生日期"),  # not born yet
        ("1101051949123100AX", "18位"),
    ],
)
def test_invalid_resident_ids_say_what_is_wrong(number, why):
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_resident_id(number, today=date(2026, 11, 23))
    assert raised.value.code == "INVALID_ID_NUMBER"
    assert why in raised.value.message


@pytest.mark.parametrize(
    "code",
    [
        "91350100M000100Y43",  # the standard's example (GB 32100-2015)
        "91110108551385082Q",
    ],
)
def test_valid_credit_codes(code):
    assert normalize_credit_code(code.lower()) == code


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("91350100M000100Y44", "校验位"),
        ("91350100M000100Y4", "18位"),
        ("91350100M00010OY43", "18位"),  # the letter O is not used
        ("01350100M000100Y43", "18位"),  # registering authority 0 does not exist
    ],
)
def test_invalid_credit_codes(code, why):
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_credit_code(code)
    assert raised.value.code == "INVALID_CREDIT_CODE"
    assert why in raised.value.message


def test_phone_numbers_are_normalized_and_checked():
    assert normalize_phone("+86 138-0013-8000") == "13800138000"
    for bad in ("12800138000", "1380013800", "abc"):
        with pytest.raises(InvalidIdentifier):
            normalize_phone(bad)


def test_masked_id_shows_region_and_last_four_only():
    assert mask_id_number("11010519491231002X") == "110105********002X"
