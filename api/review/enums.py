"""Enums of the staff desk that the API shows."""

from enum import StrEnum

import strawberry


@strawberry.enum
class ExtraCorrectionStatus(StrEnum):
    PENDING = "pending"  # a clerk asked; a supervisor has not answered
    SENT = "sent"  # approved (or sent by a supervisor) and sent to the applicant
    REFUSED = "refused"  # the supervisor said no: accept (容缺 if need be) or decide on what is there
