"""Every failure of the statistics: the member's name is the code clients see."""

from __future__ import annotations

from api.failures import ErrorCode


class StatisticsError(ErrorCode):
    INVALID_RANGE = (
        "统计区间应从开始日期到结束日期，且不超过 {days} 天",
        "The period runs from a start date to an end date on or after it, {days} days at most",
    )
    BEFORE_CALENDAR = (
        "统计区间应从 {year} 年或以后开始（工作日历的范围）",
        "The period starts in {year} or later (the working-day calendar's range)",
    )
    UNKNOWN_HALL = ("没有编码为 {code} 的大厅", "There is no hall with the code {code}")
    UNKNOWN_DEPARTMENT = ("没有编码为 {code} 的部门", "There is no department with the code {code}")
    OTHER_HALL = ("只能查看本大厅的统计", "You may see your own hall's statistics only")
    UNKNOWN_FORMAT = ("导出格式应为 csv 或 xlsx", "The export format is csv or xlsx")
