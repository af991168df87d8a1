"""``python -m api clients register|list|suspend|reactivate|rotate|configure``: the client registry
from the command line (the desk's /desk/clients does the same). ``--json`` prints machine-readable
output; a secret is printed once, when registered or rotated."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from api.failures import Failure
from api.identity.enums import Scope
from api.identity.models import ApiClient
from api.settings import Settings

Runner = Callable[[Settings, Callable[[], Awaitable[Any]]], Coroutine[Any, Any, Any]]


def _row(client: ApiClient, secret: str | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "client_id": client.client_id,
        "name": client.name,
        "scopes": list(client.scopes),
        "redirect_uris": list(client.redirect_uris),
        "web_origins": list(client.web_origins),
        "suspended": client.disabled_at is not None,
    }
    if secret is not None:
        row["client_secret"] = secret
    return row


def _print(rows: list[dict[str, Any]], as_json: bool, many: bool) -> None:
    if as_json:
        print(json.dumps(rows if many else rows[0], ensure_ascii=False))
        return
    for row in rows:
        state = "停用 suspended" if row["suspended"] else "启用 active"
        print(f"{row['client_id']}  {row['name']}  [{state}]  scopes: {' '.join(row['scopes'])}")
        print(f"    redirect URIs: {' '.join(row['redirect_uris']) or '-'}")
        print(f"    web origins:   {' '.join(row['web_origins']) or '-'}")
        if "client_secret" in row:
            print(f"    client secret (shown once, store it now): {row['client_secret']}")


async def _act(args: argparse.Namespace) -> list[dict[str, Any]]:
    from api.oauth.services import registry

    if args.action == "register":
        client, secret = await registry.register(
            args.name, frozenset(Scope(s) for s in args.scope), None, args.redirect_uri, args.origin
        )
        return [_row(client, secret)]
    if args.action == "list":
        return [_row(c) for c in await ApiClient.all().order_by("id")]
    if args.action == "suspend":
        return [_row(await registry.suspend(args.client_id))]
    if args.action == "reactivate":
        return [_row(await registry.reactivate(args.client_id))]
    if args.action == "rotate":
        client, secret = await registry.rotate_secret(args.client_id)
        return [_row(client, secret)]
    client = await registry.configure(
        args.client_id, args.redirect_uri if args.redirect_uri else None, args.origin if args.origin else None
    )
    return [_row(client)]


def command(run: Runner) -> Callable[[argparse.Namespace], None]:
    def cmd_clients(args: argparse.Namespace) -> None:
        async def action() -> list[dict[str, Any]]:
            return await _act(args)

        try:
            rows = asyncio.run(run(Settings.from_env(), action))
        except Failure as failure:
            raise SystemExit(f"{failure.message} {failure.message_en}") from None
        _print(rows, args.json, many=args.action == "list")

    return cmd_clients


def add_parser(sub: Any, run: Runner) -> Any:
    """``clients …``; returns its sub-command set, so other packages add theirs (api.webhooks.cli)."""
    clients = sub.add_parser("clients", help="register, list, suspend, reactivate, rotate API clients")
    actions = clients.add_subparsers(dest="action", required=True)
    scopes = [s.value for s in Scope]

    def uris(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--redirect-uri", action="append", default=[], help="exact; repeat for more")
        parser.add_argument("--origin", action="append", default=[], help="web origin for CORS; repeatable")

    register = actions.add_parser("register", help="a new client; prints its secret once")
    register.add_argument("--name", required=True)
    register.add_argument("--scope", action="append", default=[], choices=scopes, help="repeatable")
    uris(register)
    actions.add_parser("list", help="every client")
    for name, text in (
        ("suspend", "refuse its tokens and the token endpoint"),
        ("reactivate", "undo a suspension"),
        ("rotate", "a new secret, printed once; the old one stops working"),
        ("configure", "replace redirect URIs and/or web origins"),
    ):
        parser = actions.add_parser(name, help=text)
        parser.add_argument("client_id")
        if name == "configure":
            uris(parser)
    for parser in actions.choices.values():
        parser.add_argument("--json", action="store_true", help="print JSON")
    clients.set_defaults(func=command(run))
    return actions
