"""The hall's check-in QR code opens the hall's check-in page."""

from __future__ import annotations


def test_check_in_qr_code(demo_client):
    svg = demo_client.get("/halls/ca/checkin.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert "签到取号" in svg.text
    png = demo_client.get("/halls/SM/checkin.png")
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert demo_client.get("/halls/XX/checkin.svg").status_code == 404
    assert demo_client.get("/halls/CA/checkin.gif").status_code == 404
