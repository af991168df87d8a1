"""The outbox worker: claims due outbox rows, renders them, writes the inbox, sends Web Push and SMS
per the person's preferences, records each delivery and marks the row done — or reschedules it with
exponential backoff when a channel failed for a reason that may pass (429, 5xx, network).

One module per job:

- ``config``: ``WorkerConfig`` and its environment variables;
- ``claims``: taking due rows so that concurrent workers never take the same one, and taking back
  the rows of a worker that crashed;
- ``plan``: what a batch turns into (inbox rows, the sends still owed per channel target);
- ``bookkeeping``: deliveries, subscriptions and outbox rows written after the sends, and backoff;
- ``runner``: ``Worker`` (one batch, or a loop until stopped) and ``deliver_batch``; each batch also
  claims and sends webhook deliveries (``api.webhooks.services.claims`` and ``sending``: a sibling
  outbox table, ordered per application, with the same claim timeout, backoff and attempts);
- ``inline``: the worker inside the app process (``NOTIFICATIONS_WORKER=inline``, the default);
- ``__main__``: ``python -m notifications.worker``, a process of its own.
"""

from notifications.worker.bookkeeping import BatchResult
from notifications.worker.config import WorkerConfig
from notifications.worker.inline import InlineWorker, start_in_app
from notifications.worker.runner import Worker, deliver_batch

__all__ = ["BatchResult", "InlineWorker", "Worker", "WorkerConfig", "deliver_batch", "start_in_app"]
