"""A sample OneVisit (一次办) client: the authorization code flow with PKCE, token refresh, a GraphQL
query and an application submitted on a citizen's behalf. Standard library only (urllib).

One function per step, so a client can take the steps it needs:

    verifier, challenge = pkce_pair()
    url = authorize_url(BASE, CLIENT_ID, REDIRECT_URI, "profile:read applications:write", state, challenge)
    # … the citizen opens url, approves; the browser comes back to REDIRECT_URI?code=…&state=…
    code = code_from_redirect(redirected_to, state)
    tokens = exchange_code(BASE, CLIENT_ID, SECRET, code, REDIRECT_URI, verifier)
    tokens = refresh(BASE, CLIENT_ID, SECRET, tokens["refresh_token"])   # before access_token expires
    data = graphql(BASE, tokens["access_token"], "{ guide(code: \\"GA02\\") { __typename } }")
    form = apply_form(BASE, tokens["access_token"], "GA02")
    upload_id = upload(BASE, tokens["access_token"], "photo.png", png_bytes, "image/png")
    application = submit_application(BASE, tokens["access_token"], "GA02", values, {"material": upload_id})
    own = client_token(BASE, CLIENT_ID, SECRET)                            # the client itself, no citizen
    hashes = register_documents(BASE, own, [GUIDE])                        # {"Guide": sha256}
    status, etag, data = persisted_get(BASE, own, hashes["Guide"], {"code": "GA02"})
    status, etag, data = persisted_get(BASE, own, hashes["Guide"], {"code": "GA02"}, etag)  # 304, None
    subscription, signing_secret = subscribe_webhook(BASE, own, RECEIVER_URL, ["APPLICATION_SUBMITTED"])

See docs/integrators.md; webhooks.py verifies the deliveries. Run ``python onevisit_client.py --help``
for a command-line walk-through.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import secrets
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit


class OneVisitError(Exception):
    """An error answer: the OAuth ``error`` or the GraphQL ``extensions.code``, and its message."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


# --- step 1: PKCE and the authorize URL ------------------------------------------------------------


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, code_challenge): keep the verifier; send the challenge (S256, the only method)."""
    verifier = secrets.token_urlsafe(48)  # 64 characters of [A-Za-z0-9_-]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def authorize_url(
    base: str, client_id: str, redirect_uri: str, scope: str, state: str, challenge: str
) -> str:
    """Where to send the citizen's browser: OneVisit shows its consent screen there."""
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,  # exactly as registered
        "scope": scope,
        "state": state,  # check it when the browser comes back
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    return f"{base.rstrip('/')}/oauth/authorize?{urlencode(query)}"


def code_from_redirect(redirected_to: str, state: str) -> str:
    """The code in the URL the browser came back to (OneVisitError when refused or tampered with)."""
    query = parse_qs(urlsplit(redirected_to).query)
    if query.get("state") != [state]:
        raise OneVisitError("state_mismatch", "the state is not the one sent: ignore this answer")
    if "error" in query:
        raise OneVisitError(query["error"][0], query.get("error_description", [""])[0])
    return query["code"][0]


# --- step 2: tokens ---------------------------------------------------------------------------------


