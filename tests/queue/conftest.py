"""Queue fixtures: the appointments' world (demo catalogue, a fixed "now" before National Day 2025)."""

from tests.appointments.conftest import world  # noqa: F401 - the fixture, shared
