"""The one home of personal data in logs: ``mask()`` for a line, ``MaskingFilter`` for a logger or
handler, ``AccessLogFilter`` for uvicorn's access log (query strings carry tracking numbers and codes:
``/track?no=…&code=…``, persisted GET variables), and ``install_masking()`` that ``api serve`` and the
notification worker call once logging is set up."""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, quote

_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])")  # also tracking numbers
_PHONE = re.compile(r"(?<!\d)((?:\+?86[- ]?)?1[3-9]\d)\d{4}(\d{4})(?!\d)")
_CODE = re.compile(
    r"(?i)((?:code|码|单号|pin|token|secret|password|密码|mailTrackingNumber)[\"']?\s*(?:[:：=]|is)?\s*[\"']?)"
    r"([A-Za-z0-9][A-Za-z0-9-]{2,})"
)
REDACTED = "…"


def mask(text: str) -> str:
    """Mask phone numbers, resident ID numbers, tracking numbers and codes (pickup, verification, mail
    tracking) in a log line: 13812345678 → 138****5678, 110105199003071234 → 110105********1234,
    取件码 836201 → 取件码 ******."""
    text = _ID_NUMBER.sub(lambda m: m[1] + "*" * 8 + m[2], text)
    text = _PHONE.sub(lambda m: m[1] + "****" + m[2], text)
    return _CODE.sub(lambda m: m[1] + "*" * len(m[2]), text)


def redact_query(target: str) -> str:
    """A request target with its query values dropped (names kept, for debugging): ``/track?no=…&code=…``."""
    path, sep, query = target.partition("?")
    if not sep:
        return mask(path)
    names = [quote(name, safe="") for name, _ in parse_qsl(query, keep_blank_values=True)]
    return mask(path) + "?" + "&".join(f"{name}={REDACTED}" for name in names)


class MaskingFilter(logging.Filter):
    """Attach to a logger (or handler) whose lines may carry personal data: masks the formatted line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "uvicorn.access":
            return True  # AccessLogFilter's (its formatter needs the args as a tuple)
        message = record.getMessage()
        masked = mask(message)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            # a traceback's last line repeats the exception's message: mask the text once, here
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class AccessLogFilter(logging.Filter):
    """uvicorn's access log: ``(client, method, target, http version, status)``; the target keeps its
    path (masked) and its query's names, never its values."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            client, method, target, version, status = args
            record.args = (client, method, redact_query(str(target)), version, status)
        else:
            message = record.getMessage()
            record.msg, record.args = mask(message), None
        return True


def install_masking() -> None:
    """Mask what the running process logs: uvicorn's access log keeps no query values (a filter on
    its logger, so every handler sees the redacted line), and every handler of the root logger and of
    uvicorn's loggers masks personal data. Call it once logging is configured (after
    ``uvicorn.Config`` and ``basicConfig``)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, AccessLogFilter) for f in access.filters):
        access.addFilter(AccessLogFilter())
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access"):
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, MaskingFilter) for f in handler.filters):
                handler.addFilter(MaskingFilter())
