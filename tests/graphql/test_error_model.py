"""One error model: every error in ``errors[]`` on /graphql, whatever refused the request (the HTTP
layer, the parser, validation, a variable, a permission, the cost limit, a list's arguments), carries
``extensions.code`` from the one ``ErrorCode`` enum of the schema, with ``messageEn``; business
failures stay typed results in ``data``."""

from __future__ import annotations

import json

import pytest

from api.graphql.error_codes import KernelError
from api.schema import schema
from tests.conftest import gql

CODES = set(schema._schema.get_type("ErrorCode").values)  # type: ignore[union-attr]


def _only_error(body: dict) -> dict:
    (error,) = body["errors"]
    assert error["extensions"]["code"] in CODES, error
    assert error["extensions"]["messageEn"] and error["message"], error
    return error


REQUESTS = [
    ("syntax", {"query": "{ catalogItems("}, "GRAPHQL_PARSE_FAILED"),
    ("unknown field", {"query": "{ nope }"}, "GRAPHQL_VALIDATION_FAILED"),
    ("missing argument", {"query": "{ guide { __typename } }"}, "GRAPHQL_VALIDATION_FAILED"),
    (
        "variable of the wrong type",
        {"query": "query($n: Int!) { catalogItems(first: $n) { totalCount } }", "variables": {"n": "x"}},
        "GRAPHQL_VALIDATION_FAILED",
    ),
    ("not signed in", {"query": "{ myInbox { unreadCount } }"}, "UNAUTHENTICATED"),
    ("a page too large", {"query": "{ catalogItems(first: 101) { totalCount } }"}, "PAGE_SIZE_OUT_OF_RANGE"),
    ("a forged cursor", {"query": '{ catalogItems(after: "x") { totalCount } }'}, "INVALID_CURSOR"),
    (
        "too costly",
        {
            "query": "{ "
            + " ".join(
                f"a{i}: catalogItems(first: 100) {{ edges {{ node {{ steps {{ title }} }} }} }}"
                for i in range(5)
            )
            + " }"
        },
        "QUERY_TOO_COSTLY",
    ),
    (
        "too many aliases",
        {"query": "{ " + " ".join(f"a{i}: halls {{ code }}" for i in range(200)) + " }"},
        "QUERY_TOO_LARGE",
    ),
    (
        "too deep",
        {"query": "{ lifeCycle { " + "children { " * 30 + "code" + " }" * 30 + " } }"},
        "QUERY_TOO_LARGE",
    ),
    ("too long", {"query": "{ " + "halls { code } " * 3000 + "}"}, "QUERY_TOO_LARGE"),
    (
        "an unknown persisted hash",
        {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}},
        "PERSISTED_QUERY_NOT_FOUND",
    ),
]


@pytest.mark.parametrize("name, payload, code", REQUESTS, ids=[r[0] for r in REQUESTS])
def test_every_refusal_of_a_document_has_its_code(demo_client, name, payload, code):
    response = demo_client.post("/graphql", json=payload)
    assert _only_error(response.json())["extensions"]["code"] == code, name


def test_http_level_refusals_have_codes_too(demo_client):
    cases = [
        (
            demo_client.post("/graphql", content=b"{not json", headers={"content-type": "application/json"}),
            400,
        ),
        (demo_client.post("/graphql", json={"variables": {}}), 400),
        (demo_client.put("/graphql", json={"query": "{ halls { code } }"}), 405),
        (
            demo_client.post(
                "/graphql", json={"query": "{ me { id } }"}, headers={"Authorization": "Basic x"}
            ),
            401,
        ),
        (demo_client.post("/graphql", json={"query": "{ halls { code } }", "x": "y" * 70_000}), 413),
        (demo_client.get("/graphql", params={"extensions": "{"}), 400),
        (
            demo_client.get(
                "/graphql", params={"extensions": json.dumps({"persistedQuery": {"sha256Hash": "f" * 64}})}
            ),
            404,
        ),
    ]
    codes = []
    for response, status in cases:
        assert response.status_code == status, response.text
        codes.append(_only_error(response.json())["extensions"]["code"])
    assert codes == [
        "NOT_A_GRAPHQL_REQUEST",
        "NOT_A_GRAPHQL_REQUEST",
        "METHOD_NOT_ALLOWED",
        "TOKEN_MALFORMED",
        "REQUEST_TOO_LARGE",
        "BAD_REQUEST",
        "PERSISTED_QUERY_NOT_FOUND",
    ]


def test_a_business_failure_is_a_typed_result_not_an_error(demo_client):
    result = gql(demo_client, '{ guide(code: "NO-SUCH") { __typename ... on NotFound { code lookedUp } } }')
    assert "errors" not in result
    assert result["data"]["guide"]["__typename"] == "NotFound" and result["data"]["guide"]["code"] in CODES


def test_the_enum_lists_every_code_with_a_description():
    enum = schema._schema.get_type("ErrorCode")
    assert {member.name for member in KernelError} <= CODES
    assert {"NOT_A_GRAPHQL_REQUEST", "METHOD_NOT_ALLOWED", "PERSISTED_QUERY_NOT_FOUND"} <= CODES
    assert all(value.description for value in enum.values.values())  # type: ignore[union-attr]


def test_subscription_refusals_have_codes(demo_client):
    """Over the WebSocket (graphql-transport-ws) too: a document that does not fit the schema, and a
    subscription the caller may not open. (A token that expires mid-stream: TOKEN_EXPIRED, in
    tests/graphql/test_applications_http.py.)"""
    with demo_client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {}})
        assert ws.receive_json()["type"] == "connection_ack"
        codes = []
        for i, query in enumerate(
            ["subscription { nope }", 'subscription { applicationUpdated(id: "1") { status } }']
        ):
            ws.send_json({"id": str(i), "type": "subscribe", "payload": {"query": query}})
            answer = ws.receive_json()
            assert answer["type"] == "error", answer
            (error,) = answer["payload"]
            assert error["extensions"]["code"] in CODES and error["extensions"]["messageEn"]
            codes.append(error["extensions"]["code"])
    assert codes == ["GRAPHQL_VALIDATION_FAILED", "UNAUTHENTICATED"]
