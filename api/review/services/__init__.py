"""The staff desk, one module per job: remote pre-review with one complete correction list
(``prereview``), the three ways to accept (``acceptance``), parallel department decisions
(``decisions``), pickup and collection (``pickup``), the consultation thread (``messages``),
容缺 materials checked after acceptance (``deferred``) and their daily reminders and pauses
(``owed_daily``).
Who may do each is in ``api.review.policies``."""

from api.review.services.acceptance import Deferred, accept
from api.review.services.decisions import decide, start_review
from api.review.services.deferred import verify_owed
from api.review.services.extra_corrections import decide as decide_extra_correction
from api.review.services.messages import post_message
from api.review.services.owed_daily import pause_late, remind_owed, run_owed_daily
from api.review.services.pickup import (
    LOCKER_CODE_HOURS,
    Pickup,
    collect,
    collect_from_locker,
    mail_delivered,
    set_pickup,
)
from api.review.services.prereview import (
    CLAIM_TIMEOUT,
    Verdict,
    claim,
    judge_materials,
    release,
    request_corrections,
)

__all__ = [
    "CLAIM_TIMEOUT",
    "LOCKER_CODE_HOURS",
    "Deferred",
    "Pickup",
    "Verdict",
    "accept",
    "claim",
    "collect",
    "collect_from_locker",
    "decide",
    "decide_extra_correction",
    "judge_materials",
    "mail_delivered",
    "pause_late",
    "post_message",
    "release",
    "remind_owed",
    "request_corrections",
    "run_owed_daily",
    "set_pickup",
    "start_review",
    "verify_owed",
]
