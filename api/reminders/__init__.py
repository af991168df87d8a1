"""Proactive reminders (主动提醒): licences about to expire, an ID card due for renewal, and the services
people usually need after a life event (一件事). Idempotent daily jobs (``services.run_reminders``)."""
