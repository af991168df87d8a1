"""``/demo/accounts`` and ``/demo/sign-in``: the demo's one account per role, signed in without a
passkey (演示登录). Only a demo (``serve --demo``) outside production has these routes (``create_app``):
anywhere else they are 404, so no setting can turn a passkey-less sign-in on in production.

    GET  /demo/accounts  → {"accounts": [{key, name, label, labelEn, home}], "sms": "/demo/sms"}
    POST /demo/sign-in {"account": "reviewer"} → the same answer as /auth/refresh, and the refresh cookie
"""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse

from api.graphql.ids import global_id
from api.identity import tokens
from api.identity.demo_accounts import DEMO_ACCOUNTS, demo_user
from api.identity.enums import Role
from api.web.session_cookie import CSRF_HEADER, NO_STORE, secure_cookies, set_refresh_cookie


async def demo_accounts(request: Request) -> JSONResponse:
    accounts = [
        {"key": a.key, "name": a.name, "label": a.label, "labelEn": a.label_en, "home": a.home}
        for a in DEMO_ACCOUNTS
    ]
    return JSONResponse({"accounts": accounts, "sms": "/demo/sms"}, headers=NO_STORE)


async def demo_sign_in(request: Request) -> JSONResponse:
    if request.headers.get(CSRF_HEADER) != "1":
        return JSONResponse({"error": f"{CSRF_HEADER} header required"}, status_code=403, headers=NO_STORE)
    try:
        asked = json.loads(await request.body() or b"{}")
    except ValueError:
        asked = None
    key = asked.get("account") if isinstance(asked, dict) else None
    user = await demo_user(key) if isinstance(key, str) else None
    if user is None:
        return JSONResponse({"error": "no such demo account"}, status_code=404, headers=NO_STORE)
    session = await tokens.start_session(request.app.state.identity.keys, user)
    response = JSONResponse(
        {
            "accessToken": session.access_token,
            "expiresIn": session.expires_in,
            "userId": global_id("User", user.id),
            "name": user.name,
            "roles": [Role(r).name for r in user.roles],
        },
        headers=NO_STORE,
    )
    set_refresh_cookie(response, session.refresh_token, secure=secure_cookies(request))
    return response
