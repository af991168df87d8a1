"""What can go wrong when a person manages their notifications (``notifications.services``)."""

from __future__ import annotations

from api.failures import ErrorCode


class NotificationError(ErrorCode):
    # what/what_en: which part of the browser's PushSubscription is wrong
    INVALID_SUBSCRIPTION = ("推送订阅无效：{what}", "Invalid push subscription: {what_en}")
    INVALID_LOCALE = ("不支持该语言", "Unsupported language; use one of {locales}")
