"""Applying over HTTP: photos to /uploads, the merged form, one submission, the live timeline over a
WebSocket (graphql-transport-ws), and the kiosk lookup."""

from __future__ import annotations

import secrets

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.applications.enums import ActorKind
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.applications.workflow import Actor
from api.graphql.ids import from_global_id
from api.identity import tokens
from api.unit_of_work import changing
from tests.applications.conftest import make_user, sample_value
from tests.conftest import edges_nodes, gql, make_settings
from tests.identity.ids import phone
from tests.uploads import samples

APPLICATION = """id trackingNumber verificationCode status statusLabel { zh } nextAction { zh en }
  materials { material status upload } lanes { departmentCode status promisedDays remainingWorkingDays }
  events { toStatus actorKind }"""
ERROR = "... on ApplicationError { code message problems { field code message } }"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("apply-http")
    settings = make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}", upload_dir=tmp / "uploads")
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _signed_in(client, roles) -> tuple[dict, int]:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", roles)
        return user.id, (await tokens.start_session(client.app.state.identity.keys, user)).access_token

    user_id, token = client.portal.call(make)
    return {"Authorization": f"Bearer {token}"}, user_id


@pytest.fixture(scope="module")
def citizen(client):
    from api.identity.enums import Role

    return _signed_in(client, [Role.CITIZEN])


def _upload(client, auth) -> str:
    response = client.post("/uploads", files={"file": ("材料.png", samples.png(), "image/png")}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _apply(client, auth, code: str = "B03") -> dict:
    form = gql(
        client,
        f"""query($c: String!) {{ applyForm(code: $c) {{ ... on ApplyForm {{ formSchema prefill
        materials {{ material status }} }} {ERROR} }} }}""",
        {"c": code},
        headers=auth,
    )["data"]["applyForm"]
    assert "formSchema" in form, form
    data = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]}
    data.update(form["prefill"])  # the profile's values, as the form shows them
    materials = [
        {"material": m["material"], "upload": _upload(client, auth)}
        for m in form["materials"]
        if m["status"] == "MISSING"
    ]
    return {"code": code, "data": data, "materials": materials, "idempotencyKey": secrets.token_hex(8)}


SUBMIT = f"""mutation($i: ApplicationInput!) {{ submitApplication(input: $i) {{
  ... on Submitted {{ created application {{ {APPLICATION} }} }} {ERROR} }} }}"""


def test_apply_once_and_follow_the_timeline(client, citizen):
    auth, _ = citizen
    payload = _apply(client, auth)
    assert payload["data"]["applicant_name"].startswith("用户")  # prefilled from the profile
    first = gql(client, SUBMIT, {"i": payload}, headers=auth)["data"]["submitApplication"]
    assert first["created"], first
    app = first["application"]
    assert app["status"] == "SUBMITTED" and app["statusLabel"]["zh"] == "已提交"
    assert app["nextAction"]["zh"] == "工作人员正在预审材料，您无需操作。"
    assert len(app["lanes"]) >= 2 and all(lane["remainingWorkingDays"] is None for lane in app["lanes"])
    assert {m["status"] for m in app["materials"]} <= {"PROVIDED", "WAIVED", "PRODUCED"}

    # the phone's offline queue replays the same submission: same application, nothing new
    replay = gql(client, SUBMIT, {"i": payload}, headers=auth)["data"]["submitApplication"]
    assert not replay["created"] and replay["application"]["id"] == app["id"]

    # a hall kiosk: tracking number and verification code, no personal data
    kiosk = gql(
        client,
        """query($t: String!, $v: String!) { trackApplication(trackingNumber: $t, verificationCode: $v) {
        ... on ApplicationType { status materials { material } events { toStatus } } } }""",
        {"t": app["trackingNumber"], "v": app["verificationCode"]},
    )["data"]["trackApplication"]
    assert kiosk == {"status": "SUBMITTED", "materials": [], "events": []}

    # someone else's token does not open it
    from api.identity.enums import Role

    stranger, _ = _signed_in(client, [Role.CITIZEN])
    denied = gql(
        client, "query($id: ID!) { application(id: $id) { id } }", {"id": app["id"]}, headers=stranger
    )
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_form_problems_come_back_per_field(client, citizen):
    auth, _ = citizen
    payload = _apply(client, auth)
    payload["data"]["employee_count"] = "很多"
    payload["data"]["legal_rep_id_number"] = "110105194912310021"
    error = gql(client, SUBMIT, {"i": payload}, headers=auth)["data"]["submitApplication"]
    assert error["code"] == "INVALID_FORM"
    problems = {p["field"]: p for p in error["problems"]}
    assert problems["employee_count"]["code"] == "TYPE"
    assert (
        problems["legal_rep_id_number"]["code"] == "FORMAT"
        and "校验位" in problems["legal_rep_id_number"]["message"]
    )


