"""Every template speaks only of what its payload carries; payloads serialize as the templates read."""

import string

import pytest

from notifications.payloads import PAYLOADS, Pickup, ReadyForPickup, Receipt
from notifications.templates import TEMPLATES, render

# placeholders render() derives from a payload field rather than reading one
DERIVED = {
    "ref": "trackingNumber",
    "reason_part": "reason",
    "pickup": "pickup",
    "licences_part": "licences",
    "handed_over": "byMail",
}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_each_template_placeholder_is_a_field_of_its_payload(kind):
    payload = PAYLOADS[kind]
    for template in TEMPLATES[kind].values():
        for text in (*template.title.values(), *template.body.values()):
            for name in _placeholders(text):
                assert DERIVED.get(name, name) in payload.field_keys(), (kind, template.version, name)


def test_every_payload_kind_has_a_template():
    assert set(PAYLOADS) == set(TEMPLATES)


def test_payload_json_uses_the_keys_the_templates_read():
    news = ReadyForPickup(
        tracking_number="YC20261204000001",
        name="开办餐饮店",
        status="READY_FOR_PICKUP",
        pickup=Pickup("locker", hall="市民中心", locker_location="东门智能柜", locker_code="123456"),
    )
    assert news.to_json() == {
        "trackingNumber": "YC20261204000001",
        "name": "开办餐饮店",
        "status": "READY_FOR_PICKUP",
        "reason": "",
        "pickup": {
            "pickupMethod": "locker",
            "hall": "市民中心",
            "lockerLocation": "东门智能柜",
            "lockerCode": "123456",
        },
    }
    text = render(news.kind, news.to_json()).body
    assert "东门智能柜" in text and "123456" in text


def test_a_payload_refuses_a_missing_field():
    with pytest.raises(TypeError):
        Receipt(name="开办餐饮店")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "by_mail, zh, en", [(False, "已领取", "You have collected"), (True, "已送达", "You have received")]
)
def test_please_rate_says_received_for_a_mailed_result(by_mail, zh, en):
    from notifications.payloads import PleaseRate

    payload = PleaseRate(tracking_number="YC1", name="出生一件事", by_mail=by_mail).to_json()
    assert zh in render("please_rate", payload).body
    assert render("please_rate", payload, locale="en").body.startswith(f"{en} 出生一件事")
    assert "已领取" in render("please_rate", payload, version=1).body  # rows queued before still read so
