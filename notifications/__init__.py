"""Notifications: the outbox written with each application move, and the channels that deliver it."""
