"""``/graphql``. Public catalogue queries are answered from the public cache without touching
strawberry: a GET naming a persisted document by hash (cacheable by phones and CDNs), or a POST
whose document is one of the persisted ones. Everything else goes to strawberry.

This is the hottest path of the service (every QR scan), so it works on the raw ASGI scope.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import replace
from functools import partial
from typing import Any
from urllib.parse import parse_qsl

import orjson
from cross_web import HTTPException
from graphql import GraphQLError, OperationDefinitionNode, OperationType, parse
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.types.unset import UNSET

from api.applications import queries as application_queries
from api.failures import Failure
from api.graphql.context import Context
from api.graphql.cost import CostMeter
from api.graphql.errors import both_languages, document_error_code, extensions_of, with_code
from api.graphql.persisted import PersistedQueries, PersistedQuery, persisted_hash
from api.identity.principal import ANONYMOUS
from api.identity.ratelimit import RateLimited
from api.identity.tokens import KeyRing, TokenRejected
from api.web.auth import authenticate, client_address, header, unauthorized
from api.web.client_documents import PRIVATE, ClientDocuments, Refused
from api.web.errors import WebError
from api.web.public_documents import PublicDocuments
from api.web.public_queries import CachedBody, PublicQueryCache, cached_body
from api.web.session_cookie import secure_cookies, set_refresh_cookie

MAX_BODY = 64 * 1024  # a GraphQL request larger than this is not a request a client needs to send


def graphql_error(status: int, error: WebError, **values: Any) -> JSONResponse:
    """A request refused before any GraphQL runs, answered in the shape of ``errors[]``."""
    failure = Failure(error, **values)
    return JSONResponse(
        {"errors": [{"message": both_languages(failure), "extensions": extensions_of(failure)}]},
        status_code=status,
    )


def budget_headers(report: dict[str, int]) -> list[tuple[bytes, bytes]]:
    """The caller's budget for an answer whose body is shared (``RateLimit-Limit``, ``-Remaining``,
    ``-Reset`` in seconds): a cached body cannot carry a per-caller figure."""
    names = (b"limit", "limit"), (b"remaining", "remaining"), (b"reset", "resetAfter")
    return [(b"ratelimit-" + name, str(report[key]).encode()) for name, key in names if key in report]


async def send_cached(
    scope, send, entry: CachedBody, cache_control: bytes, budget: dict[str, int] | None = None
) -> None:
    headers = [
        (b"etag", entry.etag.encode()),
        (b"cache-control", cache_control),
        (b"vary", b"Accept-Encoding"),
        *budget_headers(budget or {}),
        (b"content-type", b"application/json"),
    ]
    if header(scope, b"if-none-match") == headers[0][1]:
        await send({"type": "http.response.start", "status": 304, "headers": headers[:-1]})
        await send({"type": "http.response.body", "body": b""})
        return
    body = entry.body
    if b"gzip" in header(scope, b"accept-encoding"):
        body = entry.gzipped
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})


def over_budget(limited: RateLimited, report: dict[str, Any]) -> JSONResponse:
    """429: the caller's cost budget is spent; ``errors[]`` says RATE_LIMITED with ``retryAfter``."""
    body = {"data": None, "errors": [limited.formatted], "extensions": {"cost": {**report, "actual": 0}}}
    return JSONResponse(body, status_code=429, headers={"Retry-After": str(limited.retry_after)})


def _too_many(response: Response, retry_after: int) -> None:
    response.status_code = 429
    response.headers["Retry-After"] = str(retry_after)


def refused_request(refused: HTTPException) -> JSONResponse:
    """Strawberry's refusal of an HTTP request (plain text there) as ``errors[]`` with a code."""
    if refused.status_code == 404 and refused.reason == WebError.PERSISTED_QUERY_NOT_FOUND.en:
        return graphql_error(404, WebError.PERSISTED_QUERY_NOT_FOUND)
    if refused.status_code == 405:
        return graphql_error(405, WebError.METHOD_NOT_ALLOWED)
    return graphql_error(refused.status_code, WebError.NOT_A_GRAPHQL_REQUEST, detail=refused.reason)


