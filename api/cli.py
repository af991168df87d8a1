"""Command line: ``python -m api <command>`` (also installed as ``onevisit``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

from tortoise import Tortoise

from api import db
from api.logs import install_masking
from api.settings import Settings, tortoise_config


async def _with_database(settings: Settings, action):
    settings.setup_data_keys()
    db.ensure_sqlite_directory(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url))
    try:
        await db.migrate(settings.database_url)
        return await action()
    finally:
        await Tortoise.close_connections()


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from api.app import create_app

    overrides = {"port": args.port} if args.port else {}
    settings = Settings.from_env(**overrides)
    print(f"OneVisit is running at {settings.public_base_url}/  (GraphQL: /graphql)", flush=True)
    if args.demo and not settings.production:
        print(f"Demo text messages (sign-in codes): {settings.public_base_url}/demo/sms", flush=True)
    # proxy_headers off: X-Forwarded-* are honoured only from TRUSTED_PROXIES (create_app), never by
    # uvicorn's default of trusting 127.0.0.1. On SIGTERM uvicorn stops accepting connections and
    # finishes the requests in flight (up to --graceful seconds) before the process exits.
    options = {
        "host": args.host,
        "port": settings.port,
        "log_level": "info",
        "proxy_headers": False,
        "timeout_graceful_shutdown": args.graceful,
    }
    if args.workers > 1 and db.is_sqlite(settings.database_url):
        sys.exit("serve --workers needs PostgreSQL (DATABASE_URL): SQLite is the one-process embedded setup")
    if args.workers > 1:  # N processes on one socket, each built by api.asgi.create from the environment
        os.environ["ONEVISIT_DEMO"] = "1" if args.demo else "0"
        if args.port:
            os.environ["PORT"] = str(args.port)
        uvicorn.run("api.asgi:create", factory=True, workers=args.workers, **options)
        return
    config = uvicorn.Config(create_app(settings, load_demo=args.demo, whole_process=True), **options)
    install_masking()  # uvicorn.Config has just set up its loggers: query strings and personal data masked
    uvicorn.Server(config).run()


def cmd_load_catalog(args: argparse.Namespace) -> None:
    from api.catalog.loader import load_catalog, read_catalog

    settings = Settings.from_env()
    source = read_catalog(Path(args.directory) if args.directory else settings.catalog_dir)

    async def action():
        return await load_catalog(source, force=args.force)

    result = asyncio.run(_with_database(settings, action))
    state = "loaded" if result.changed else "unchanged (already loaded)"
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    print(f"catalogue {state}: revision {result.revision}; {counts}")


def cmd_migrate(args: argparse.Namespace) -> None:
    settings = Settings.from_env()

    async def action():
        return None

    asyncio.run(_with_database(settings, action))
    print("database schema is up to date")


def cmd_export_schema(args: argparse.Namespace) -> None:
    from api.schema import schema

    text = schema.as_str() + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")


def cmd_invite_staff(args: argparse.Namespace) -> None:
    """The way in for the first administrator (later ones are invited from the desk, /desk/staff)."""
    from api.identity.accounts import invite_staff
    from api.identity.enums import Role
    from api.identity.staff import enroll_url

    overrides = {"port": args.port} if args.port else {}
    if args.base_url:
        overrides["public_base_url"] = args.base_url
    settings = Settings.from_env(**overrides)

    async def action():
        roles = [Role(r) for r in args.role]
        return await invite_staff(args.name, args.phone, roles, args.department, args.hall)

    user, code = asyncio.run(_with_database(settings, action))
    print(f"invited {user.name} ({', '.join(user.roles)}); enrollment code, valid 72 h, shown once: {code}")
    print(f"enroll a passkey at {enroll_url(settings.public_base_url)}")


def cmd_rotate_keys(args: argparse.Namespace) -> None:
    from api.identity.tokens import rotate_signing_key

    kid = asyncio.run(_with_database(Settings.from_env(), rotate_signing_key))
    print(f"access tokens are now signed with key {kid}; older keys verify until their tokens expire")


def cmd_rotate_data_key(args: argparse.Namespace) -> None:
    """Re-encrypt every encrypted column under the first key of ONEVISIT_DATA_KEYS (README)."""
    if args.new_key:
        from api.crypto_at_rest import KeyRing

        print(KeyRing.generate().spec())
        return
    from api.crypto_rotation import rotate_data_key

    async def action():
        return await rotate_data_key(args.batch_size)

    report = asyncio.run(_with_database(Settings.from_env(), action))
    for column, c in report.columns.items():
        print(
            f"{column}: {c.reencrypted} re-encrypted, {c.encrypted} encrypted (were plaintext), "
            f"{c.reindexed} blind indexes recomputed, {c.skipped} changed meanwhile"
        )
    print(
        f"data key {report.key}: {report.remaining} value(s) still under other keys"
        + ("" if report.remaining else "; keys other than the first can be removed from ONEVISIT_DATA_KEYS")
    )
    if report.remaining:
        sys.exit(1)


def cmd_supervise(args: argparse.Namespace) -> None:
    """电子监察's daily run (from cron, or when the in-app loop is off): escalate overdue tasks."""
    from datetime import date

    from api import clock
    from api.supervision.services import run_supervision

    today = date.fromisoformat(args.today) if args.today else clock.today()

    async def action():
        return await run_supervision(today)

    result = asyncio.run(_with_database(Settings.from_env(), action))
    print(f"supervision {today.isoformat()}: {result['escalated']} overdue task(s) escalated")