def _token_request(base: str, client_id: str, secret: str, form: dict[str, str]) -> dict[str, Any]:
    """POST /oauth/token with client_secret_basic (HTTP Basic: both parts form-urlencoded)."""
    credentials = f"{_form_quote(client_id)}:{_form_quote(secret)}".encode()
    request = urllib.request.Request(
        f"{base.rstrip('/')}/oauth/token",
        data=urlencode(form).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Authorization": "Basic " + base64.b64encode(credentials).decode("ascii"),
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as refused:
        body = json.load(refused)
        raise OneVisitError(body.get("error", str(refused.code)), body.get("error_description", "")) from None


def _form_quote(value: str) -> str:
    return urlencode({"": value})[1:]


def exchange_code(
    base: str, client_id: str, secret: str, code: str, redirect_uri: str, verifier: str
) -> dict[str, Any]:
    """{access_token, refresh_token, expires_in, scope, token_type}. A code works once, for 60 s."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
    }
    return _token_request(base, client_id, secret, form)


def refresh(base: str, client_id: str, secret: str, refresh_token: str) -> dict[str, Any]:
    """New tokens; the refresh token given is spent (store the new one: using an old one again
    revokes them all)."""
    return _token_request(
        base, client_id, secret, {"grant_type": "refresh_token", "refresh_token": refresh_token}
    )


# --- step 3: GraphQL -------------------------------------------------------------------------------


def graphql(
    base: str, access_token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``data`` of a GraphQL answer; the first error as OneVisitError (its ``extensions.code``)."""
    request = urllib.request.Request(
        f"{base.rstrip('/')}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {access_token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as refused:
        answer = json.load(refused)
    if answer.get("errors"):
        error = answer["errors"][0]
        raise OneVisitError(error.get("extensions", {}).get("code", "ERROR"), error["message"])
    return answer["data"]


def _result(value: dict[str, Any], ok: str) -> dict[str, Any]:
    """A typed result: the success member, or its error member as OneVisitError."""
    if value.get("__typename") != ok:
        raise OneVisitError(value.get("code", value.get("__typename", "ERROR")), value.get("message", ""))
    return value


# --- step 4: apply on the citizen's behalf (scope applications:write) -------------------------------

APPLY_FORM = """query($code: String!) { applyForm(code: $code) { __typename
  ... on ApplyForm { code name formSchema prefill materials { material name status } }
  ... on ApplicationError { code message } } }"""

SUBMIT = """mutation($input: ApplicationInput!) { submitApplication(input: $input) { __typename
  ... on Submitted { created application { id trackingNumber status channel clientName } }
  ... on ApplicationError { code message problems { field code message } } } }"""


def apply_form(base: str, access_token: str, code: str) -> dict[str, Any]:
    """The merged form of an item or bundle, prefilled for the citizen, with the materials it needs."""
    return _result(graphql(base, access_token, APPLY_FORM, {"code": code})["applyForm"], "ApplyForm")


def upload(base: str, access_token: str, filename: str, content: bytes, content_type: str) -> str:
    """A material file, kept for the citizen; returns its id for ``submit_application``."""
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"{base.rstrip('/')}/uploads",
        data=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Authorization": f"Bearer {access_token}",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["id"]


def submit_application(
    base: str,
    access_token: str,
    code: str,
    values: dict[str, Any],
    materials: dict[str, str],
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Submit for the citizen: the application records channel CLIENT and this client. Retrying with
    the same idempotency key returns the first answer."""
    variables = {
        "input": {
            "code": code,
            "data": values,
            "materials": [{"material": m, "upload": u} for m, u in materials.items()],
            "idempotencyKey": idempotency_key or secrets.token_hex(16),
        }
    }
    submitted = _result(graphql(base, access_token, SUBMIT, variables)["submitApplication"], "Submitted")
    return submitted["application"]


# --- step 5: the client's own token, documents and webhooks (client_credentials) --------------------


def client_token(base: str, client_id: str, secret: str) -> str:
    """An access token for the client itself (no citizen): to register documents and webhooks."""
    return _token_request(base, client_id, secret, {"grant_type": "client_credentials"})["access_token"]


REGISTER_DOCUMENTS = """mutation($documents: [String!]!) { registerDocuments(documents: $documents) {
  __typename ... on RegisteredDocuments { documents { sha256 name } }
  ... on WebhookErrorType { code message } } }"""


def register_documents(base: str, client_token: str, documents: list[str]) -> dict[str, str]:
    """Register GraphQL documents (the allow-list production enforces); {operation name: sha256}.
    A document's hash is the SHA-256 of its exact text, so it can be computed locally as well."""
    answer = graphql(base, client_token, REGISTER_DOCUMENTS, {"documents": documents})["registerDocuments"]
    registered = _result(answer, "RegisteredDocuments")["documents"]
    return {d["name"]: d["sha256"] for d in registered}


def persisted_get(
    base: str, access_token: str, sha256: str, variables: dict[str, Any], etag: str | None = None
) -> tuple[int, str, dict[str, Any] | None]:
    """(status, ETag, data) of a registered document run by GET. With the ETag of an earlier answer
    the server says 304 Not Modified (data None) when nothing changed: keep the earlier data."""
    query = urlencode(
        {
            "extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha256}}),
            "variables": json.dumps(variables),
        }
    )
    headers = {"Authorization": f"Bearer {access_token}"}
    if etag:
        headers["If-None-Match"] = etag
    request = urllib.request.Request(f"{base.rstrip('/')}/graphql?{query}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
            status, tag = response.status, response.headers.get("ETag", "")
    except urllib.error.HTTPError as refused:
        if refused.code == 304:
            return 304, refused.headers.get("ETag", etag or ""), None
        answer, status, tag = json.load(refused), refused.code, ""
    if answer.get("errors"):
        error = answer["errors"][0]
        raise OneVisitError(error.get("extensions", {}).get("code", "ERROR"), error["message"])
    return status, tag, answer["data"]


SUBSCRIBE = """mutation($url: String!, $events: [WebhookEventType!]!) {
  createWebhookSubscription(url: $url, events: $events) { __typename
    ... on CreatedWebhookSubscription { secret subscription { id url events } }
    ... on WebhookErrorType { code message } } }"""


def subscribe_webhook(base: str, client_token: str, url: str, events: list[str]) -> tuple[str, str]:
    """(subscription id, signing secret): the secret is shown this once; verify every delivery with it
    (samples/python_client/webhooks.py). Application events arrive for the citizens who granted this
    client ``applications:read``."""
    answer = graphql(base, client_token, SUBSCRIBE, {"url": url, "events": events})
    created = _result(answer["createWebhookSubscription"], "CreatedWebhookSubscription")
    return created["subscription"]["id"], created["secret"]


# --- a walk-through on the command line --------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description="OneVisit sample client: authorize with PKCE and read a guide"
    )
    parser.add_argument("--base", default="http://localhost:8000")
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--redirect-uri", required=True)
    parser.add_argument("--scope", default="profile:read applications:write")
    args = parser.parse_args()
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    print(
        "Open this in the citizen's browser and approve:\n ",
        authorize_url(args.base, args.client_id, args.redirect_uri, args.scope, state, challenge),
    )
    redirected_to = input("Paste the address the browser came back to: ").strip()
    tokens = exchange_code(
        args.base,
        args.client_id,
        args.client_secret,
        code_from_redirect(redirected_to, state),
        args.redirect_uri,
        verifier,
    )
    print("granted:", tokens["scope"])
    tokens = refresh(args.base, args.client_id, args.client_secret, tokens["refresh_token"])
    print(
        json.dumps(
            graphql(
                args.base,
                tokens["access_token"],
                '{ guide(code: "GA02") { __typename ... on ServiceItem { name } } }',
            ),
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
