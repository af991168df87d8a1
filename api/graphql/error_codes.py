"""The kernel's own failures: about the request itself (its ids, cursors, inputs, cost and rate,
who is asking) rather than about any domain. A leaf module (it imports only ``api.failures``), so
any layer may name these codes.

Every answer carries ``extensions.code`` (the member's name) and ``extensions.messageEn``; the
``message`` is both languages, ``"中文 English"``.
"""

from __future__ import annotations

from api.failures import ErrorCode


class KernelError(ErrorCode):
    # --- values the API cannot take (api.graphql.ids, api.graphql.errors.refused_input) -------------
    INVALID_ID = ("编号格式不正确", "Malformed id")
    INVALID_CURSOR = ("分页游标无效", "Invalid page cursor")
    # where/where_en: "（field）"/" (field)" when the refused field is known, else ""
    INVALID_INPUT = ("输入的内容过长或格式不正确{where}", "An input is too long or malformed{where_en}")

    # --- who is asking (api.graphql.permissions) ------------------------------------------------------
    UNAUTHENTICATED = ("请先登录", "Sign in first")
    FORBIDDEN = ("无权访问", "You are not allowed to do this")

    # --- how much (api.graphql.cost, the rate limits of api.identity.ratelimit) -----------------------
    QUERY_TOO_COSTLY = (
        "查询过于复杂（成本 {cost}，上限 {limit}），请减少每页条数或字段",
        "The query costs {cost}, more than the {limit} allowed per request: ask for fewer items or fields",
    )
    RATE_LIMITED = ("尝试次数过多，请 {minutes} 分钟后再试", "Too many attempts; try again in {minutes} min")
