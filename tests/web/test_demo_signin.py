"""The demo sign-in (演示登录): one account per role, signed in without a passkey — only in a demo
(``serve --demo``); an app without the demo flag refuses it (production: tests/graphql/test_production_config)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.identity.demo_accounts import DEMO_ACCOUNTS
from tests.conftest import gql, make_settings

CSRF = {"X-OneVisit-CSRF": "1"}
EXPECTED_ROLES = {
    "citizen": ["CITIZEN"],
    "helper": ["HELPER"],
    "window_clerk": ["WINDOW_CLERK"],
    "reviewer": ["REVIEWER"],
    "supervisor": ["SUPERVISOR"],
    "admin": ["ADMIN"],
    "leader": ["LEADER"],
    "catalog_admin": ["CATALOG_ADMIN"],
}


def test_the_demo_lists_one_account_per_role_and_links_the_texts(demo_client):
    listed = demo_client.get("/demo/accounts").json()
    assert [a["key"] for a in listed["accounts"]] == list(EXPECTED_ROLES)
    assert listed["sms"] == "/demo/sms" and demo_client.get("/demo/sms").status_code == 200


@pytest.mark.parametrize("key", list(EXPECTED_ROLES))
def test_a_demo_sign_in_is_a_session_of_that_role(demo_client, key):
    demo_client.cookies.clear()
    response = demo_client.post("/demo/sign-in", json={"account": key}, headers=CSRF)
    assert response.status_code == 200, response.text
    session = response.json()
    assert session["roles"] == EXPECTED_ROLES[key]
    assert "ov_refresh=" in response.headers["set-cookie"]
    me = gql(
        demo_client,
        "{ me { name roles departmentCode } }",
        headers={"Authorization": f"Bearer {session['accessToken']}"},
    )
    assert me["data"]["me"]["roles"] == EXPECTED_ROLES[key]
    if key == "reviewer":
        assert me["data"]["me"]["departmentCode"] == "SJ"


def test_the_demo_sign_in_needs_the_csrf_header_and_a_known_account(demo_client):
    assert demo_client.post("/demo/sign-in", json={"account": "admin"}).status_code == 403
    assert demo_client.post("/demo/sign-in", json={"account": "root"}, headers=CSRF).status_code == 404
    assert demo_client.post("/demo/sign-in", content=b"{", headers=CSRF).status_code == 404


def test_an_app_without_the_demo_flag_has_no_demo_sign_in(tmp_path):
    for app in (
        create_app(make_settings(tmp_path, f"sqlite://{tmp_path / 'plain.sqlite3'}")),
        create_app(
            make_settings(tmp_path, f"sqlite://{tmp_path / 'p.sqlite3'}", production=True), load_demo=True
        ),
    ):
        paths = {getattr(route, "path", "") for route in app.routes}
        assert not paths & {"/demo/sign-in", "/demo/accounts", "/demo/sms", "/demo/clock"}
        refused = TestClient(app).post(
            "/demo/sign-in", json={"account": "admin"}, headers=CSRF
        )  # no lifespan
        assert refused.status_code == 405 and "accessToken" not in refused.text
    assert len(DEMO_ACCOUNTS) == len(EXPECTED_ROLES)


def _demo_session(client, key: str) -> dict:
    client.cookies.clear()
    return client.post("/demo/sign-in", json={"account": key}, headers=CSRF).json()


def test_the_hall_admin_invites_and_suspends_over_graphql_and_the_token_stops(demo_client):
    admin = {"Authorization": f"Bearer {_demo_session(demo_client, 'admin')['accessToken']}"}
    invited = gql(
        demo_client,
        'mutation { inviteStaff(name: "新审批", phone: "19900000099", roles: [REVIEWER], departmentCode: "SJ") {'
        " __typename ... on StaffInvitation { invitationCode enrollUrl staff { id hallCode departmentCode enrolled } } } }",
        headers=admin,
    )["data"]["inviteStaff"]
    assert invited["enrollUrl"] == "https://hall.example.gov.cn/enroll"  # make_settings' public base URL
    assert invited["staff"]["hallCode"] == "CA" and invited["staff"]["departmentCode"] == "SJ"

    clerk_session = _demo_session(demo_client, "window_clerk")
    clerk = {"Authorization": f"Bearer {clerk_session['accessToken']}"}
    assert gql(demo_client, "{ me { name } }", headers=clerk)["data"]["me"]["name"] == "演示窗口 张敏"
    listed = gql(demo_client, "{ staffMembers { id name suspended } }", headers=admin)["data"]["staffMembers"]
    clerk_id = next(m["id"] for m in listed if m["name"] == "演示窗口 张敏")
    done = gql(
        demo_client, f'mutation {{ suspendStaff(id: "{clerk_id}") {{ __typename }} }}', headers=admin
    )["data"]["suspendStaff"]
    assert done["__typename"] == "StaffMemberUpdated"
    refused = demo_client.post("/graphql", json={"query": "{ me { name } }"}, headers=clerk)
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "ACCOUNT_DISABLED"
    assert demo_client.post("/demo/sign-in", json={"account": "window_clerk"}, headers=CSRF).status_code == 404
    gql(demo_client, f'mutation {{ reinstateStaff(id: "{clerk_id}") {{ __typename }} }}', headers=admin)
    assert _demo_session(demo_client, "window_clerk")["roles"] == ["WINDOW_CLERK"]
