"""The authorization code flow with PKCE (OAuth 2.1): checking a request to ``/oauth/authorize``, the
citizen's approval (a grant created or extended, and a code) or refusal, and the code's exchange.

Only S256 PKCE, for every client. Redirect URIs are compared exactly with the registered ones; an
unknown client or a mismatched URI is shown on the page and never redirected to. Codes live
``CODE_TTL``, are single use (a reused code revokes the tokens issued for it) and are bound to their
client, redirect URI and challenge."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from api import clock
from api.failures import Failure
from api.identity.clients import parse_scopes
from api.identity.enums import PERSONAL_SCOPES, Scope
from api.identity.errors import IdentityError
from api.identity.models import ApiClient, ClientGrant, User
from api.identity.tokens import KeyRing
from api.oauth.errors import OAuthFailure
from api.oauth.models import AuthorizationCode
from api.oauth.services import tokens
from api.unit_of_work import changing

CODE_TTL = timedelta(seconds=60)
_CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")  # base64url of a SHA-256, unpadded
_VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")  # RFC 7636 §4.1
MAX_STATE = 500


@dataclass(frozen=True)
class AuthorizationRequest:
    """The parameters of ``/oauth/authorize`` as received (anything may be missing)."""

    client_id: str
    redirect_uri: str
    response_type: str | None = None
    scope: str | None = None
    state: str | None = None
    code_challenge: str | None = None
    code_challenge_method: str | None = None


@dataclass(frozen=True)
class Checked:
    client: ApiClient
    redirect_uri: str
    scopes: frozenset[Scope]  # the personal scopes asked for
    state: str | None
    code_challenge: str


class Redirectable(Exception):
    """A failure the client is told about at its (registered) redirect URI: ``location``."""

    def __init__(self, failure: Failure, redirect_uri: str, state: str | None):
        super().__init__(failure.message_en)
        self.failure = failure
        self.location = redirect_to(
            redirect_uri, error=failure.code.lower(), error_description=failure.message_en, state=state
        )


def redirect_to(redirect_uri: str, **params: str | None) -> str:
    """The redirect URI with ``params`` added to its query (the registered query kept)."""
    url = urlsplit(redirect_uri)
    query = parse_qsl(url.query, keep_blank_values=True) + [
        (k, v) for k, v in params.items() if v is not None
    ]
    return urlunsplit((url.scheme, url.netloc, url.path, urlencode(query), ""))


async def registered_client(client_id: str, redirect_uri: str) -> ApiClient:
    """The active client and one of its exact redirect URIs; otherwise a failure to show, never to
    redirect (the URI may be an attacker's)."""
    client = await ApiClient.get_or_none(client_id=client_id[:32], disabled_at=None)
    if client is None:
        raise Failure(OAuthFailure.UNKNOWN_CLIENT)
    if redirect_uri not in client.redirect_uris:
        raise Failure(OAuthFailure.REDIRECT_URI_MISMATCH)
    return client


def _request_failure(why: str, why_en: str) -> Failure:
    return Failure(OAuthFailure.invalid_request, why=why, why_en=why_en)


def _checked(client: ApiClient, request: AuthorizationRequest) -> Checked:
    if request.response_type != "code":
        raise Failure(OAuthFailure.unsupported_response_type)
    if request.code_challenge_method != "S256" or not _CHALLENGE.fullmatch(request.code_challenge or ""):
        raise _request_failure(
            "须使用 PKCE（code_challenge_method=S256）", "PKCE is required: code_challenge with method S256"
        )
    if request.state is not None and len(request.state) > MAX_STATE:
        raise _request_failure("state 过长", f"state longer than {MAX_STATE} characters")
    wanted = parse_scopes(request.scope or "")
    allowed = frozenset(Scope(s) for s in client.scopes)
    if not wanted <= allowed:
        raise Failure(IdentityError.invalid_scope, scopes=" ".join(sorted(wanted - allowed)))
    personal = wanted & PERSONAL_SCOPES
    if not personal:
        raise _request_failure("请申请至少一项个人数据权限", "ask for at least one personal scope")
    return Checked(client, request.redirect_uri, personal, request.state, request.code_challenge or "")


async def check(request: AuthorizationRequest) -> Checked:
    """The request, checked: a plain ``Failure`` to show on the page, or a ``Redirectable`` one."""
    client = await registered_client(request.client_id, request.redirect_uri)
    try:
        return _checked(client, request)
    except Failure as failure:
        raise Redirectable(failure, request.redirect_uri, request.state) from None


async def _extend_grant(citizen: User, client: ApiClient, scopes: frozenset[Scope]) -> None:
    """The citizen's active grant to the client gains ``scopes`` (one is created when there is none)."""
    active = await ClientGrant.filter(citizen=citizen, client=client, revoked_at=None).order_by("-id").first()
    if active is None:
        await ClientGrant.create(citizen=citizen, client=client, scopes=sorted(s.value for s in scopes))
        return
    merged = sorted({*active.scopes, *(s.value for s in scopes)})
    if merged != sorted(active.scopes):
        active.scopes = merged
        await active.save(update_fields=["scopes"])


async def approve(citizen: User, request: AuthorizationRequest) -> str:
    """The citizen says yes: the grant is created or extended and a code sent to the redirect URI."""
    checked = await check(request)
    code = secrets.token_urlsafe(32)
    async with changing():
        await _extend_grant(citizen, checked.client, checked.scopes)
        await AuthorizationCode.create(
            code_hash=tokens.token_hash(code),
            client=checked.client,
            citizen=citizen,
            redirect_uri=checked.redirect_uri,
            scopes=sorted(s.value for s in checked.scopes),
            code_challenge=checked.code_challenge,
            expires_at=clock.now() + CODE_TTL,
        )
    return redirect_to(checked.redirect_uri, code=code, state=checked.state)


async def deny(request: AuthorizationRequest) -> str:
    """The citizen says no: the client learns it at its redirect URI (``error=access_denied``)."""
    checked = await check(request)
    return redirect_to(checked.redirect_uri, error="access_denied", state=checked.state)


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def _invalid(why: str, why_en: str) -> Failure:
    return Failure(OAuthFailure.invalid_grant, why=why, why_en=why_en)


async def exchange(
    keys: KeyRing, client: ApiClient, code: str, redirect_uri: str, verifier: str
) -> tokens.TokenSet:
    """Tokens for a code: spent on first presentation whatever follows (a guessed verifier gets one
    try); presented again, the tokens issued for it are revoked."""
    row = await AuthorizationCode.get_or_none(code_hash=tokens.token_hash(code))
    if row is None or row.client_id != client.id:
        raise _invalid("授权码未知", "unknown code")
    family = tokens.new_family()
    now = clock.now()
    if not await AuthorizationCode.filter(id=row.id, used_at=None).update(used_at=now, family=family):
        spent = await AuthorizationCode.get(id=row.id)
        if spent.family is not None:
            await tokens.revoke_family(spent.family)
        raise _invalid(
            "授权码已使用过，由它签发的令牌已撤销", "the code was already used: its tokens are revoked"
        )
    if row.expires_at <= now:
        raise _invalid("授权码已过期", "the code has expired")
    if not hmac.compare_digest(row.redirect_uri, redirect_uri):
        raise _invalid("回调地址与授权时不一致", "redirect_uri differs from the authorization request's")
    if not _VERIFIER.fullmatch(verifier) or not hmac.compare_digest(s256(verifier), row.code_challenge):
        raise _invalid("code_verifier 不正确", "the code_verifier does not match the code_challenge")
    scopes = frozenset(Scope(s) for s in row.scopes) & await tokens.granted_scopes(client.id, row.citizen_id)
    if not scopes:
        raise _invalid("用户已撤销授权", "the citizen revoked the grant")
    async with changing():
        return await tokens.issue(keys, client, row.citizen_id, scopes, family)
