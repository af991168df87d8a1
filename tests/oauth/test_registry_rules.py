"""What a client may register (exact redirect URIs, web origins), and how promptly the CORS origins
follow the registry: at once in this process, within the TTL in others. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from api.failures import Failure
from api.identity.enums import Scope
from api.identity.models import ApiClient
from api.oauth import uris
from api.oauth.origins import AllowedOrigins
from api.oauth.services import registry


@pytest.mark.parametrize(
    "uri",
    [
        "https://mini.example.com/callback",
        "https://mini.example.com:8443/cb?tenant=7",
        "http://localhost:8765/callback",
        "http://127.0.0.1/cb",
        "http://[::1]:9/cb",
    ],
)
def test_redirect_uris_accepted_as_given(uri):
    assert uris.redirect_uri(uri) == uri


@pytest.mark.parametrize(
    "uri",
    [
        "http://mini.example.com/callback",  # plain http off this machine
        "https://mini.example.com/cb#frag",
        "https://user@mini.example.com/cb",
        "mini.example.com/cb",
        "javascript:alert(1)",
        "https://mini.example.com:99999/cb",
        "",
        "https://" + "a" * 600 + ".com/",
    ],
)
def test_redirect_uris_refused(uri):
    with pytest.raises(Failure) as refused:
        uris.redirect_uris([uri or "x"])
    assert refused.value.code == "INVALID_REDIRECT_URI"


def test_web_origins_are_normalised_as_browsers_send_them():
    assert uris.web_origin("https://Mini.Example.com/") == "https://mini.example.com"
    assert uris.web_origin("https://mini.example.com:443") == "https://mini.example.com"
    assert uris.web_origin("http://localhost:5173") == "http://localhost:5173"
    for bad in (
        "https://mini.example.com/app",
        "http://mini.example.com",
        "https://x.com?q=1",
        "ftp://x.com",
    ):
        with pytest.raises(Failure):
            uris.web_origin(bad)


async def test_origins_follow_the_registry_at_once_here_and_within_the_ttl_elsewhere(database):
    here = AllowedOrigins(ttl=3600)
    elsewhere = AllowedOrigins(ttl=0)  # stands for another process whose TTL has passed
    other_process_fresh = AllowedOrigins(ttl=3600)
    assert not await other_process_fresh.allows("https://mini.example.com")
    client, _ = await registry.register(
        "小程序", frozenset({Scope.PROFILE_READ}), None, (), ["https://mini.example.com"]
    )
    assert await elsewhere.allows("https://mini.example.com")
    # a process that read the list before the change keeps it until its TTL passes
    assert not await other_process_fresh.allows("https://mini.example.com")
    here.changed()  # what the registry does in its own process (api.oauth.origins.ORIGINS)
    assert await here.allows("https://mini.example.com")
    await registry.suspend(client.client_id)
    assert not await elsewhere.allows("https://mini.example.com")
    assert (await ApiClient.get(id=client.id)).disabled_at is not None
    with pytest.raises(Failure):
        await registry.configure(client.client_id, web_origins=["https://mini.example.com/path"])