def cmd_remind(args: argparse.Namespace) -> None:
    """Proactive reminders (from cron, or when the in-app loop is off); sends nothing twice."""
    from datetime import date

    from api import clock
    from api.reminders.services import run_reminders

    today = date.fromisoformat(args.today) if args.today else clock.today()

    async def action():
        return await run_reminders(today)

    sent = asyncio.run(_with_database(Settings.from_env(), action))
    print(f"reminders {today.isoformat()}: " + ", ".join(f"{k} {v}" for k, v in sent.items()))


def cmd_issue_demo_licence(args: argparse.Namespace) -> None:
    """A demo citizen's licence and a presentation of it, as JSON (development, browser tests)."""
    import json

    from api.wallet import demo, services

    async def action():
        licence = await demo.issue_demo_licence(args.type, args.phone)
        presentation = await services.present(licence, None, args.ttl)
        if args.then:
            await getattr(services, args.then)(licence, None, "演示 demo")
        return licence, presentation

    licence, presentation = asyncio.run(_with_database(Settings.from_env(), action))
    print(json.dumps({"licence": licence.public_id, "number": licence.number, "token": presentation.token}))


def cmd_join_helper_team(args: argparse.Namespace) -> None:
    """Put a helper (by phone) in a helper team (by code, data/catalog/helper_teams.yaml)."""
    from api.helping import teams
    from api.identity.models import User

    async def action():
        await teams.load_teams(teams.read_teams(Settings.from_env().catalog_dir / "helper_teams.yaml"))
        user = await User.get_or_none(phone=args.phone)
        if user is None or "helper" not in user.roles:
            raise SystemExit(f"no helper with phone {args.phone}")
        return await teams.join(user.id, args.team)

    team = asyncio.run(_with_database(Settings.from_env(), action))
    print(f"{args.phone} joined {team.name} ({team.code}, {team.level})")


