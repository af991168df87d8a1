"""Where and how to collect a result, in the citizen's language (the ready-for-pickup notification's
``{pickup}``), from the pickup details the staff desk added."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def clip(value: Any, limit: int = 120) -> str:
    """The value as one line of at most ``limit`` characters (… when cut)."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _window_label(window: str, locale: str) -> str:
    if locale == "en":
        return window if window.lower().startswith("window") else f"window {window}"
    return window if window.endswith("窗口") else f"{window}号窗口"


def pickup_text(payload: Mapping[str, Any], locale: str) -> str:
    """Where and how to collect the result, from the pickup details the staff desk added."""
    details = {**payload, **(payload.get("pickup") or {})}
    get = {k: clip(details.get(k), 60) for k in details}
    method = get.get("pickupMethod") or (
        "locker"
        if get.get("lockerCode")
        else "mail"
        if get.get("mailTrackingNumber")
        else "window"
        if get.get("window")
        else ""
    )
    hall, zh = get.get("hall", ""), locale != "en"
    if method == "locker":
        where = get.get("lockerLocation") or hall
        if zh:
            return f"已存入{where or ''}智能柜，取件码 {get.get('lockerCode', '')}，请凭码自助领取。"
        at = f" at {where}" if where else ""
        return f"It is in the 24-hour locker{at}: pickup code {get.get('lockerCode', '')}."
    if method == "mail":
        carrier = get.get("carrier", "")
        if zh:
            return f"已通过{carrier or '邮政'}寄出，运单号 {get.get('mailTrackingNumber', '')}。"
        by = f" by {carrier}" if carrier else ""
        return f"It was mailed{by}, tracking number {get.get('mailTrackingNumber', '')}."
    if method == "window" and get.get("window"):
        window = _window_label(get["window"], locale)
        if zh:
            return f"请携带身份证到{hall}{window}领取。"
        return f"Please collect it with your ID card at {window}{', ' + hall if hall else ''}."
    return "请按大厅通知领取。" if zh else "Please collect it at the service hall."
