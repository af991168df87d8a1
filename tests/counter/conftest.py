"""The applicant world of the applications tests."""

from tests.applications.conftest import world  # noqa: F401 (a fixture)