def test_the_timeline_updates_live_over_a_websocket(client, citizen):
    auth, _ = citizen
    app = gql(client, SUBMIT, {"i": _apply(client, auth)}, headers=auth)["data"]["submitApplication"][
        "application"
    ]
    with client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {"authorization": auth["Authorization"]}})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {
                    "query": "subscription($id: ID!) { applicationUpdated(id: $id) { status nextAction { zh } } }",
                    "variables": {"id": app["id"]},
                },
            }
        )
        first = ws.receive_json()
        assert first["payload"]["data"]["applicationUpdated"]["status"] == "SUBMITTED"

        async def clerk_asks_for_corrections():
            application = await Application.get(id=from_global_id(app["id"], "Application"))
            async with changing() as tx:  # as the desk's services do: the move, announced, a new version
                await tx.move(application, S.NEEDS_CORRECTION, Actor(ActorKind.CLERK), "请补正平面图")

        client.portal.call(clerk_asks_for_corrections)
        update = ws.receive_json()["payload"]["data"]["applicationUpdated"]
        assert update["status"] == "NEEDS_CORRECTION" and update["nextAction"]["zh"].startswith("请补正")

        withdrawn = gql(
            client,
            'mutation($id: ID!) { withdrawApplication(id: $id, reason: "不开了") { ... on ApplicationType { status } } }',
            {"id": app["id"]},
            headers=auth,
        )["data"]["withdrawApplication"]
        assert withdrawn["status"] == "WITHDRAWN"
        assert ws.receive_json()["payload"]["data"]["applicationUpdated"]["status"] == "WITHDRAWN"


def test_a_websocket_without_a_valid_token_cannot_subscribe(client, citizen):
    auth, _ = citizen
    app = gql(client, SUBMIT, {"i": _apply(client, auth)}, headers=auth)["data"]["submitApplication"][
        "application"
    ]
    with client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {}})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {
                    "query": "subscription($id: ID!) { applicationUpdated(id: $id) { status } }",
                    "variables": {"id": app["id"]},
                },
            }
        )
        message = ws.receive_json()
        assert message["type"] in ("error", "next"), message
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_drafts_over_graphql(client, citizen):
    auth, _ = citizen
    saved = gql(
        client,
        """mutation($i: ApplicationInput!) { saveDraft(input: $i) { ... on ApplicationType { id status version } } }""",
        {"i": {"code": "B03", "data": {"applicant_phone": phone()}}},
        headers=auth,
    )["data"]["saveDraft"]
    assert saved["status"] == "DRAFT" and saved["version"] == 1
    mine = gql(client, "{ myApplications { edges { node { id status } } } }", headers=auth)["data"][
        "myApplications"
    ]
    assert {"id": saved["id"], "status": "DRAFT"} in edges_nodes(mine)


def test_a_live_timeline_ends_with_a_typed_error_when_the_socket_token_expires(client, citizen):
    from datetime import timedelta

    from api.identity.models import User

    auth, user_id = citizen
    app = gql(client, SUBMIT, {"i": _apply(client, auth)}, headers=auth)["data"]["submitApplication"][
        "application"
    ]

    async def short_token():
        user = await User.get(id=user_id)
        keys = client.app.state.identity.keys
        return keys.sign(f"user:{user.id}", tokens.user_claims(user), ttl=timedelta(seconds=1))[0]

    token = client.portal.call(short_token)
    with client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {
                    "query": "subscription($id: ID!) { applicationUpdated(id: $id) { status } }",
                    "variables": {"id": app["id"]},
                },
            }
        )
        assert ws.receive_json()["payload"]["data"]["applicationUpdated"]["status"] == "SUBMITTED"
        ended = ws.receive_json()  # no event needed: the expiry itself ends the stream
        assert ended["type"] == "next", ended
        assert ended["payload"]["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"
        assert ws.receive_json() == {"id": "1", "type": "complete"}
