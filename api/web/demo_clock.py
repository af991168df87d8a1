"""``/demo/clock``: move the demo's clock forward to try what happens when dates pass (a 容缺 material
overdue, a task's clock stopped), then run the daily supervision as the night would. Only a demo
(``serve --demo``) outside production has it; a POST needs the ``x-onevisit-csrf`` header (no form
of another site can send it).

    GET  /demo/clock                         → {"now": …, "offsetDays": n}
    POST /demo/clock {"days": 3}             → travels 3 days, runs the daily run, returns what it did
    POST /demo/clock {"reset": true}         → back to real time
"""

from __future__ import annotations

import json
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import JSONResponse

from api import clock
from api.supervision.services import run_supervision

MAX_DAYS = 366


def _state() -> dict[str, object]:
    return {
        "now": clock.now().isoformat(),
        "today": clock.today().isoformat(),
        "offsetDays": clock.offset().days,
    }


async def demo_clock(request: Request) -> JSONResponse:
    headers = {"Cache-Control": "no-store"}
    if request.method != "POST":
        return JSONResponse(_state(), headers=headers)
    if request.headers.get("x-onevisit-csrf") != "1":
        return JSONResponse({"error": "x-onevisit-csrf header required"}, status_code=403, headers=headers)
    try:
        asked = json.loads(await request.body() or b"{}")
        days = asked.get("days", 0)
    except (ValueError, AttributeError):
        asked, days = {}, None
    if asked.get("reset") is True:
        clock.back_to_real_time()
        return JSONResponse(_state(), headers=headers)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
        return JSONResponse({"error": f"days: 0–{MAX_DAYS}"}, status_code=400, headers=headers)
    clock.travel(timedelta(days=days))
    ran = await run_supervision(clock.today())
    return JSONResponse({**_state(), "ran": ran}, headers=headers)
