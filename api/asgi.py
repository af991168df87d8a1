"""The ASGI application of one production process, built from the environment:
``uvicorn --factory api.asgi:create`` (what ``python -m api serve --workers N`` runs in each of its
N worker processes). ``ONEVISIT_DEMO=1`` loads the demo data, as ``serve --demo`` does."""

from __future__ import annotations

import os

from starlette.applications import Starlette

from api.app import create_app
from api.logs import install_masking
from api.settings import Settings


def create() -> Starlette:
    install_masking()  # uvicorn configured this worker's loggers before it called the factory
    return create_app(
        Settings.from_env(), load_demo=os.environ.get("ONEVISIT_DEMO") == "1", whole_process=True
    )
