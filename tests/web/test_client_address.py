"""The client's address (rate limits, logs): X-Forwarded-For and X-Forwarded-Proto count only when the
peer is one of the explicitly configured TRUSTED_PROXIES, read from the right past trusted hops."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.identity.models import RateCounter
from api.settings import Settings
from tests.conftest import make_settings
from tests.identity import ids

QUERY = "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename } }"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("proxies")
    settings = make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}", trusted_proxies=("10.0.0.0/8", "192.0.2.1"))
    return create_app(settings)


def _seen_address(app, peer: str, forwarded_for: str | None) -> str:
    """The address the phone-code limit counted the request under."""

    async def counted() -> set[str]:
        return set(await RateCounter.filter(key__startswith="code-addr:").values_list("key", flat=True))

    with TestClient(app, client=(peer, 40000)) as client:
        before = client.portal.call(counted)
        headers = {"X-Forwarded-For": forwarded_for} if forwarded_for is not None else {}
        response = client.post("/graphql", json={"query": QUERY, "variables": {"p": ids.phone()}}, headers=headers)
        assert response.json()["data"]["requestPhoneCode"]["__typename"] == "PhoneCodeSent"
        (new,) = client.portal.call(counted) - before
    return new.removeprefix("code-addr:")


def test_forwarded_for_counts_only_from_a_trusted_proxy(app):
    assert _seen_address(app, "10.1.2.3", "203.0.113.9") == "203.0.113.9"
    assert _seen_address(app, "198.51.100.7", "203.0.113.10") == "198.51.100.7"  # not a proxy of ours


def test_the_chain_is_read_from_the_right_past_trusted_hops(app):
    # the client wrote the first entry itself; the trusted proxies appended the rest
    assert _seen_address(app, "10.0.0.1", "1.2.3.4, 203.0.113.11, 192.0.2.1, 10.9.9.9") == "203.0.113.11"
    assert _seen_address(app, "10.0.0.1", None) == "10.0.0.1"


def test_without_trusted_proxies_forwarded_headers_are_ignored(tmp_path):
    settings = make_settings(tmp_path, f"sqlite://{tmp_path / 'db.sqlite3'}")
    assert settings.trusted_proxies == ()
    assert _seen_address(create_app(settings), "10.1.2.3", "203.0.113.12") == "10.1.2.3"


def test_https_from_a_trusted_proxy_brings_hsts(app):
    with TestClient(app, client=("10.0.0.2", 40000)) as client:
        assert "strict-transport-security" in client.get("/", headers={"X-Forwarded-Proto": "https"}).headers
    with TestClient(app, client=("198.51.100.7", 40000)) as client:
        assert "strict-transport-security" not in client.get("/", headers={"X-Forwarded-Proto": "https"}).headers


def test_trusted_proxies_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", " 10.0.0.5, 172.18.0.0/16 ,")
    assert Settings.from_env().trusted_proxies == ("10.0.0.5", "172.18.0.0/16")
    monkeypatch.setenv("TRUSTED_PROXIES", "proxy.internal")
    with pytest.raises(ValueError):
        Settings.from_env()


async def test_websockets_see_the_client_behind_a_trusted_proxy_too():
    """The subscription socket's context takes client_address(scope) like HTTP does."""
    from api.web.auth import client_address, trusted_proxies

    seen = []

    async def app(scope, receive, send):
        seen.append((client_address(scope), scope["scheme"]))

    wrapped = trusted_proxies(app, ("10.0.0.0/8",))
    headers = [(b"x-forwarded-for", b"203.0.113.20"), (b"x-forwarded-proto", b"https")]
    for peer in ("10.0.0.3", "198.51.100.8"):
        scope = {"type": "websocket", "client": (peer, 1), "scheme": "ws", "headers": headers, "path": "/graphql"}
        await wrapped(scope, None, None)
    assert seen == [("203.0.113.20", "wss"), ("198.51.100.8", "ws")]
