"""Templates render from the payload in both languages; logs never carry personal data."""

from __future__ import annotations

import logging

import pytest

from api.logs import MaskingFilter, mask
from notifications.templates import TEMPLATES, render, template_for
from tests.conftest import gid

KINDS = (
    "receipt",
    "correction_needed",
    "accepted",
    "rejected",
    "ready_for_pickup",
    "please_rate",
    "withdrawn",
)
PAYLOAD = {"trackingNumber": "SZ250001", "name": "出生一件事", "status": "x", "reason": "缺少出生医学证明"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("locale", ["zh-CN", "en"])
def test_every_kind_renders_in_both_languages(kind, locale):
    rendered = render(kind, PAYLOAD, locale=locale, application_id=42)
    assert rendered.title and "SZ250001" in rendered.body and "{" not in rendered.body
    assert rendered.url == f"/applications/{gid('Application', 42)}"
    assert rendered.version == max(TEMPLATES[kind])


def test_the_workflow_kinds_all_have_templates():
    from api.applications.workflow import NOTIFY_ON

    assert {news.kind for news in NOTIFY_ON.values()} <= set(TEMPLATES)


def test_pickup_details_window_locker_and_mail():
    window = render("ready_for_pickup", {**PAYLOAD, "pickup": {"window": "A03", "hall": "市民中心"}})
    assert "市民中心A03号窗口" in window.body
    locker = render("ready_for_pickup", {**PAYLOAD, "lockerCode": "836201"}, locale="en")
    assert "pickup code 836201" in locker.body
    mail = render("ready_for_pickup", {**PAYLOAD, "mailTrackingNumber": "SF1234567890", "carrier": "顺丰"})
    assert "顺丰" in mail.body and "SF1234567890" in mail.body
    assert render("ready_for_pickup", PAYLOAD).body.endswith("请按大厅通知领取。")


def test_reasons_and_urgency():
    assert "：缺少出生医学证明" in render("correction_needed", PAYLOAD).body
    assert render("correction_needed", {**PAYLOAD, "reason": ""}).body.startswith(
        "出生一件事（SZ250001）需要补正。"
    )
    assert render("correction_needed", PAYLOAD).urgency == "high"
    assert render("ready_for_pickup", PAYLOAD).urgency == "high"
    assert render("accepted", PAYLOAD).urgency == "normal"


def test_unknown_kinds_and_versions_fall_back_and_braces_in_data_are_text():
    assert render("something_new", PAYLOAD).title == "办件状态有更新"
    assert template_for("receipt", 99).version == max(TEMPLATES["receipt"])
    odd = render("receipt", {**PAYLOAD, "name": "{trackingNumber}"})
    assert odd.body.startswith("{trackingNumber}已提交")


def test_mask_phone_id_numbers_and_codes():
    line = "sms to 13912345678 for 110105199003071234: 取件码 836201, lockerCode=9988, 运单号 SF1234567890"
    masked = mask(line)
    for secret in ("13912345678", "199003071234", "836201", "9988", "SF1234567890"):
        assert secret not in masked
    assert "139****5678" in masked and "110105********1234" in masked
    assert mask("outbox 12345 retried") == "outbox 12345 retried"


def test_masking_filter_masks_formatted_log_lines(caplog):
    logger = logging.getLogger("tests.masking")
    logger.addFilter(MaskingFilter())
    with caplog.at_level(logging.INFO, logger="tests.masking"):
        logger.info("sent to %s with code %s", "13812345678", "A1B2C3")
    assert caplog.records[0].getMessage() == "sent to 138****5678 with code ******"
