"""Proactive reminders, one module per job: documents about to expire (``expiry``), what people need
after a life event (``next_services``), each sent at most once (``sending``); the citizen's ID card
validity (``id_cards``); every job in one run (``run``). Thresholds: ``api.reminders.policies``."""

from api.reminders.services.id_cards import id_card_valid_until, set_id_card_valid_until
from api.reminders.services.run import run_reminders

__all__ = ["id_card_valid_until", "run_reminders", "set_id_card_valid_until"]
