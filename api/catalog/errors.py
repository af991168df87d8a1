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
    # 情形引导 and 点菜 (api.catalog.situations)
    UNKNOWN_QUESTION = ("没有编码为 {code} 的情形问题", "There is no situation question {code}")
    UNKNOWN_ANSWER = ("“{question}”的回答不是可选项之一", "The answer to “{en}” is not one of its options")
    UNANSWERED = (
        "还有 {count} 个问题没有回答，例如：“{question}”",
        "{count} question(s) are not answered yet, e.g. “{en}”",
    )
    ITEM_NOT_OFFERED = ("这件事不包含可选事项 {code}", "This bundle does not offer the item {code}")
    ITEM_REQUIRED = (
        "“{name}”是这件事的必办事项，不能去掉",
        "“{en}” is required in this bundle: it cannot be left out",
    )
    NOTHING_APPLIES = (
        "按您的情形和选择，这件事没有需要办理的事项",
        "For your situation and choices, no item of this bundle applies",
    )
