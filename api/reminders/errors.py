"""Every failure of proactive reminders: the member's name is the code clients see."""

from __future__ import annotations

from api.failures import ErrorCode


class ReminderError(ErrorCode):
    ID_CARD_DATE_INVALID = (
        "身份证有效期应在 {earliest} 至 {latest} 之间（长期有效的请留空）",
        "The ID card's expiry date is between {earliest} and {latest} "
        "(leave it empty for a card valid for life)",
    )