def cmd_sweep_uploads(args: argparse.Namespace) -> None:
    """Remove temporary upload files a crashed process left (the app also does it every hour)."""
    from api.uploads.storage import UploadStore

    removed = UploadStore(Settings.from_env().upload_dir).sweep_temp(args.older_than)
    print(f"removed {removed} temporary upload file(s)")


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    install_masking()
    parser = argparse.ArgumentParser(prog="onevisit", description="OneVisit (一次办) service")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the web app (GraphQL API, QR images, PWA)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default: $PORT or 8000")
    serve.add_argument("--demo", action="store_true", help="load the demo catalogue at start")
    serve.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "1")),
        help="app processes on the one port (default: $WEB_CONCURRENCY or 1); PostgreSQL only",
    )
    serve.add_argument(
        "--graceful", type=int, default=30, help="seconds to finish requests in flight on SIGTERM"
    )
    serve.set_defaults(func=cmd_serve)

    load = sub.add_parser("load-catalog", help="load catalogue data files into the database")
    load.add_argument("directory", nargs="?", help="default: data/catalog")
    load.add_argument("--force", action="store_true", help="rewrite even if unchanged")
    load.set_defaults(func=cmd_load_catalog)

    from api.catalog_admin.cli import add_parser as add_catalog_parser

    add_catalog_parser(sub)

    migrate = sub.add_parser("migrate", help="create or upgrade the database schema")
    migrate.set_defaults(func=cmd_migrate)

    export = sub.add_parser("export-schema", help="write the GraphQL SDL (schema.graphql)")
    export.add_argument("output", nargs="?", default="schema.graphql")
    export.set_defaults(func=cmd_export_schema)

    invite = sub.add_parser("invite-staff", help="create a member of staff and print their enrollment code")
    invite.add_argument("--name", required=True)
    invite.add_argument("--phone", required=True)
    invite.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["window_clerk", "reviewer", "supervisor", "helper", "admin", "catalog_admin"],
    )
    invite.add_argument("--department", help="department code (reviewers; a catalogue admin's scope)")
    invite.add_argument("--hall", help="service hall code (e.g. CA)")
    invite.add_argument("--port", type=int, default=None, help="the served port (default: $PORT or 8000)")
    invite.add_argument("--base-url", help="the public base URL (default: $PUBLIC_BASE_URL)")
    invite.set_defaults(func=cmd_invite_staff)

    rotate = sub.add_parser("rotate-keys", help="start signing access tokens with a new key")
    rotate.set_defaults(func=cmd_rotate_keys)

    data_key = sub.add_parser(
        "rotate-data-key", help="re-encrypt secrets and ID numbers at rest under the newest data key"
    )
    data_key.add_argument("--batch-size", type=int, default=500)
    data_key.add_argument("--new-key", action="store_true", help="only print a new key entry (kid:base64)")
    data_key.set_defaults(func=cmd_rotate_data_key)

    supervise = sub.add_parser("supervise", help="escalate overdue tasks (the daily supervision run)")
    supervise.add_argument("--today", help="YYYY-MM-DD (default: today in China)")
    supervise.set_defaults(func=cmd_supervise)
    remind = sub.add_parser("remind", help="send the proactive reminders due (idempotent)")
    remind.add_argument("--today", help="YYYY-MM-DD (default: today in China)")
    remind.set_defaults(func=cmd_remind)

    licence = sub.add_parser("issue-demo-licence", help="issue a demo citizen a licence; print a QR token")
    licence.add_argument(
        "--type",
        default="business_licence",
        choices=["business_licence", "food_business_licence", "marriage_certificate"],
    )
    licence.add_argument("--phone", default="13800138000", help="the demo citizen's phone (created if new)")
    licence.add_argument("--ttl", type=int, default=600, help="seconds the presentation is valid")
    licence.add_argument(
        "--then", choices=["suspend", "revoke"], help="change the licence's status afterwards"
    )
    licence.set_defaults(func=cmd_issue_demo_licence)

    join = sub.add_parser("join-helper-team", help="put a helper in a helper team (帮办代办队伍)")
    join.add_argument("--phone", required=True)
    join.add_argument("--team", required=True, help="team code, e.g. XA-CA-WQ")
    join.set_defaults(func=cmd_join_helper_team)

    sweep = sub.add_parser("sweep-uploads", help="remove abandoned temporary upload files")
    sweep.add_argument(
        "--older-than", type=float, default=3600.0, help="seconds since last written (default: 3600)"
    )
    sweep.set_defaults(func=cmd_sweep_uploads)

    from api.oauth.cli import add_parser as add_clients

    clients = add_clients(sub, _with_database)  # python -m api clients register|list|suspend|rotate …
    from api.webhooks import cli as webhooks_cli

    webhooks_cli.add_commands(clients)  # … bind-department|register-documents

    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
