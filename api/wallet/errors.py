"""Every failure of the licence wallet: the member's name is the code clients see, its value the
messages in zh-CN and in English (``str.format`` templates)."""

from __future__ import annotations

from enum import Enum

from api.failures import ErrorCode, Failure, Phrase
from api.wallet.enums import LicenceAction


class WalletError(ErrorCode):
    LICENCE_NOT_FOUND = ("证照不存在", "No such licence")
    LICENCE_TYPE_UNKNOWN = ("未知的证照类型：{type_code}", "Unknown licence type: {type_code}")
    FIELD_INVALID = ("证照字段{problem:zh}：{key}", "Licence field {problem:en}: {key}")
    EXPIRY_INVALID = ("有效期截止日早于发证日期", "The expiry date is before the issue date")
    NUMBER_TAKEN = ("该证照编号已存在", "A licence of this type with this number exists")
    REASON_REQUIRED = ("请填写原因", "Give a reason")
    LICENCE_STATUS = ("{refusal:zh}", "{refusal:en}")  # which: a ``StatusRefusal``, see status_refused()
    LICENCE_NOT_ACTIVE = ("证照已{status:zh}，不能出示", "The licence is {status:en} and cannot be shown")
    LICENCE_EXPIRED = ("证照已过有效期", "The licence has expired")
    FIELD_UNKNOWN = ("证照没有这些信息：{fields:zh}", "The licence has no {fields:en}")
    TTL_INVALID = (
        "有效时长应在 {minimum} 秒到 366 天之间",
        "The validity must be between {minimum} seconds and 366 days",
    )
    TOO_LARGE = (
        "所选信息太多，二维码放不下，请少选几项",
        "Too much to fit in one QR code: choose fewer fields",
    )


class StatusRefusal(Enum):
    """Why a licence's status cannot change (one ``LICENCE_STATUS`` code for all three)."""

    SUSPENDED = ("只有有效的证照可以暂扣", "Only an active licence can be suspended")
    REVOKED = ("证照已被吊销", "The licence is already revoked")
    REINSTATED = ("只有暂扣中的证照可以恢复", "Only a suspended licence can be reinstated")


def status_refused(action: LicenceAction) -> Failure:
    zh, en = StatusRefusal[action.name].value
    return Failure(WalletError.LICENCE_STATUS, refusal=Phrase(zh, en))
