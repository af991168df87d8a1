"""Which channels a person gets besides the inbox (which is always on), and in which language: what
they chose (``ChannelPreference``), or the defaults when they never chose. The worker and the
person's settings screen both read it from here."""

from __future__ import annotations

from dataclasses import dataclass

from notifications.models import ChannelPreference
from notifications.templates import DEFAULT_LOCALE


@dataclass(frozen=True)
class Channels:
    push: bool = True
    sms: bool = True  # only the kinds whose template says a text message is worth it
    locale: str = DEFAULT_LOCALE  # the language of push and SMS texts (the inbox keeps both)

    @classmethod
    def of(cls, row: ChannelPreference | None) -> Channels:
        """The person's choice, or the defaults when they have no preference row."""
        return cls() if row is None else cls(push=row.push, sms=row.sms, locale=row.locale)
