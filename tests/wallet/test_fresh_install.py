"""A fresh installation: the keys a verifier fetches first already verify the first status list."""

from __future__ import annotations

import jwt
from starlette.testclient import TestClient

from api.app import create_app
from tests.conftest import make_settings


def test_the_keys_fetched_before_the_first_status_list_already_verify_it(tmp_path):
    """A fresh installation: a verifier fetches the keys, then the status list, in that order. The
    list's key exists from the start, so the keys it holds verify the list (the list's key used to be
    made by the first list, after the keys were fetched: "status not checked")."""
    settings = make_settings(tmp_path, f"sqlite://{tmp_path / 'fresh.sqlite3'}")
    with TestClient(create_app(settings)) as client:
        keys = client.get("/wallet/jwks.json").json()["keys"]
        token = client.get("/wallet/status-list").text
    kid = jwt.get_unverified_header(token)["kid"]
    jwk = next(k for k in keys if k["kid"] == kid)
    assert jwk["iss"] == "onevisit"
    assert jwt.decode(token, jwt.PyJWK(jwk).key, algorithms=["EdDSA"])["iss"] == "onevisit"
