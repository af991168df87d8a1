from enum import IntEnum, StrEnum


class RatingLevel(IntEnum):
    """The five levels of the national 好差评 system."""

    VERY_DISSATISFIED = 1
    DISSATISFIED = 2
    FAIR = 3
    SATISFIED = 4
    VERY_SATISFIED = 5


LEVEL_LABELS: dict[int, tuple[str, str]] = {
    1: ("非常不满意", "Very dissatisfied"),
    2: ("不满意", "Dissatisfied"),
    3: ("基本满意", "Fair"),
    4: ("满意", "Satisfied"),
    5: ("非常满意", "Very satisfied"),
}

# A rating at or below this level (不满意 or worse) opens a rectification case.
BAD_RATING = RatingLevel.DISSATISFIED


class CaseSource(StrEnum):
    RATING = "rating"  # 差评
    COMPLAINT = "complaint"  # 办不成事 report


class CaseStatus(StrEnum):
    OPEN = "open"  # 受理: waiting for the supervisor to hand it to a department
    ASSIGNED = "assigned"  # 转办 / 督办: a department (and maybe one person) must answer
    ANSWERED = "answered"  # 反馈: the answer was sent; the citizen may confirm or reopen
    CONFIRMED = "confirmed"  # the citizen is satisfied: closed
    REOPENED = "reopened"  # the citizen is not satisfied: back to work with a new deadline
