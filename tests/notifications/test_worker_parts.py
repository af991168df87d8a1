"""The worker's parts one by one: a person's channels (one rule for the worker and the settings
screen), the VAPID subject, giving up and backing off, and what earlier attempts already did."""

from __future__ import annotations

import random

import pytest

from api.failures import Failure
from notifications import services
from notifications.channels import FAILED, RETRY, SENT, Outcome
from notifications.errors import NotificationError
from notifications.models import ChannelPreference, Delivery
from notifications.preferences import Channels
from notifications.worker.bookkeeping import backoff, settle
from notifications.worker.config import DEFAULT_SUBJECT, WorkerConfig, vapid_subject
from notifications.worker.plan import Earlier, Send
from tests.notifications.conftest import outbox, person


async def _never() -> Outcome:
    raise AssertionError("not sent in these tests")


def test_no_preference_row_means_every_channel_in_chinese():
    assert Channels.of(None) == Channels(push=True, sms=True, locale="zh-CN")


async def test_the_worker_and_the_settings_screen_read_the_same_choice(database):
    quiet = await person()
    assert await services.preferences(quiet.id) == services.Preferences(True, True, "zh-CN", 0)
    await services.set_preferences(quiet.id, push=False, locale="en")
    row = await ChannelPreference.get(user_id=quiet.id)
    assert Channels.of(row) == Channels(push=False, sms=True, locale="en")
    shown = await services.preferences(quiet.id)
    assert (shown.push, shown.sms, shown.locale) == (False, True, "en")


async def test_failures_name_their_code(database):
    with pytest.raises(Failure) as raised:
        await services.set_preferences((await person()).id, locale="fr")
    assert raised.value.error is NotificationError.INVALID_LOCALE
    assert raised.value.message_en == "Unsupported language; use one of zh-CN, en"
    with pytest.raises(Failure) as raised:
        services.check_keys("AAAA", "AAAA")
    assert raised.value.code == "INVALID_SUBSCRIPTION"
    assert raised.value.message_en.startswith("Invalid push subscription: p256dh")


def test_the_vapid_subject(monkeypatch):
    monkeypatch.delenv("VAPID_SUBJECT", raising=False)
    assert vapid_subject("https://yicibang.gov.cn/") == "https://yicibang.gov.cn"
    assert vapid_subject("http://localhost:8000") == DEFAULT_SUBJECT
    monkeypatch.setenv("VAPID_SUBJECT", "mailto:ops@example.gov.cn")
    assert vapid_subject("https://yicibang.gov.cn") == "mailto:ops@example.gov.cn"


def test_the_config_reads_the_environment(monkeypatch):
    monkeypatch.setenv("NOTIFICATIONS_BATCH_SIZE", "7")
    monkeypatch.setenv("NOTIFICATIONS_POLL_INTERVAL", "0.5")
    config = WorkerConfig.from_env()
    assert (config.batch_size, config.poll_interval, config.max_attempts) == (7, 0.5, 10)


def test_backoff_doubles_within_bounds_and_honours_retry_after():
    config = WorkerConfig(backoff_base=10, backoff_max=3600)
    random.seed(1)
    for attempts, ceiling in ((1, 10), (2, 20), (3, 40), (20, 3600)):
        assert ceiling / 2 <= backoff(config, attempts, []) <= ceiling
    assert backoff(config, 1, [None, 120.0]) == 120.0  # a Retry-After longer than the backoff wins
    assert backoff(config, 1, [99999.0]) == 3600  # but never past the maximum


async def test_a_send_is_given_up_after_the_last_attempt(database):
    message = await outbox(await person(), "accepted")
    send = Send(message, "sms", "phone", 1, _never)
    message.attempts = 3
    assert settle(send, Outcome(RETRY, "HTTP 503"), max_attempts=4).outcome.status == RETRY
    message.attempts = 4
    given_up = settle(send, Outcome(RETRY, "HTTP 503"), max_attempts=4).outcome
    assert given_up.status == FAILED and given_up.error == "gave up after 4 attempts: HTTP 503"
    assert settle(send, Outcome(SENT), max_attempts=4).outcome.status == SENT


async def test_earlier_attempts_decide_what_is_still_owed(database):
    message = await outbox(await person(), "accepted")
    message.attempts = 2
    await Delivery.create(message=message, channel="sms", target="phone", status="sent", attempts=1)
    await Delivery.create(message=message, channel="push", target="sub:1", status="retrying", attempts=1)
    earlier = await Earlier.load([message])
    assert earlier.attempt(message, "sms", "phone") is None  # sent: never again
    assert earlier.attempt(message, "push", "sub:1") == 2
    assert earlier.attempt(message, "push", "sub:2") == 1
    first = await outbox(await person(), "accepted")
    first.attempts = 1
    assert (await Earlier.load([first])) == Earlier({}, frozenset())  # a first attempt asks nothing
