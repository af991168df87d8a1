"""``python -m api clients …``: bind a client to a department (its system then decides that
department's tasks with ``tasks:decide``), and register a client's GraphQL documents from files."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from api.failures import Failure


def cmd_bind_department(args: argparse.Namespace) -> None:
    from api.cli import _with_database
    from api.settings import Settings
    from api.webhooks.services import departments

    if not args.unbind and not args.department:
        raise SystemExit("clients bind-department needs a department code (or --unbind)")

    async def action():
        return await departments.bind(args.client_id, None if args.unbind else args.department)

    try:
        client = asyncio.run(_with_database(Settings.from_env(), action))
    except Failure as failure:
        raise SystemExit(f"{failure.code}: {failure.message_en}") from failure
    where = f"department {args.department}" if client.department_id is not None else "no department"
    print(f"client {client.client_id} ({client.name}) is bound to {where}")


def cmd_register_documents(args: argparse.Namespace) -> None:
    from graphql import GraphQLError, OperationDefinitionNode, parse, validate

    from api.cli import _with_database
    from api.identity.models import ApiClient
    from api.schema import schema
    from api.settings import Settings
    from api.webhooks.services import documents

    checked: list[documents.Checked] = []
    for path in args.files:
        text = Path(path).read_text(encoding="utf-8")
        try:
            node = parse(text)
        except GraphQLError as exc:
            raise SystemExit(f"{path}: {exc.message}") from exc
        problems = validate(schema._schema, node)
        if problems:
            raise SystemExit(f"{path}: {problems[0].message}")
        names = [d.name.value for d in node.definitions if isinstance(d, OperationDefinitionNode) and d.name]
        checked.append(documents.Checked(text, names[0] if names else ""))

    async def action():
        client = await ApiClient.get_or_none(client_id=args.client_id)
        if client is None:
            raise SystemExit(f"no client {args.client_id}")
        return await documents.register(client.id, checked)

    for path, row in zip(args.files, asyncio.run(_with_database(Settings.from_env(), action)), strict=True):
        print(f"{row.sha256}  {row.name or '-'}  {path}")


def add_commands(commands) -> None:
    """``clients bind-department`` and ``clients register-documents`` (beside api.oauth.cli's)."""
    bind = commands.add_parser("bind-department", help="bind a client to a department (its own system)")
    bind.add_argument("client_id", help="the client's client_id (ov_…)")
    bind.add_argument("department", nargs="?", help="department code, e.g. SJ")
    bind.add_argument("--unbind", action="store_true", help="bind it to no department")
    bind.set_defaults(func=cmd_bind_department)
    register = commands.add_parser(
        "register-documents", help="register .graphql files as a client's documents"
    )
    register.add_argument("client_id")
    register.add_argument("files", nargs="+")
    register.set_defaults(func=cmd_register_documents)
