"""Every failure of the hall queue: the member's name is the code clients see (zh-CN, en messages)."""

from __future__ import annotations

from api.failures import ErrorCode


class QueueError(ErrorCode):
    UNKNOWN_HALL = ("没有这个政务服务大厅", "No such service hall")
    UNKNOWN_GROUP = ("该大厅没有这个窗口分组", "No such window group at this hall")
    NOT_FOUND = ("未找到该预约或号票", "No such booking or ticket")
    WRONG_HALL = ("该预约不在本大厅办理", "This booking is for another hall")
    NOT_BOOKED = ("该预约已取消、已办结或已爽约", "This booking is no longer active")
    TOO_EARLY = (
        "预约时段开始前 {minutes} 分钟起可以签到",
        "Check-in opens {minutes} minutes before the booked time",
    )
    TOO_LATE = (
        "已超过预约时间 {minutes} 分钟，预约已失效，请取普通号",
        "More than {minutes} minutes late: the booking lapsed, take an ordinary ticket",
    )
    NOBODY_WAITING = ("当前没有等候的群众", "Nobody is waiting")
    HALL_CLOSED = ("大厅今天不开放", "The hall is closed today")
