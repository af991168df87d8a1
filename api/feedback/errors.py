"""Every failure of ratings, complaints and rectification cases: the member's name is the code clients
see, its value the messages in zh-CN and in English (``str.format`` templates; ``what``, ``where``
and ``event`` are ``api.failures.Phrase`` values)."""

from __future__ import annotations

from api.failures import ErrorCode


class FeedbackError(ErrorCode):
    NOT_FOUND = ("未找到该{what:zh}", "No such {what:en}")
    TOO_SHORT = (
        "请填写{what:zh}（至少 {minimum} 个字）",
        "Please write the {what:en} (at least {minimum} characters)",
    )
    TOO_LONG = ("{what:zh}不能超过 {limit} 字", "The {what:en} is too long (at most {limit} characters)")
    INVALID_LEVEL = ("评价等级应为 1–5", "The level must be 1 to 5")
    NOT_RATABLE = ("办结后才能评价", "An application can be rated once it is done")
    NO_SUCH_DEPARTMENT = ("{where:zh}没有这个部门", "No such department{where:en}")
    RATING_LOCKED = ("评价超过 {days} 天，不能再修改", "A rating can be changed for {days} days only")
    CONTACT_REQUIRED = ("请留下联系电话，以便回复您", "Leave a phone number so we can answer you")
    UNKNOWN_CODE = ("没有这个事项或一件事", "No such item or bundle")
    DUPLICATE_KEY = ("请求标识重复，请重试", "This idempotency key was used for another report")
    INVALID_STATE = ("工单当前状态（{status}）不能{event:zh}", "A {status} case cannot be {event:en}")
    CONCURRENT_CHANGE = ("工单刚刚发生了变化，请刷新后重试", "The case changed meanwhile; reload")
    DEPARTMENT_REQUIRED = ("请指定承办部门", "Say which department must answer")
    INVALID_ASSIGNEE = (
        "承办人应为该部门的审批人员或督办人员",
        "The assignee must be a reviewer of that department or a supervisor",
    )
