"""The unit of work: every query inside ``changing()`` is in its transaction (no ``using_db``), outbox
rows carry typed payloads, and subscriptions hear about a change only when it commits."""

from __future__ import annotations

import asyncio

import pytest

from api.applications import bus
from api.unit_of_work import changing
from notifications.models import OutboxMessage
from notifications.payloads import AppointmentReminder, NewMessage


async def _user(phone: str) -> int:
    from api.identity.models import User

    return (await User.create(phone=phone, name="测试", user_handle=phone)).id


async def test_a_block_that_raises_leaves_nothing_and_announces_nothing(database, monkeypatch):
    heard: list[int] = []
    monkeypatch.setattr(bus, "after_commit", heard.append)
    recipient = await _user("13900000001")
    news = NewMessage(tracking_number="YC1", name="开办餐饮店", reason="请补充照片")
    with pytest.raises(RuntimeError):
        async with changing() as tx:
            await tx.notify(news, to=recipient, application_id=None)
            tx.announce(7)
            assert await OutboxMessage.filter(recipient_id=recipient).count() == 1  # inside: visible
            raise RuntimeError("rolled back")
    assert await OutboxMessage.filter(recipient_id=recipient).count() == 0
    assert heard == []


async def test_a_committed_block_writes_typed_rows_and_announces_after_the_commit(database, monkeypatch):
    heard: list[int] = []
    monkeypatch.setattr(bus, "after_commit", heard.append)
    first, second = await _user("13900000002"), await _user("13900000003")
    reminder = AppointmentReminder(
        hall="市民中心",
        hall_code="XA",
        address="科技路100号",
        item="营业执照",
        item_code="Q1",
        time="12月8日 09:30",
        starts_at="2026-12-08T09:30:00+08:00",
        code="A123",
    )
    async with changing() as tx:
        rows = await tx.notify(reminder, to=[first, second])
        tx.announce(9)
        tx.announce(9)
        await asyncio.sleep(0)
        assert heard == []  # not before the commit
    assert heard == [9]
    assert len(rows) == 2
    stored = await OutboxMessage.filter(kind="appointment_reminder").order_by("recipient_id")
    assert [row.recipient_id for row in stored] == [first, second]
    assert stored[0].payload["hallCode"] == "XA" and stored[0].payload["startsAt"].startswith("2026-12-08")
