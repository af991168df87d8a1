"""Every failure code lives in one per-domain ``ErrorCode`` enum with its zh-CN and English message."""

from __future__ import annotations

import importlib
import pkgutil
import string

import api
from api.failures import ErrorCode, Failure
from tests.test_module_sizes import ROOT


def _enums() -> list[type[ErrorCode]]:
    for module in pkgutil.walk_packages(api.__path__, "api."):
        if module.name.endswith(("errors", "error_codes")):
            importlib.import_module(module.name)
    found, todo = [], list(ErrorCode.__subclasses__())
    while todo:
        enum = todo.pop()
        found.append(enum)
        todo.extend(enum.__subclasses__())
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_domain_has_its_enum_and_no_member_is_an_alias():
    enums = _enums()
    assert len(enums) >= 8
    for enum in enums:
        assert len(list(enum)) == len(enum.__members__), f"{enum.__name__} has aliases (equal messages)"


def test_each_message_has_both_languages_and_placeholders_that_are_names():
    # the English may name a technical detail the Chinese leaves out ({header}, {alg}), and a
    # value said differently in each language comes as {what} / {what_en}: so no equality here
    for enum in _enums():
        for member in enum:
            assert member.zh.strip() and member.en.strip(), member
            for name in _placeholders(member.zh) | _placeholders(member.en):
                assert name.split(":")[0].isidentifier(), (member, name)


def test_a_failure_formats_its_messages_and_keeps_the_code():
    class Sample(ErrorCode):
        UNKNOWN_MATERIAL = ("本办件没有材料 {material}", "No material {material}")

    failure = Failure(Sample.UNKNOWN_MATERIAL, material="equipment_list")
    assert (failure.code, failure.message, failure.message_en) == (
        "UNKNOWN_MATERIAL",
        "本办件没有材料 equipment_list",
        "No material equipment_list",
    )
    assert failure.error is Sample.UNKNOWN_MATERIAL


def test_the_schema_documents_every_code_in_one_enum():
    from graphql import build_schema

    from api.graphql.error_codes import all_error_enums

    schema = build_schema((ROOT / "schema.graphql").read_text(encoding="utf-8"))
    values = set(schema.type_map["ErrorCode"].values)  # type: ignore[attr-defined]
    assert values == {member.name for enum in all_error_enums() for member in enum}
