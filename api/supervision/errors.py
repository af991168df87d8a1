"""Every failure of e-supervision (电子监察): the member's name is the code clients see."""

from __future__ import annotations

from api.failures import ErrorCode


class SupervisionError(ErrorCode):
    INVALID_RANGE = (
        "统计区间应从开始日期到结束日期，且不超过 {days} 天",
        "The range runs from the start date to a later end date, {days} days at most",
    )
