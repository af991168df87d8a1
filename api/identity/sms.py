"""Sending text messages. The default adapter records messages in the database (the operator's SMS
outbox, which tests also read) instead of sending them; it never writes their text to the logs."""

from __future__ import annotations

from typing import Protocol

from api.identity.models import SmsMessage


class SmsSender(Protocol):
    async def send(self, phone: str, text: str) -> None: ...


class RecordingSms:
    """Keeps every message in ``SmsMessage``: for development, demos and tests."""

    async def send(self, phone: str, text: str) -> None:
        await SmsMessage.create(phone=phone, text=text)


async def latest_message(phone: str) -> str | None:
    message = await SmsMessage.filter(phone=phone).order_by("-id").first()
    return message.text if message else None
