"""``python -m api clients bind-department`` and ``clients register-documents`` on a SQLite file."""

from __future__ import annotations

import asyncio

import pytest

from api.cli import _with_database, main
from api.identity import clients
from api.identity.enums import Scope
from api.identity.models import ApiClient
from api.settings import Settings
from api.webhooks.models import ClientDocument
from tests.conftest import TEST_DATA_KEYS


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("ONEVISIT_DATA_KEYS", TEST_DATA_KEYS)
    main(["load-catalog"])
    return Settings.from_env()


def _run(settings: Settings, action):
    return asyncio.run(_with_database(settings, action))


def test_bind_a_client_to_a_department_and_unbind_it(cli_env, capsys, tmp_path):
    async def make():
        client, _ = await clients.register_client("市场监管业务系统", frozenset({Scope.TASKS_DECIDE}), None)
        return client.client_id

    client_id = _run(cli_env, make)
    main(["clients", "bind-department", client_id, "SJ"])
    assert f"client {client_id} (市场监管业务系统) is bound to department SJ" in capsys.readouterr().out

    async def department():
        return (await ApiClient.get(client_id=client_id).select_related("department")).department

    assert _run(cli_env, department).code == "SJ"
    with pytest.raises(SystemExit):
        main(["clients", "bind-department", client_id, "NOPE"])
    main(["clients", "bind-department", client_id, "--unbind"])
    assert "is bound to no department" in capsys.readouterr().out
    assert _run(cli_env, department) is None

    document = tmp_path / "halls.graphql"
    document.write_text("query Halls { halls { code } }", encoding="utf-8")
    main(["clients", "register-documents", client_id, str(document)])
    printed = capsys.readouterr().out.split()
    assert printed[1:] == ["Halls", str(document)]

    async def registered():
        return await ClientDocument.filter(client__client_id=client_id).values_list("sha256", flat=True)

    assert _run(cli_env, registered) == [printed[0]]
