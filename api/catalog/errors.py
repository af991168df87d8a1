"""Every failure of the catalogue: the member's name is the code clients see, its value the message in
zh-CN and English (``str.format`` placeholders)."""

from __future__ import annotations

from api.failures import ErrorCode


class CatalogError(ErrorCode):
    NOT_FOUND = (
        "没有编码为 {code} 的事项或一件事，无法生成申请表",
        "No service item or bundle has the code {code}: there is no form for it",
    )
    INVALID_FORM = ("申请表有 {count} 处需要修改", "The form has {count} problem(s) to fix")
