"""Failures of the HTTP layer, before any GraphQL runs: a request to ``/graphql`` that is not one,
a bearer header that is not a bearer token, a session cookie route without its CSRF proof.

Answered in the shape every client already reads: ``message`` in both languages, ``code`` and
``messageEn`` (``errors[].extensions`` on ``/graphql``, ``error`` on ``/auth/*``).
"""

from __future__ import annotations

from api.failures import ErrorCode


class WebError(ErrorCode):
    # /graphql (api.web.graphql_http)
    BAD_REQUEST = (
        "持久化查询的 GET 请求需要 JSON 格式的 extensions（含 sha256Hash）和对象形式的 variables",
        "A persisted GET needs JSON extensions with persistedQuery.sha256Hash and object variables",
    )
    # the English text is what Apollo-style clients look for before they send the full document
    PERSISTED_QUERY_NOT_FOUND = ("未找到该持久化查询", "PersistedQueryNotFound")
    REQUEST_TOO_LARGE = ("请求体过大", "Request body too large")
    # a client's document it did not register, where the allow-list is enforced (api.web.client_documents)
    ADHOC_DOCUMENT_REFUSED = (
        "请先登记该查询文档，再按 sha256 调用",
        "Register this document first (registerDocuments) and send its sha256",
    )
    # strawberry's own refusals of a request to /graphql (no query, not JSON, a wrong method)
    NOT_A_GRAPHQL_REQUEST = ("不是有效的 GraphQL 请求：{detail}", "Not a GraphQL request: {detail}")
    METHOD_NOT_ALLOWED = ("/graphql 只接受 GET 与 POST", "/graphql takes GET and POST only")
    # Authorization (api.web.auth); the same code as a token that fails to parse (api.identity.tokens)
    TOKEN_MALFORMED = ("仅支持 Bearer 令牌", "Use Authorization: Bearer <token>")
    # /auth/refresh and /auth/sign-out (api.web.session_cookie)
    CSRF = (
        "请求被拒绝（跨站请求防护）",
        "Refused by the cross-site check: send the {header}: 1 header, from a page of this site",
    )
    REFRESH_MISSING = ("请登录", "Not signed in")
