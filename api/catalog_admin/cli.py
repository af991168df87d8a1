"""``python -m api catalog export <dir>`` / ``import <dir>``: the whole catalogue as data files."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any


def cmd_catalog(args: argparse.Namespace) -> None:
    from api.catalog.data_checks import CatalogDataError
    from api.catalog_admin.services.files import export_revision, import_directory
    from api.catalog_admin.services.publishing import PublishRefused
    from api.cli import _with_database  # pyright: ignore[reportPrivateUsage]
    from api.failures import Failure
    from api.settings import Settings

    settings = Settings.from_env()
    directory = Path(args.directory)

    async def action() -> Any:
        if args.action == "export":
            return await export_revision(directory, args.revision)
        return await import_directory(directory, note=args.note or "")

    try:
        result = asyncio.run(_with_database(settings, action))
    except PublishRefused as refused:
        lines = "\n  ".join(
            f"{p.where} {p.field}: {p.message_en}".replace(" :", ":") for p in refused.problems
        )
        raise SystemExit(f"not imported: {refused.message_en}\n  {lines}") from None
    except (Failure, CatalogDataError) as failure:
        raise SystemExit(f"not done: {failure}") from None
    if args.action == "export":
        revision, files = result
        print(f"exported revision {revision} to {directory} ({len(files)} files)")
    else:
        print(f"imported {directory} as revision {result.revision}")


def add_parser(sub: Any) -> None:
    catalog = sub.add_parser("catalog", help="export or import the whole catalogue as data files")
    catalog.add_argument("action", choices=["export", "import"])
    catalog.add_argument("directory", help="a directory in the format of data/catalog")
    catalog.add_argument("--revision", type=int, help="export: this revision (default: the current one)")
    catalog.add_argument("--note", help="import: why (shown in the list of revisions)")
    catalog.set_defaults(func=cmd_catalog)