class GraphQLEndpoint(GraphQL):
    """Strawberry's ASGI app with our context, and POSTs that name a persisted query by hash only."""

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope=scope, receive=receive))
        except HTTPException as refused:
            response = refused_request(refused)
        await response(scope, receive, send)

    def __init__(self, *args, context_factory, persisted: PersistedQueries, keys: KeyRing, **kwargs):
        super().__init__(*args, **kwargs)
        self.keys = keys
        self._context_factory = context_factory
        self._persisted = persisted

    def encode_json(self, data: object) -> str:
        """orjson: several times faster than ``json.dumps`` for an answer of a few hundred fields, and
        Chinese text as UTF-8 rather than ``\\u`` escapes (half the bytes). A str, not bytes: strawberry
        sends bytes on a WebSocket as binary frames, which graphql-transport-ws does not allow. What
        orjson refuses (an integer beyond 64 bits in a JSON scalar) is written by ``json`` as before."""
        try:
            return orjson.dumps(data).decode()
        except orjson.JSONEncodeError:
            return super().encode_json(data)  # type: ignore[return-value]

    async def process_result(self, request, result):  # type: ignore[override]
        """Errors raised before execution (a document that does not parse) skip the extensions: they
        get their code here, so every error of ``errors[]`` has one."""
        if result.errors:
            result.errors = [
                error
                if (error.extensions or {}).get("code")
                else with_code(error, document_error_code(error))
                for error in result.errors
            ]
        return await super().process_result(request, result)

    async def get_context(self, request, response) -> Context:  # type: ignore[override]
        principal = request.scope.get("state", {}).get("principal")
        if principal is None:  # a WebSocket: signed in by its connection_init payload (on_ws_connect)
            principal = replace(ANONYMOUS, address=client_address(request.scope))
        context = self._context_factory(principal)
        application_queries.begin_request()  # rows read by field policies, for their resolvers
        if isinstance(response, Response):  # HTTP (on a WebSocket strawberry passes the socket)
            context.keep_refresh_token = partial(set_refresh_cookie, response, secure=secure_cookies(request))
            context.over_budget = partial(_too_many, response)
        if principal.kind != "anonymous":
            context.bearer = header(request.scope, b"authorization").decode("latin-1")
        return context

    async def on_ws_connect(self, context: Context):  # type: ignore[override]
        """``connection_init`` with ``{"authorization": "Bearer <token>"}`` signs the socket in."""
        value = (context.connection_params or {}).get("authorization")
        if not value:
            return UNSET
        scope = {"headers": [(b"authorization", str(value).encode("latin-1", "replace"))], "client": None}
        try:
            principal = await authenticate(scope, self.keys)
        except TokenRejected as rejected:
            raise ConnectionRejectionError(
                {"code": rejected.code, "message": rejected.message_en}
            ) from rejected
        context.principal = replace(principal, address=context.principal.address)
        context.bearer = str(value)
        return UNSET

    async def parse_http_body(self, request):  # type: ignore[override]
        data = await super().parse_http_body(request)
        if isinstance(data, GraphQLRequestData) and data.query is None:
            sha = persisted_hash(data.extensions)
            if sha is not None:
                known = self._persisted.by_hash(sha)
                if known is None:
                    raise HTTPException(404, WebError.PERSISTED_QUERY_NOT_FOUND.en)
                data.query = known.text
        return data


