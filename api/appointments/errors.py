"""Every failure of appointments: the member's name is the code clients see (zh-CN, en messages)."""

from __future__ import annotations

from enum import Enum

from api.failures import ErrorCode, Failure, Phrase


class AppointmentError(ErrorCode):
    NOT_FOUND = ("未找到该预约时段或预约", "No such slot or booking")
    INVALID = ("{problem:zh}", "{problem:en}")  # what is wrong: an ``Invalid`` below, see invalid()
    UNKNOWN_HALL = ("没有这个政务服务大厅", "No such service hall")
    UNKNOWN_ITEM = ("没有这个事项", "No such service item")
    ITEM_NOT_AT_HALL = ("该事项不在此大厅办理", "This item is not handled at this hall")
    ITEM_REQUIRED = ("请选择要办理的事项", "Choose the service item you are coming for")
    WRONG_ITEM = ("该时段只预约其他事项", "This slot is for another item")
    ALREADY_BOOKED = ("您已预约了这个时段", "You already booked this slot")
    TOO_MANY_BOOKINGS = (
        "每人最多同时保留 {limit} 个未到期的预约，请先取消一个",
        "You may hold at most {limit} upcoming bookings: cancel one first",
    )
    SLOT_PAST = ("该时段已过，不能预约", "This slot has already started")
    SLOT_FULL = ("该时段已约满，请选择其他时段", "This slot is fully booked: choose another")
    NOT_BOOKED = ("该预约已取消或已办结", "This booking is no longer active")
    TOO_LATE = ("预约时间已到，不能再更改", "The appointment has started: it cannot be changed")
    SAME_SLOT = ("已预约该时段", "The booking is already for this slot")
    NOT_A_CITIZEN = ("请以办事群众身份预约", "Book as a citizen (or for one as a helper)")
    NOT_A_HELPER = ("只有帮办人员可以代他人预约", "Only helpers book for someone else")
    NO_CONSENT = (
        "没有该群众对此事项的有效授权，请先请其扫码授权",
        "No active consent of this citizen for this item: ask them to scan the consent code",
    )


class Invalid(Enum):
    """What an ``INVALID`` failure says (one code for every malformed publication or range)."""

    RANGE_REVERSED = ("结束日期早于开始日期", "The range ends before it starts")
    TOO_MANY_DAYS = ("一次最多发布 {limit} 天", "Publish at most {limit} days at a time")
    CAPACITY = ("每个时段可约人数应为 1–{limit}", "Capacity must be 1–{limit}")
    SLOT_LENGTH = ("时段长度应为 {shortest}–{longest} 分钟", "A slot lasts {shortest}–{longest} minutes")
    NO_PERIODS = ("请给出办理时间段", "Give the opening periods")
    TOO_MANY_PERIODS = ("时间段太多", "Too many periods")
    OVERLAP = ("时间段有重叠", "The periods overlap")
    PERIOD_FORMAT = ("时间段格式应为 09:00-12:00：{text}", "Write periods as 09:00-12:00: {text}")
    PERIOD_REVERSED = ("时间段结束须晚于开始：{text}", "A period must end after it starts: {text}")
    DATE_RANGE = ("日期范围应为 1–{limit} 天", "The date range must be 1–{limit} days")


def invalid(what: Invalid, **values: object) -> Failure:
    zh, en = what.value
    return Failure(AppointmentError.INVALID, problem=Phrase(zh.format(**values), en.format(**values)))
