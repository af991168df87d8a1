"""告知承诺's business rules, one module per job: ``signing`` (when applying), ``scheduling`` (verify-by
dates on acceptance), ``verifying`` (the department's verdict and its consequences), ``queue``
(reads), ``oversight`` (overdue checks in e-supervision). Who may do each: ``api.commitments.policies``."""

from api.commitments.services.oversight import escalate_overdue_checks
from api.commitments.services.queue import (
    Check,
    CheckPage,
    check_by_id,
    check_key,
    commitments_of,
    department_checks,
    overdue_checks,
)
from api.commitments.services.scheduling import schedule, signed
from api.commitments.services.signing import (
    Signature,
    record_signatures,
    signed_offers,
    signing_reason,
    waive,
)
from api.commitments.services.verifying import record_check

__all__ = [
    "Check",
    "CheckPage",
    "Signature",
    "check_by_id",
    "check_key",
    "commitments_of",
    "department_checks",
    "escalate_overdue_checks",
    "overdue_checks",
    "record_check",
    "record_signatures",
    "schedule",
    "signed",
    "signed_offers",
    "signing_reason",
    "waive",
]
