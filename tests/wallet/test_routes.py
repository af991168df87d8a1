"""The public documents for verifiers: issuer keys and the signed status list."""

from __future__ import annotations

import jwt

from api.wallet import services


def test_jwks_and_status_list_are_public_and_cacheable(demo_client):
    keys = demo_client.get("/wallet/jwks.json")
    assert keys.status_code == 200
    assert keys.headers["cache-control"] == "public, max-age=300"
    assert keys.headers["access-control-allow-origin"] == "*"
    assert "business_licence" in keys.json()["types"]
    status = demo_client.get("/wallet/status-list")
    assert status.status_code == 200
    assert status.headers["content-type"].startswith("application/statuslist+jwt")
    assert status.headers["cache-control"] == "public, max-age=300"
    token = status.text
    kid = jwt.get_unverified_header(token)["kid"]
    # the list's key is published: it verifies with the JWKS just fetched
    jwk = next(k for k in demo_client.get("/wallet/jwks.json").json()["keys"] if k["kid"] == kid)
    claims = jwt.decode(token, jwt.PyJWK(jwk).key, algorithms=["EdDSA"])
    assert claims["status_list"]["bits"] == 2 and claims["ttl"] == services.STATUS_LIST_MAX_AGE
    assert claims["iss"] == "onevisit" and claims["exp"] > claims["iat"]
    # the page /wallet is the app shell; the documents under /wallet/ are not
    assert demo_client.get("/wallet").headers["content-type"].startswith("text/html")
