"""Inputs the API does not expect get a typed error (``extensions.code`` or the field's error union),
never ``内部错误 Internal server error``: the hand probes of issue 9, on SQLite and PostgreSQL."""

from __future__ import annotations

import secrets

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.errors import MASKED_MESSAGE
from api.identity import tokens
from api.identity.enums import Role
from tests.applications.conftest import make_user
from tests.conftest import database_url_for, gql, make_settings, reset_postgres_schema

TOO_BIG = "9223372036854775808"  # 2**63: one past PostgreSQL's bigint


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"typed-{request.param}")
    url = database_url_for(request.param, tmp)
    if request.param == "postgres":
        import asyncio

        asyncio.run(reset_postgres_schema(url))
    settings = make_settings(tmp, url, upload_dir=tmp / "uploads")
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _token(client, roles) -> dict:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", roles)
        return (await tokens.start_session(client.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {client.portal.call(make)}"}


@pytest.fixture(scope="module")
def citizen(client) -> dict:
    return _token(client, [Role.CITIZEN])


@pytest.fixture(scope="module")
def clerk(client) -> dict:
    return _token(client, [Role.WINDOW_CLERK])


def _typed(result: dict) -> str:
    """The one error's code; fails on a masked one."""
    assert MASKED_MESSAGE not in str(result), result
    (error,) = result["errors"]
    return error["extensions"]["code"]


def test_an_over_long_tracking_number_is_not_found(client):
    result = gql(
        client,
        '{ trackApplication(trackingNumber: "%s", verificationCode: "123456") { ... on ApplicationError { code } } }'
        % ("1" * 400),
    )
    assert result["data"]["trackApplication"] == {"code": "NOT_FOUND"}


@pytest.mark.parametrize("bad", [TOO_BIG, "-1", "0", "1e3", "１２", "abc", "", "9" * 40])
def test_ids_past_64_bits_or_not_numbers(client, citizen, clerk, bad):
    # a citizen asking for someone else's application is refused before anything is looked up
    denied = gql(client, "query($id: ID!) { application(id: $id) { id } }", {"id": bad}, headers=citizen)
    assert _typed(denied) == "FORBIDDEN"
    # a clerk may read any profile: the id itself is refused
    profile = gql(client, "query($id: ID!) { citizen(id: $id) { name } }", {"id": bad}, headers=clerk)
    assert _typed(profile) == "INVALID_ID"
    for mutation, union in (
        ("deleteDraft", "ApplicationError"),
        ("revokeClientGrant", "IdentityError"),
        ("revokeConsent", "IdentityError"),
    ):
        result = gql(
            client,
            f"mutation($id: ID!) {{ {mutation}(id: $id) {{ ... on {union} {{ code }} }} }}",
            {"id": bad},
            headers=citizen,
        )
        assert result["data"][mutation] == {"code": "INVALID_ID"}, (mutation, result)
    booking = gql(
        client,
        "mutation($id: ID!) { cancelBooking(bookingId: $id) { ... on AppointmentError { code } } }",
        {"id": bad},
        headers=citizen,
    )
    assert booking["data"]["cancelBooking"] == {"code": "INVALID_ID"}


@pytest.mark.parametrize("cursor", ["", "garbage", TOO_BIG, "-5", "٣"])
@pytest.mark.parametrize(
    "field, kind",
    [
        ("myApplications", "String"),
        ("myInbox", "String"),
        ("myBookings", "String"),
        ("myCases", "String"),
        ("myLicences", "String"),
    ],
)
def test_bad_cursors(client, citizen, cursor, field, kind):
    result = gql(
        client, f"query($c: {kind}) {{ {field}(after: $c) {{ __typename }} }}", {"c": cursor}, headers=citizen
    )
    assert _typed(result) == "INVALID_CURSOR", result


def test_a_bad_catalogue_cursor(client):
    assert _typed(gql(client, '{ catalogItems(after: "%%%") { totalCount } }')) == "INVALID_CURSOR"


@pytest.mark.parametrize("data", ["[1, 2]", '"text"', "12", "true"])
def test_form_data_must_be_an_object(client, citizen, data):
    for mutation in ("saveDraft", "submitApplication"):
        result = gql(
            client,
            f'mutation {{ {mutation}(input: {{code: "B03", data: {data}, idempotencyKey: "k{secrets.token_hex(4)}"}}) '
            "{ ... on ApplicationError { code } } }",
            headers=citizen,
        )
        assert result["data"][mutation] == {"code": "INVALID_DATA"}, result


def test_an_over_long_consent_code(client, citizen):
    result = gql(
        client,
        'mutation { answerConsent(code: "%s", approve: true) { ... on IdentityError { code } } }'
        % ("9" * 5000),
        headers=citizen,
    )
    assert result["data"]["answerConsent"]["code"] == "CONSENT_CODE_INVALID"
    lookup = gql(client, '{ consentRequest(code: "%s") { status } }' % ("9" * 5000), headers=citizen)
    assert lookup["data"]["consentRequest"] is None


def test_values_the_database_refuses_are_typed(client, citizen):
    """A NUL character in form data: never a 500. Form data is stored encrypted (api.crypto_at_rest), so
    both databases keep it as the draft's data; a text column PostgreSQL refuses it for is INVALID_INPUT
    (test_refused_input_never_echoes_the_value, tests/graphql/test_fuzz.py)."""
    payload = {
        "code": "B03",
        "data": {"applicant_name": "张\u0000三"},
        "idempotencyKey": secrets.token_hex(8),
    }
    result = gql(
        client,
        "mutation($i: ApplicationInput!) { saveDraft(input: $i) { __typename ... on ApplicationError { code } } }",
        {"i": payload},
        headers=citizen,
    )["data"]["saveDraft"]
    assert result == {"__typename": "ApplicationType"}


def test_refused_input_never_echoes_the_value():
    from tortoise.exceptions import ValidationError

    from api.graphql.errors import refused_input

    failure = refused_input(ValidationError("tracking_number: Length of '13812345678999' 14 > 12"))
    assert failure.code == "INVALID_INPUT" and "tracking_number" in failure.message_en
    assert "13812345678" not in failure.message + failure.message_en
    assert refused_input(RuntimeError("boom")) is None


@pytest.mark.parametrize("bad", [TOO_BIG, "abc", ""])
def test_a_subscription_to_a_bad_id_is_refused_and_the_socket_stays_open(client, citizen, bad):
    """The fuzz test does not drive subscriptions (hypothesis-graphql makes queries and mutations)."""
    with client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {"authorization": citizen["Authorization"]}})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {
                    "query": "subscription($id: ID!) { applicationUpdated(id: $id) { status } }",
                    "variables": {"id": bad},
                },
            }
        )
        message = ws.receive_json()
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert MASKED_MESSAGE not in str(errors)
        assert errors[0]["extensions"]["code"] == "FORBIDDEN"
        ws.send_json({"type": "ping"})
        assert ws.receive_json()["type"] == "pong"
