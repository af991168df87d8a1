"""The kernel's own failures (``api.graphql.error_codes.KernelError``) and the HTTP layer's
(``api.web.errors.WebError``): the codes clients match on stay as they were, every message exists in
both languages, and every error built from one carries the same ``message``/``code``/``messageEn``."""

from __future__ import annotations

import asyncpg
import pytest
from tortoise.exceptions import ValidationError

from api.failures import Failure
from api.graphql.connections import id_after
from api.graphql.cost import QueryTooCostly
from api.graphql.error_codes import KernelError
from api.graphql.errors import PublicError, refused_input
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import Forbidden, Unauthenticated
from api.web.errors import WebError

# The codes as clients (and the PWA) knew them before they were enums, and those of schema v2.
KERNEL_CODES = {
    "INVALID_ID",
    "INVALID_CURSOR",
    "PAGE_SIZE_OUT_OF_RANGE",
    "INVALID_INPUT",
    "GRAPHQL_PARSE_FAILED",
    "GRAPHQL_VALIDATION_FAILED",
    "QUERY_TOO_LARGE",
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "QUERY_TOO_COSTLY",
    "RATE_LIMITED",
}
WEB_CODES = {
    "BAD_REQUEST",
    "PERSISTED_QUERY_NOT_FOUND",
    "REQUEST_TOO_LARGE",
    "NOT_A_GRAPHQL_REQUEST",
    "METHOD_NOT_ALLOWED",
    "TOKEN_MALFORMED",
    "CSRF",
    "REFRESH_MISSING",
    "ADHOC_DOCUMENT_REFUSED",  # a client's unregistered document where the allow-list is enforced
}


def test_the_codes_are_the_ones_clients_know():
    assert {e.name for e in KernelError} == KERNEL_CODES
    assert {e.name for e in WebError} == WEB_CODES


@pytest.mark.parametrize("error", [*KernelError, *WebError], ids=lambda e: e.name)
def test_every_code_has_a_message_in_both_languages(error):
    zh, en = error.value
    assert zh.strip() and en.strip() and zh != en


def test_ids_and_cursors():
    for wrong in ("12x", "12", global_id("User", 3)):  # malformed, a bare number, another type's id
        with pytest.raises(Failure) as raised:
            from_global_id(wrong, "Application")
        assert (raised.value.code, raised.value.message_en) == ("INVALID_ID", "Malformed id")
    assert from_global_id(global_id("Application", 12), "Application") == 12
    with pytest.raises(Failure) as raised:
        id_after("９")
    assert (raised.value.code, raised.value.message) == ("INVALID_CURSOR", "分页游标无效")


def test_a_refused_input_names_its_field_when_it_is_known():
    named = refused_input(ValidationError("title: Length of 'x' 300 > 200"))
    assert named is not None and named.error is KernelError.INVALID_INPUT
    assert named.message == "输入的内容过长或格式不正确（title）"
    assert named.message_en == "An input is too long or malformed (title)"
    unnamed = refused_input(asyncpg.exceptions.DataError("invalid byte sequence"))
    assert unnamed is not None and unnamed.code == "INVALID_INPUT"
    assert (unnamed.message, unnamed.message_en) == (
        "输入的内容过长或格式不正确",
        "An input is too long or malformed",
    )


@pytest.mark.parametrize(
    ("error", "code"), [(Unauthenticated(), "UNAUTHENTICATED"), (Forbidden(), "FORBIDDEN")]
)
def test_permission_refusals(error: PublicError, code: str):
    zh, en = KernelError[code].value
    assert error.message == f"{zh} {en}"
    assert error.extensions == {"code": code, "messageEn": en}


def test_a_costly_query_says_its_cost_and_the_limit():
    error = QueryTooCostly(1200, 1000)
    assert error.extensions is not None
    assert error.extensions["code"] == "QUERY_TOO_COSTLY"
    assert (error.extensions["cost"], error.extensions["maxCost"]) == (1200, 1000)
    assert error.extensions["messageEn"].startswith("The query costs 1200, more than the 1000 allowed")
    assert error.message.startswith("查询过于复杂（成本 1200，上限 1000）")
