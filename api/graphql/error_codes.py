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
    PAGE_SIZE_OUT_OF_RANGE = ("每页条数须在 1 到 {maximum} 之间", "first must be between 1 and {maximum}")
    # where/where_en: "（field）"/" (field)" when the refused field is known, else ""
    INVALID_INPUT = ("输入的内容过长或格式不正确{where}", "An input is too long or malformed{where_en}")

    # --- the document itself (graphql-core's message says where; api.graphql.errors adds the code) -----
    GRAPHQL_PARSE_FAILED = ("查询语法错误", "The document is not valid GraphQL syntax")
    GRAPHQL_VALIDATION_FAILED = (
        "查询与接口定义不符（字段、参数或变量）",
        "The document does not fit the schema (a field, argument or variable)",
    )

    # --- who is asking (api.graphql.permissions) ------------------------------------------------------
    UNAUTHENTICATED = ("请先登录", "Sign in first")
    FORBIDDEN = ("无权访问", "You are not allowed to do this")

    # --- how much (api.graphql.cost, the rate limits of api.identity.ratelimit) -----------------------
    QUERY_TOO_COSTLY = (
        "查询过于复杂（成本 {cost}，上限 {limit}），请减少每页条数或字段",
        "The query costs {cost}, more than the {limit} allowed per request: ask for fewer items or fields",
    )
    QUERY_TOO_LARGE = (
        "查询层级过深、别名或记号过多",
        "The document is too deep, has too many aliases or is too long",
    )
    RATE_LIMITED = ("尝试次数过多，请 {minutes} 分钟后再试", "Too many attempts; try again in {minutes} min")


def all_error_enums() -> list[type[ErrorCode]]:
    """Every ``ErrorCode`` enum of the service: the kernel's and each domain's ``errors.py`` (leaf
    modules that import only ``api.failures``, so the kernel may load them without importing any
    domain's GraphQL, types or services)."""
    import importlib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent.parent
    for package in ("api", "notifications"):
        for path in sorted((root / package).rglob("errors.py")):
            importlib.import_module(".".join(path.relative_to(root).with_suffix("").parts))
    found: list[type[ErrorCode]] = []
    pending: list[type[ErrorCode]] = list(ErrorCode.__subclasses__())
    while pending:
        enum = pending.pop(0)
        if enum.__module__.startswith(("api.", "notifications.")):
            found.append(enum)
        pending.extend(enum.__subclasses__())
    return sorted(found, key=lambda enum: (enum.__module__, enum.__name__))


def code_descriptions() -> dict[str, str]:
    """Each code the API can answer with, and what it means (the first domain's English message)."""
    described: dict[str, str] = {}
    for enum in all_error_enums():
        for member in enum:
            described.setdefault(member.name, f"{member.en} ({enum.__name__})")
    return dict(sorted(described.items()))


def error_code_table() -> str:
    """The Markdown table of every code (docs/integrators.md embeds it; a test keeps it current).
    Print it with ``python -m api.graphql.error_codes``."""
    rows = ["| Code | Meaning (the first domain that uses it) |", "|---|---|"]
    rows += [f"| `{code}` | {text.replace('|', '/')} |" for code, text in code_descriptions().items()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(error_code_table())
