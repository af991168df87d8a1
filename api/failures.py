"""The one exception type of business rules: a failure the caller can act on.

Each domain lists its failures in ``<domain>/errors.py`` as an ``ErrorCode`` enum: the member's name
is the stable code clients see, its value the message in zh-CN and in English (``str.format``
templates). A service raises ``Failure(ReviewError.NOT_CLAIMED)`` or, with values for the
placeholders, ``Failure(ReviewError.UNKNOWN_MATERIAL, material=code)``; a value that is itself said
differently in each language is a ``Phrase`` (``{what:zh}`` / ``{what:en}``). The GraphQL layer turns a
failure into a typed error result (never a 500); every code is a value of the schema's one
``ErrorCode`` enum.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class ErrorCode(Enum):
    """Base of the per-domain enums: ``NAME = ("中文{x}", "English {x}")``."""

    @property
    def zh(self) -> str:
        return self.value[0]

    @property
    def en(self) -> str:
        return self.value[1]


class Failure(Exception):
    """A domain failure with a stable code and a message in zh-CN and in English."""

    def __init__(self, error: ErrorCode, /, **values: Any):
        self.error = error
        self.code: str = error.name
        self.message: str = error.zh.format(**values) if values else error.zh
        self.message_en: str = error.en.format(**values) if values else error.en
        super().__init__(self.message_en)


@dataclass(frozen=True)
class Phrase:
    """A value said differently in each language, for a placeholder both templates share:
    ``("未找到该{what:zh}", "No such {what:en}")`` with ``what=Phrase("工单", "case")``."""

    zh: str
    en: str

    def __format__(self, spec: str) -> str:
        if spec not in ("zh", "en"):
            raise ValueError(f"a Phrase is formatted as {{name:zh}} or {{name:en}}, not {spec!r}")
        return self.zh if spec == "zh" else self.en
