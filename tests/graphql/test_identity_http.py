"""Identity over HTTP: sign-up and sign-in through /graphql, bearer tokens, OAuth client credentials."""

from __future__ import annotations

import re

import jwt
import pytest

from api.identity import accounts
from api.identity.enums import Role
from api.identity.sms import latest_message
from tests.conftest import gql
from tests.identity import ids
from tests.identity.soft_authenticator import SoftAuthenticator

ORIGIN = "https://hall.example.gov.cn"  # make_settings' public base URL

SESSION_FIELDS = "accessToken expiresIn userId name roles"
SESSION = f"... on Session {{ {SESSION_FIELDS} }} ... on IdentityError {{ code message messageEn }}"
CSRF = {"X-OneVisit-CSRF": "1"}


def _data(response: dict, field: str) -> dict:
    assert "errors" not in response, response
    return response["data"][field]


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def refresh_cookie(response) -> str:
    """The refresh token a response set (api.web.session_cookie), as the browser would keep it."""
    cookies = [c for c in response.headers.get_list("set-cookie") if c.startswith("ov_refresh=")]
    assert len(cookies) == 1, response.headers
    return cookies[0].split(";", 1)[0].removeprefix("ov_refresh=")


def session_of(response, field: str) -> dict:
    """A session mutation's answer, with the refresh token of its cookie added as ``refreshToken``."""
    session = _data(response.json(), field)
    assert session.get("accessToken"), session
    return {**session, "refreshToken": refresh_cookie(response)}


def post_auth(client, path: str, token: str | None, headers: dict | None = None):
    client.cookies.clear()  # the test client's jar would mix sessions; send the cookie explicitly
    cookie = {"Cookie": f"ov_refresh={token}"} if token else {}
    return client.post(path, headers={**CSRF, **cookie, **(headers or {})})


def text_code(client, phone: str) -> str:
    return re.search(r"\d{6}", client.portal.call(latest_message, phone)).group()


def sign_up_by_phone_over_http(client, name: str = "孙八", phone: str | None = None, id_number: str | None = None) -> dict:
    """requestPhoneCode, then signUpWithPhoneCode with the texted code: ``{session, idNumberStatus}``
    (the session with the refresh token of its cookie as ``refreshToken``)."""
    phone = phone or ids.phone()
    sent = gql(client, "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename } }", {"p": phone})
    assert _data(sent, "requestPhoneCode")["__typename"] == "PhoneCodeSent"
    response = client.post(
        "/graphql",
        json={
            "query": "mutation($p: String!, $c: String!, $n: String!, $i: String!) {"
            " signUpWithPhoneCode(phone: $p, code: $c, name: $n, idNumber: $i) {"
            f" ... on SignedUp {{ idNumberStatus session {{ {SESSION_FIELDS} }} }} ... on IdentityError {{ code }} }} }}",
            "variables": {"p": phone, "c": text_code(client, phone), "n": name, "i": id_number or ids.resident_id()},
        },
    )
    signed_up = _data(response.json(), "signUpWithPhoneCode")
    assert signed_up.get("session", {}).get("accessToken"), signed_up
    signed_up["session"]["refreshToken"] = refresh_cookie(response)
    return signed_up


def sign_up_over_http(client, authenticator: SoftAuthenticator, name: str = "孙八") -> dict:
    """A citizen signed up by phone code who then added a passkey: their session."""
    session = sign_up_by_phone_over_http(client, name)["session"]
    begun = _data(
        gql(
            client,
            "mutation { beginAddPasskey { ... on PasskeyCeremony { optionsJson } ... on IdentityError { code } } }",
            headers=_bearer(session["accessToken"]),
        ),
        "beginAddPasskey",
    )
    added = _data(
        gql(
            client,
            'mutation($c: String!) { finishAddPasskey(credential: $c, passkeyName: "手机") {'
            " ... on Passkey { name } ... on IdentityError { code } } }",
            {"c": authenticator.create(begun["optionsJson"])},
            headers=_bearer(session["accessToken"]),
        ),
        "finishAddPasskey",
    )
    assert added == {"name": "手机"}, added
    return session


