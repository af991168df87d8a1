"""Counter intake, one job per module: identifying the walk-in (``walk_in``), the person's
confirmation (``confirmation``) and the submission (``intake``)."""

from api.counter.services.confirmation import send_confirmation_code
from api.counter.services.intake import CounterSubmission, take_in
from api.counter.services.walk_in import identify, walk_in

__all__ = ["CounterSubmission", "identify", "send_confirmation_code", "take_in", "walk_in"]
