"""Signed webhooks for API clients and department systems, per-client persisted documents, and the
department system adapter (a client bound to a department decides its tasks)."""