class GraphQLRoute:
    """Dispatch ``/graphql`` between the public cache and strawberry."""

    def __init__(
        self,
        endpoint,
        persisted: PersistedQueries,
        cache: PublicQueryCache,
        context_factory,
        keys: KeyRing,
        max_age: int,
        documents: PublicDocuments,
        meter: CostMeter,
        memo_size: int = 4096,
        clients: ClientDocuments | None = None,
    ):
        self.endpoint = endpoint
        self.meter = meter
        self.clients = clients or ClientDocuments(persisted, enforce=False)
        self.keys = keys
        self.persisted = persisted
        self.cache = cache
        self.context_factory = context_factory
        self.documents = documents
        self.get_cache_control = f"public, max-age={max_age}, stale-while-revalidate=86400".encode()
        # raw query string → cached body: a repeated GET skips URL and JSON parsing entirely
        self._memo: OrderedDict[bytes, CachedBody] = OrderedDict()
        self._memo_size = memo_size

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            try:
                scope.setdefault("state", {})["principal"] = await authenticate(scope, self.keys)
            except TokenRejected as rejected:
                await unauthorized(rejected)(scope, receive, send)
                return
            method = scope["method"]
            if scope["state"]["principal"].is_client:
                await self.client_request(scope, receive, send)
                return
            if method in ("GET", "HEAD") and b"extensions=" in scope["query_string"]:
                await self.persisted_get(scope, receive, send)
                return
            if method == "POST" and header(scope, b"content-type").startswith(b"application/json"):
                await self.post(scope, receive, send)
                return
        await self.endpoint(scope, receive, send)

    async def persisted_get(self, scope, receive, send) -> None:
        context = self.context_factory()
        revision = (await context.catalog()).revision
        raw = scope["query_string"]
        entry = self._memo.get(raw)
        if entry is None or entry.revision != revision:
            params = dict(parse_qsl(raw.decode("latin-1"), keep_blank_values=True))
            try:
                extensions = json.loads(params["extensions"])
                variables = json.loads(params.get("variables") or "null")
            except json.JSONDecodeError:
                await graphql_error(400, WebError.BAD_REQUEST)(scope, receive, send)
                return
            sha = persisted_hash(extensions)
            if sha is None or (variables is not None and not isinstance(variables, dict)):
                await graphql_error(400, WebError.BAD_REQUEST)(scope, receive, send)
                return
            query = self.persisted.by_hash(sha)
            if query is None:
                await graphql_error(404, WebError.PERSISTED_QUERY_NOT_FOUND)(scope, receive, send)
                return
            entry = await self.cache.run(query, variables, context)
            if not entry.ok:
                await send_cached(scope, send, entry, b"no-store")
                return
            self._memo[raw] = entry
            if len(self._memo) > self._memo_size:
                self._memo.popitem(last=False)
        await send_cached(scope, send, entry, self.get_cache_control)

    async def client_request(self, scope, receive, send) -> None:
        """An API client's request: its registered documents by hash (GET or POST), the allow-list."""
        principal = scope["state"]["principal"]
        method = scope["method"]
        try:
            if method in ("GET", "HEAD") and b"extensions=" in scope["query_string"]:
                await self.client_get(scope, receive, send)
                return
            if method == "POST" and header(scope, b"content-type").startswith(b"application/json"):
                body = await _read_body(receive)
                if body is None:
                    await graphql_error(413, WebError.REQUEST_TOO_LARGE)(scope, receive, send)
                    return
                query, variables, ad_hoc = self._recognise(body)
                if query is not None and not ad_hoc:  # one of the PWA's public documents: the public cache
                    await self.from_cache(scope, receive, send, query, variables, ad_hoc)
                    return
                data = _json_object(body)
                if data is not None:
                    body = await self.clients.post_body(principal, data, body)
                await self.endpoint(scope, _replay(body), send)
                return
            if self.clients.enforce:
                raise Refused(400, WebError.ADHOC_DOCUMENT_REFUSED)
        except Refused as refused:
            await graphql_error(refused.status, refused.error)(scope, receive, send)
            return
        await self.endpoint(scope, receive, send)

    async def client_get(self, scope, receive, send) -> None:
        """GET by hash: a PWA document from the public cache; a client's own run for its token, with a
        strong ETag (304 on If-None-Match), private to the client."""
        params = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        try:
            sha = persisted_hash(json.loads(params["extensions"]))
            variables = json.loads(params.get("variables") or "null")
        except (json.JSONDecodeError, KeyError):
            raise Refused(400, WebError.BAD_REQUEST) from None
        if sha is None or (variables is not None and not isinstance(variables, dict)):
            raise Refused(400, WebError.BAD_REQUEST)
        if self.persisted.by_hash(sha) is not None:
            await self.persisted_get(scope, receive, send)
            return
        text = await self.clients.text(scope["state"]["principal"], sha)
        if text is None:
            raise Refused(404, WebError.PERSISTED_QUERY_NOT_FOUND)
        if _mutates(text):
            raise Refused(400, WebError.BAD_REQUEST)
        context = self.context_factory(scope["state"]["principal"])
        result = await self.cache.schema.execute(
            text, variable_values=variables, context_value=context, operation_name=params.get("operationName")
        )
        report = (result.extensions or {}).get("cost", {})
        limited = next((e for e in result.errors or () if isinstance(e, RateLimited)), None)
        if limited is not None and result.data is None:
            await over_budget(limited, report)(scope, receive, send)
            return
        entry = cached_body(result)  # the body (and its ETag) without the per-caller figures
        await send_cached(scope, send, entry, PRIVATE if entry.ok else b"no-store", report)

    async def post(self, scope, receive, send) -> None:
        body = await _read_body(receive)
        if body is None:
            await graphql_error(413, WebError.REQUEST_TOO_LARGE)(scope, receive, send)
            return
        query, variables, ad_hoc = self._recognise(body)
        if query is not None:
            await self.from_cache(scope, receive, send, query, variables, ad_hoc)
            return
        await self.endpoint(scope, _replay(body), send)

    async def from_cache(self, scope, receive, send, query: PersistedQuery, variables, ad_hoc: bool) -> None:
        """A POST answered by the public cache. An ad-hoc catalogue document is charged its requested
        cost on every request (whether or not its answer was cached already), a persisted one is not;
        the body is shared, so the caller's budget goes in ``RateLimit-*`` headers."""
        entry = await self.cache.run(query, variables, self.context_factory())
        principal = scope["state"]["principal"]
        if ad_hoc and entry.ok:
            report, limited = self.meter.charge(principal, entry.cost)
            if limited is not None:
                await over_budget(limited, report)(scope, receive, send)
                return
        else:
            report = self.meter.peek(principal)
        await send_cached(scope, send, entry, b"no-cache" if entry.ok else b"no-store", report)

    def _recognise(self, body: bytes):
        """(document, variables, ad hoc?) for a POST that the public cache can answer: a persisted
        public document (by text or by hash), or an ad-hoc one reading only the catalogue
        (``PublicDocuments``), with variables that are an object. (None, None, False) otherwise."""
        nothing = None, None, False
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return nothing
        if not isinstance(data, dict):
            return nothing
        variables = data.get("variables")
        operation = data.get("operationName")
        if variables is not None and not isinstance(variables, dict):
            return nothing
        if not isinstance(operation, str | None):
            return nothing
        text = data.get("query")
        if isinstance(text, str):
            query = self.persisted.by_hash(hashlib.sha256(text.encode()).hexdigest())
            if query is None:
                ad_hoc = self.documents.recognise(text, operation)
                return (ad_hoc, variables, True) if ad_hoc is not None else nothing
        else:
            sha = persisted_hash(data.get("extensions"))
            query = self.persisted.by_hash(sha) if sha else None
        if query is None or operation not in (None, query.name):
            return nothing
        return query, variables, False


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _mutates(text: str) -> bool:
    """A document with a mutation or subscription: never run by a GET."""
    try:
        document = parse(text)
    except GraphQLError:
        return True
    return any(
        isinstance(d, OperationDefinitionNode) and d.operation != OperationType.QUERY
        for d in document.definitions
    )


async def _read_body(receive) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes):
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive
