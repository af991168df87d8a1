"""``/demo/sms``: the text messages the demo would have sent, so a person trying the demo can sign up
and sign in with phone codes. Only a demo (``serve --demo``) outside production has it."""

from __future__ import annotations

from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.identity.models import SmsMessage

SHOWN = 30

PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="5">
<title>演示短信 · 一次办</title>
</head><body>
<h1>演示短信 <span lang="en">Demo text messages</span></h1>
<p><strong>这是演示环境：短信不会真正发出，而是显示在这里（每 5 秒刷新）。
<span lang="en">This is a demo: texts are not sent but shown here (refreshes every 5 s).</span></strong></p>
<ul>{items}</ul>
</body></html>"""


async def demo_sms_page(request: Request) -> HTMLResponse:
    messages = await SmsMessage.all().order_by("-id").limit(SHOWN)
    items = "".join(
        f'<li><p><time datetime="{m.created_at.isoformat()}">'
        f"{m.created_at:%Y-%m-%d %H:%M:%S}</time> · {escape(m.phone)}<br>"
        f"<big>{escape(m.text)}</big></p></li>"
        for m in messages
    )
    return HTMLResponse(
        PAGE.format(items=items or "<li>还没有短信。No messages yet.</li>"),
        headers={"Cache-Control": "no-store"},
    )
