"""Logs never carry phone numbers, ID numbers, tracking numbers or verification codes: not uvicorn's
access log of GET query strings, not GraphQL errors; ordinary refusals log nothing at all."""

from __future__ import annotations

import json
import logging
import socket
import threading
from urllib.parse import urlencode

import httpx2
import pytest
import uvicorn
from graphql import GraphQLError, Source

from api.app import create_app
from api.applications.tracking import new_tracking_number
from api.clock import now
from api.graphql.errors import log_internal_errors
from api.logs import install_masking, mask, redact_query
from tests.conftest import gql, make_settings
from tests.identity.ids import phone, resident_id

PHONE = phone()
ID_NUMBER = resident_id()
TRACKING = new_tracking_number(now())
CODE = "836201"
SECRETS = (PHONE, ID_NUMBER, TRACKING, CODE)


def _clean(text: str) -> bool:
    return not any(secret in text for secret in SECRETS)


def test_mask_hides_phones_ids_tracking_numbers_and_codes():
    line = f"sms to {PHONE}: 身份证 {ID_NUMBER}, 办件 {TRACKING}, 验证码 {CODE}, code={CODE}"
    masked = mask(line)
    assert _clean(masked), masked
    assert PHONE[:3] + "****" + PHONE[-4:] in masked


def test_query_strings_keep_their_names_only():
    target = f"/track?no={TRACKING}&code={CODE}&phone=%2B86{PHONE}&empty="
    assert redact_query(target) == "/track?no=…&code=…&phone=…&empty=…"
    assert redact_query(f"/g/B03/{PHONE}") == f"/g/B03/{PHONE[:3]}****{PHONE[-4:]}"
    assert redact_query("/healthz") == "/healthz"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """The app under a real uvicorn, configured as ``api serve`` does (``install_masking`` after
    ``uvicorn.Config``), and what its access logger hands its handlers."""
    settings = make_settings(tmp_path, f"sqlite://{tmp_path / 'logs.sqlite3'}")
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="info", ws="none")
    names = ("", "uvicorn", "uvicorn.error", "uvicorn.access")
    loggers_and_handlers = [logging.getLogger(n) for n in names]
    loggers_and_handlers += [h for n in names for h in logging.getLogger(n).handlers]
    before = {id(item): list(item.filters) for item in loggers_and_handlers}
    install_masking()
    access = logging.getLogger("uvicorn.access")
    lines: list[str] = []
    capture = logging.Handler()
    capture.emit = lambda record: lines.append(access.handlers[0].format(record))  # uvicorn's own format
    access.addHandler(capture)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            thread.join(0.02)
        assert server.started
        yield f"http://127.0.0.1:{port}", lines
    finally:
        server.should_exit = True
        thread.join(10)
        access.removeHandler(capture)
        for item in loggers_and_handlers:  # leave pytest's own handlers as they were
            item.filters[:] = before[id(item)]


def test_the_access_log_keeps_no_query_values(served):
    base, lines = served
    variables = json.dumps({"t": TRACKING, "v": CODE, "p": PHONE, "id": ID_NUMBER})
    query = "query($t: String!, $v: String!) { trackApplication(trackingNumber: $t, verificationCode: $v) { __typename } }"
    with httpx2.Client(base_url=base) as client:
        assert client.get(f"/track?{urlencode({'no': TRACKING, 'code': CODE})}").status_code == 200
        assert client.get("/graphql", params={"query": query, "variables": variables}).status_code == 200
        assert client.get(f"/q/{PHONE}.svg").status_code == 404
    requests = [line for line in lines if "GET /" in line]
    assert len(requests) == 3, lines
    assert all(_clean(line) for line in lines), lines
    assert "GET /track?no=…&code=… HTTP/1.1" in requests[0] and "200" in requests[0]
    assert "GET /graphql?query=…&variables=…" in requests[1]


def test_refusals_and_typed_errors_log_nothing(demo_client, caplog):
    caplog.set_level(logging.DEBUG)
    # forbidden (anonymous), a typed failure in a union, a typed failure in errors[], an invalid document
    gql(demo_client, 'query($p: String!) { citizen(id: "1", purpose: $p) { name } }', {"p": f"{PHONE} {ID_NUMBER}"})
    gql(
        demo_client,
        "query($t: String!, $v: String!) { trackApplication(trackingNumber: $t, verificationCode: $v) { __typename } }",
        {"t": TRACKING, "v": CODE},
    )
    gql(demo_client, "query($c: String) { catalogItems(after: $c) { totalCount } }", {"c": PHONE})
    gql(demo_client, f'{{ guide(code: "{CODE}") {{ nope }} }}')
    graphql_records = [r for r in caplog.records if r.name.startswith("strawberry")]
    assert graphql_records == []
    # (tortoise's and aiosqlite's DEBUG lines show SQL parameters: a developer's switch, off in production)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert all(_clean(line) for line in logged), logged


def test_an_internal_error_is_logged_with_its_traceback_masked_and_without_the_document(caplog):
    document = Source(f'{{ citizen(id: "1", purpose: "{PHONE}") {{ name }} }}')
    try:
        raise RuntimeError(f"lookup of {PHONE} / {ID_NUMBER} failed")
    except RuntimeError as exc:
        error = GraphQLError("boom", source=document, positions=[2], path=["citizen"], original_error=exc)
    caplog.set_level(logging.DEBUG)
    log_internal_errors([error])
    (record,) = caplog.records
    text = record.getMessage()
    assert record.levelno == logging.ERROR and record.exc_info is None
    assert "internal error in citizen" in text and "Traceback" in text and "RuntimeError" in text
    assert _clean(text) and "purpose" not in text, text
