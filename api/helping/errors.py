"""Every failure of helper teams and help requests (zh-CN and English)."""

from __future__ import annotations

from api.failures import ErrorCode


class HelpingError(ErrorCode):
    NOT_FOUND = ("没有这条帮办请求", "No such help request")
    PHONE_REQUIRED = ("请留下联系电话（11位手机号）", "Leave a mobile number (11 digits)")
    ADDRESS_REQUIRED = (
        "请填写上门地址（至少 6 个字）",
        "Give the address for the visit (at least 6 characters)",
    )
    UNKNOWN_CODE = ("没有编号为 {code} 的事项或一件事", "No item or bundle with code {code}")
    NOT_IN_TEAM = ("您不是该帮办队伍的成员", "You are not a member of this helper team")
    INVALID_STATE = ("该请求当前状态不能这样处理", "The request cannot be changed this way now")
    UNKNOWN_TEAM = ("没有这个帮办队伍", "No such helper team")
