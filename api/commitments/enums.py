"""The outcome of a commitment's verification (a GraphQL enum too)."""

from enum import StrEnum

import strawberry


@strawberry.enum(name="CommitmentOutcome", description="告知承诺核查: pending, verified or false commitment")
class Outcome(StrEnum):
    PENDING = "pending"  # signed; verified once the application is accepted on it
    VERIFIED = "verified"  # 核查属实
    FALSE = "false"  # 虚假承诺: the licence issued for it is revoked


@strawberry.enum(name="CommitmentUrgency", description="How soon a pending check is due")
class Urgency(StrEnum):
    OVERDUE = "overdue"  # past its verify-by date
    DUE_SOON = "due_soon"  # within the last few working days
    ON_TIME = "on_time"
    NOT_SCHEDULED = "not_scheduled"  # not accepted on the commitment (yet)
    DONE = "done"
