"""Every failure of 告知承诺: signing it when applying, and verifying it at the department.

The member's name is the code clients see; its value the message in zh-CN and in English.
"""

from __future__ import annotations

from api.failures import ErrorCode


class CommitmentError(ErrorCode):
    COMMITMENT_NOT_OFFERED = (
        "“{name}”不能以告知承诺方式办理",
        "{code} cannot be done on a written commitment",
    )
    COMMITMENT_OUTDATED = (
        "“{name}”的承诺书已更新为第 {version} 版，请重新阅读后签署",
        "The commitment text of {code} is now version {version}: read it again before signing",
    )
    CHECK_NOT_FOUND = ("该告知承诺核查不存在", "No such commitment check in your department")
    NOT_SCHEDULED = (
        "该办件尚未按告知承诺受理，暂不能核查",
        "The application was not accepted on this commitment yet: nothing to verify",
    )
    ALREADY_CHECKED = (
        "该承诺已核查，结论不能更改",
        "This commitment was checked already; the outcome stands",
    )
    OUTCOME_REQUIRED = ("请选择核查结论：属实或虚假承诺", "Choose the outcome: verified or false commitment")
    FINDINGS_REQUIRED = (
        "认定虚假承诺须写明核查发现（至少 5 个字）",
        "Describe what the check found (at least 5 characters) to record a false commitment",
    )
