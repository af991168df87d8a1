"""What a client may register: redirect URIs (compared exactly, character for character, when a code
is sent) and web origins (CORS). https only, except on this machine (localhost, 127.0.0.1, [::1])."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from api.failures import Failure
from api.oauth.errors import OAuthFailure

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_URIS = 10
MAX_LENGTH = 512


def _scheme_ok(scheme: str, host: str | None) -> bool:
    return scheme == "https" or (scheme == "http" and host in LOCAL_HOSTS)


def redirect_uri(value: str) -> str:
    uri = value.strip()
    try:
        url = urlsplit(uri)
        url.port  # noqa: B018 (raises on a malformed port)
    except ValueError:
        raise Failure(OAuthFailure.INVALID_REDIRECT_URI, uri=uri[:80]) from None
    if (
        not 0 < len(uri) <= MAX_LENGTH
        or not url.hostname
        or url.fragment
        or "#" in uri
        or url.username is not None
        or not _scheme_ok(url.scheme, url.hostname)
    ):
        raise Failure(OAuthFailure.INVALID_REDIRECT_URI, uri=uri[:80])
    return uri


def web_origin(value: str) -> str:
    """The origin as browsers send it: ``scheme://host[:port]``, lower case, no default port."""
    text = value.strip().rstrip("/")
    try:
        url = urlsplit(text)
        port = url.port
    except ValueError:
        raise Failure(OAuthFailure.INVALID_ORIGIN, origin=text[:80]) from None
    host = url.hostname
    if (
        not host
        or url.path
        or url.query
        or url.fragment
        or url.username is not None
        or not _scheme_ok(url.scheme, host)
    ):
        raise Failure(OAuthFailure.INVALID_ORIGIN, origin=text[:80])
    default = {"https": 443, "http": 80}[url.scheme]
    shown = f"[{host}]" if ":" in host else host
    return f"{url.scheme}://{shown}" + (f":{port}" if port not in (None, default) else "")


def redirect_uris(values: Iterable[str]) -> list[str]:
    found = list(dict.fromkeys(redirect_uri(v) for v in values if v.strip()))
    if len(found) > MAX_URIS:
        raise Failure(OAuthFailure.INVALID_REDIRECT_URI, uri=f"> {MAX_URIS}")
    return found


def web_origins(values: Iterable[str]) -> list[str]:
    found = list(dict.fromkeys(web_origin(v) for v in values if v.strip()))
    if len(found) > MAX_URIS:
        raise Failure(OAuthFailure.INVALID_ORIGIN, origin=f"> {MAX_URIS}")
    return found