def enroll_staff_over_http(client, name: str, role: Role) -> dict:
    """An administrator's invitation, then the member of staff enrolls a passkey with its code: a session."""
    _, code = client.portal.call(accounts.invite_staff, name, ids.phone(), [role], None)
    key = SoftAuthenticator(origin=ORIGIN, rp_id="hall.example.gov.cn")
    options = _data(
        gql(
            client,
            "mutation($c: String!) { beginStaffEnrollment(invitationCode: $c) { ... on PasskeyCeremony { optionsJson } } }",
            {"c": code},
        ),
        "beginStaffEnrollment",
    )
    return _data(
        gql(
            client,
            f"mutation($c: String!) {{ finishRegistration(credential: $c) {{ {SESSION} }} }}",
            {"c": key.create(options["optionsJson"])},
        ),
        "finishRegistration",
    )


@pytest.fixture
def authenticator() -> SoftAuthenticator:
    return SoftAuthenticator(origin=ORIGIN, rp_id="hall.example.gov.cn")


def test_sign_up_sign_out_and_sign_in_again(demo_client, authenticator):
    session = sign_up_over_http(demo_client, authenticator)
    me = _data(
        gql(
            demo_client,
            "{ me { name roles idNumberMasked passkeys { name } } }",
            headers=_bearer(session["accessToken"]),
        ),
        "me",
    )
    assert me["name"] == "孙八" and me["roles"] == ["CITIZEN"] and "*" in me["idNumberMasked"]
    assert [p["name"] for p in me["passkeys"]] == ["手机"]

    assert post_auth(demo_client, "/auth/sign-out", session["refreshToken"]).status_code == 204
    gone = post_auth(demo_client, "/auth/refresh", session["refreshToken"])
    assert gone.status_code == 401 and gone.json()["error"]["code"] == "REFRESH_INVALID"

    options = _data(
        gql(demo_client, "mutation { beginSignIn { ... on PasskeyCeremony { optionsJson } } }"), "beginSignIn"
    )
    again = _data(
        gql(
            demo_client,
            f"mutation($c: String!) {{ finishSignIn(credential: $c) {{ {SESSION} }} }}",
            {"c": authenticator.get(options["optionsJson"])},
        ),
        "finishSignIn",
    )
    assert again["userId"] == session["userId"]


def test_domain_failures_are_typed_results_in_both_languages(demo_client):
    result = _data(
        gql(
            demo_client,
            'mutation { signUpWithPhoneCode(phone: "13912345678", code: "123456", name: "周九",'
            ' idNumber: "110105194912310021") { ... on IdentityError { code message messageEn } } }',
        ),
        "signUpWithPhoneCode",
    )
    assert result == {
        "code": "INVALID_ID_NUMBER",
        "message": "身份证号码校验位不正确，请核对",
        "messageEn": "The check digit of the resident ID number is wrong",
    }


def test_refresh_rotation_over_http(demo_client, authenticator):
    """Rotation through POST /auth/refresh (reuse after the grace window: tests/identity/test_tokens.py
    and tests/web/test_session_cookie.py)."""
    session = sign_up_over_http(demo_client, authenticator)
    response = post_auth(demo_client, "/auth/refresh", session["refreshToken"])
    assert response.status_code == 200, response.text
    rotated = response.json()
    assert rotated["userId"] == session["userId"] and rotated["roles"] == ["CITIZEN"]
    assert refresh_cookie(response) != session["refreshToken"]
    me = _data(gql(demo_client, "{ me { name } }", headers=_bearer(rotated["accessToken"])), "me")
    assert me["name"] == "孙八"


def test_a_bad_bearer_token_is_a_401_not_an_anonymous_call(demo_client, authenticator):
    session = sign_up_over_http(demo_client, authenticator)
    head, payload, signature = session["accessToken"].split(".")
    tampered = f"{head}.{payload}.{signature[:-4]}AAAA"
    for token, code in ((tampered, "TOKEN_SIGNATURE"), ("not.a.jwt", "TOKEN_MALFORMED")):
        response = demo_client.post(
            "/graphql", json={"query": "{ bundles { code } }"}, headers=_bearer(token)
        )
        assert response.status_code == 401
        assert response.json()["errors"][0]["extensions"]["code"] == code
        assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    # no token at all: public fields work, personal ones say to sign in
    assert gql(demo_client, "{ me { name } }")["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_phone_code_fallback_over_http(demo_client, authenticator):
    session = sign_up_over_http(demo_client, authenticator, "吴十")
    phone = _data(gql(demo_client, "{ me { phone } }", headers=_bearer(session["accessToken"])), "me")[
        "phone"
    ]
    sent = _data(
        gql(
            demo_client,
            "mutation($p: String!) { requestPhoneCode(phone: $p) { ... on PhoneCodeSent { expiresIn } } }",
            {"p": phone},
        ),
        "requestPhoneCode",
    )
    assert sent["expiresIn"] == 300
    code = re.search(r"\d{6}", demo_client.portal.call(latest_message, phone)).group()
    signed_in = _data(
        gql(
            demo_client,
            f"mutation($p: String!, $c: String!) {{ signInWithPhoneCode(phone: $p, code: $c) {{ {SESSION} }} }}",
            {"p": phone, "c": code},
        ),
        "signInWithPhoneCode",
    )
    assert signed_in["name"] == "吴十"


def test_a_mini_program_reads_a_profile_only_with_the_citizens_grant(demo_client, authenticator):
    # an administrator (enrolled with the invitation code) registers the client
    admin = enroll_staff_over_http(demo_client, "管理员", Role.ADMIN)
    registered = _data(
        gql(
            demo_client,
            'mutation { registerApiClient(name: "社区小程序", scopes: [PROFILE_READ]) { ... on ClientCredentials { clientSecret client { clientId scopes } } } }',
            headers=_bearer(admin["accessToken"]),
        ),
        "registerApiClient",
    )
    client_id, secret = registered["client"]["clientId"], registered["clientSecret"]
    assert set(registered["client"]["scopes"]) == {"CATALOG_READ", "PROFILE_READ"}

    def client_token(scope: str | None = None, password: str = secret):
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": password}
        if scope:
            form["scope"] = scope
        return demo_client.post("/oauth/token", data=form)

    assert client_token(password="wrong").status_code == 401
    assert client_token("licences:read").json()["error"] == "invalid_scope"
    issued = client_token().json()
    assert issued["token_type"] == "Bearer" and issued["expires_in"] == 600
    # the token verifies against the published keys
    jwks = demo_client.get("/.well-known/jwks.json").json()
    kid = jwt.get_unverified_header(issued["access_token"])["kid"]
    key = jwt.PyJWK(next(k for k in jwks["keys"] if k["kid"] == kid))
    claims = jwt.decode(issued["access_token"], key, algorithms=["ES256"], audience="onevisit-api")
    assert claims["sub"].startswith("client:") and "profile:read" in claims["scope"]

    citizen = sign_up_over_http(demo_client, authenticator, "郑十一")
    read = '{ citizen(id: "' + citizen["userId"] + '") { name } }'
    as_client = _bearer(issued["access_token"])
    assert gql(demo_client, read, headers=as_client)["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # a client is never a person: it has no "me"
    assert (
        gql(demo_client, "{ me { name } }", headers=as_client)["errors"][0]["extensions"]["code"]
        == "FORBIDDEN"
    )

    as_citizen = _bearer(citizen["accessToken"])
    grant = _data(
        gql(
            demo_client,
            "mutation($c: String!) { grantClient(clientId: $c, scopes: [PROFILE_READ]) { ... on ClientGrant { id } } }",
            {"c": client_id},
            headers=as_citizen,
        ),
        "grantClient",
    )
    assert _data(gql(demo_client, read, headers=as_client), "citizen")["name"] == "郑十一"
    log = _data(
        gql(demo_client, "{ myAccessLog { clientName actorRole what } }", headers=as_citizen), "myAccessLog"
    )
    assert log == [{"clientName": "社区小程序", "actorRole": "client", "what": "profile"}]

    gql(
        demo_client,
        "mutation($g: ID!) { revokeClientGrant(id: $g) { ... on ClientGrant { revokedAt } } }",
        {"g": grant["id"]},
        headers=as_citizen,
    )
    assert gql(demo_client, read, headers=as_client)["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_helper_consent_by_code_over_http(demo_client, authenticator):
    helper = enroll_staff_over_http(demo_client, "帮办小刘", Role.HELPER)
    as_helper = _bearer(helper["accessToken"])
    unknown = _data(
        gql(
            demo_client,
            'mutation { requestConsent(scope: BUNDLE, scopeRef: "B99") { ... on IdentityError { code } } }',
            headers=as_helper,
        ),
        "requestConsent",
    )
    assert unknown["code"] == "UNKNOWN_BUNDLE"
    asked = _data(
        gql(
            demo_client,
            'mutation { requestConsent(scope: BUNDLE, scopeRef: "B03", hours: 2) { ... on Consent { code: requestCode status } } }',
            headers=as_helper,
        ),
        "requestConsent",
    )
    assert asked["status"] == "PENDING" and len(asked["code"]) == 8

    citizen = sign_up_over_http(demo_client, authenticator, "冯十二")
    as_citizen = _bearer(citizen["accessToken"])
    read = '{ citizen(id: "' + citizen["userId"] + '", purpose: "代办开餐馆") { name } }'
    assert gql(demo_client, read, headers=as_helper)["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    preview = _data(
        gql(
            demo_client,
            '{ consentRequest(code: "'
            + asked["code"].lower()
            + '") { helper { name } scopeRef code: requestCode } }',
            headers=as_citizen,
        ),
        "consentRequest",
    )
    assert preview == {"helper": {"name": "帮办小刘"}, "scopeRef": "B03", "code": None}
    answered = _data(
        gql(
            demo_client,
            'mutation { answerConsent(code: "'
            + asked["code"]
            + '", approve: true) { ... on Consent { id status } } }',
            headers=as_citizen,
        ),
        "answerConsent",
    )
    assert answered["status"] == "ACTIVE"
    assert _data(gql(demo_client, read, headers=as_helper), "citizen")["name"] == "冯十二"
    log = _data(
        gql(demo_client, "{ myAccessLog { actorName actorRole purpose } }", headers=as_citizen), "myAccessLog"
    )
    assert log == [{"actorName": "帮办小刘", "actorRole": "helper", "purpose": "代办开餐馆"}]

    gql(
        demo_client,
        "mutation($i: ID!) { revokeConsent(id: $i) { ... on Consent { status } } }",
        {"i": answered["id"]},
        headers=as_citizen,
    )
    assert gql(demo_client, read, headers=as_helper)["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_sign_up_answers_never_reveal_who_is_registered(demo_client, authenticator):
    registered = sign_up_over_http(demo_client, authenticator, "已注册")
    registered_phone = _data(
        gql(demo_client, "{ me { phone } }", headers=_bearer(registered["accessToken"])), "me"
    )["phone"]
    staff_phone = ids.phone()
    demo_client.portal.call(accounts.invite_staff, "某窗口", staff_phone, [Role.WINDOW_CLERK], None)
    request = "mutation($p: String!) { requestPhoneCode(phone: $p) { ... on PhoneCodeSent { expiresIn message } } }"
    # (extensions.cost tells each caller their own remaining budget: the answers are the data and errors)
    answers = {p: gql(demo_client, request, {"p": p})["data"] for p in (registered_phone, ids.phone(), staff_phone)}
    assert len({str(a) for a in answers.values()}) == 1, answers
    sign_up = (
        "mutation($p: String!, $i: String!) { signUpWithPhoneCode(phone: $p, code: \"000000\", name: \"某人\","
        " idNumber: $i) { ... on IdentityError { code message messageEn } } }"
    )
    wrong = {p: gql(demo_client, sign_up, {"p": p, "i": ids.resident_id()})["data"] for p in answers}
    assert len({str(a) for a in wrong.values()}) == 1, wrong
    assert next(iter(wrong.values()))["signUpWithPhoneCode"]["code"] == "CODE_INVALID"
    # the passkey-first sign-up that trusted an unproven phone is gone from the schema
    gone = gql(demo_client, 'mutation { beginSignUp(name: "x", phone: "x", idNumber: "x") { __typename } }')
    assert "beginSignUp" in gone["errors"][0]["message"]


def test_pre_hijack_replayed_over_http_fails(demo_client):
    victim_phone, victim_id = ids.phone(), ids.resident_id()
    attack = (
        "mutation($p: String!, $c: String!, $i: String!) { signUpWithPhoneCode(phone: $p, code: $c,"
        ' name: "攻击者", idNumber: $i) { __typename ... on IdentityError { code } } }'
    )
    gql(demo_client, "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename } }", {"p": victim_phone})
    for guess in ("000000", "111111", "123456"):
        refused = _data(gql(demo_client, attack, {"p": victim_phone, "c": guess, "i": victim_id}), "signUpWithPhoneCode")
        assert refused == {"__typename": "IdentityError", "code": "CODE_INVALID"}
    # the victim later signs up with the code their own phone received: a fresh account, theirs alone
    victim = sign_up_by_phone_over_http(demo_client, "真实用户", victim_phone, victim_id)
    assert victim["idNumberStatus"] == "BOUND"
    me = _data(
        gql(demo_client, "{ me { name passkeys { name } idVerified } }", headers=_bearer(victim["session"]["accessToken"])),
        "me",
    )
    assert me == {"name": "真实用户", "passkeys": [], "idVerified": False}


def test_an_id_number_conflict_goes_to_a_window_clerk_over_http(demo_client):
    id_number = ids.resident_id()
    sign_up_by_phone_over_http(demo_client, "先登记者", id_number=id_number)
    second = sign_up_by_phone_over_http(demo_client, "持证本人", id_number=id_number)
    assert second["idNumberStatus"] == "CONFLICT"
    token = second["session"]["accessToken"]
    me = _data(gql(demo_client, "{ me { idNumberMasked idNumberClaimOpen } }", headers=_bearer(token)), "me")
    assert me == {"idNumberMasked": None, "idNumberClaimOpen": True}

    clerk = enroll_staff_over_http(demo_client, "窗口老李", Role.WINDOW_CLERK)
    claims = _data(
        gql(demo_client, "{ idNumberClaims { id claimantName idNumberMasked status } }", headers=_bearer(clerk["accessToken"])),
        "idNumberClaims",
    )
    assert [(c["claimantName"], c["status"]) for c in claims] == [("持证本人", "OPEN")]
    assert id_number not in str(claims) and "*" in claims[0]["idNumberMasked"]
    rebound = _data(
        gql(
            demo_client,
            'mutation($c: ID!) { rebindIdNumber(claimId: $c, note: "核验身份证原件") { ... on IdNumberClaim { status } } }',
            {"c": claims[0]["id"]},
            headers=_bearer(clerk["accessToken"]),
        ),
        "rebindIdNumber",
    )
    assert rebound == {"status": "REBOUND"}
    me = _data(gql(demo_client, "{ me { idNumberMasked idNumberClaimOpen idVerified } }", headers=_bearer(token)), "me")
    assert me["idNumberClaimOpen"] is False and me["idVerified"] is True and me["idNumberMasked"]
    log = _data(gql(demo_client, "{ myAccessLog { what actorName } }", headers=_bearer(token)), "myAccessLog")
    assert {"what": "id_number_rebound", "actorName": "窗口老李"} in log


def test_the_demo_shows_the_texts_it_would_have_sent(demo_client):
    phone = ids.phone()
    gql(demo_client, "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename } }", {"p": phone})
    page = demo_client.get("/demo/sms")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert phone in page.text and text_code(demo_client, phone) in page.text
