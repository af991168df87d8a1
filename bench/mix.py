"""The traffic the stamina benchmarks send (bench.soak, bench.spike): ordinary requests of citizens
and integrators, and what a fuzzer sends, in shares a benchmark chooses."""

from __future__ import annotations

import io
import json
import random
import secrets
import time
import urllib.parse

import aiohttp
from PIL import Image

from api.graphql.persisted import PersistedQueries

ORDINARY = {"guide GET": 0.45, "guide ad-hoc": 0.2, "my list": 0.2, "submission": 0.15}
WITH_HOSTILE = {
    "guide GET": 0.35,
    "guide ad-hoc": 0.15,
    "my list": 0.1,
    "submission": 0.1,
    "upload": 0.05,
    "hostile": 0.25,
}


def photo() -> tuple[bytes, str]:
    """A photo of its own (uploads are stored by content hash: each one is new work): mostly a small
    JPEG, one in ten a 12-megapixel photo straight off a phone (about 7 MB, re-encoded by the server)."""
    if random.random() < 0.1:
        image = Image.effect_noise((4000, 3000), random.randrange(20, 40)).convert("RGB")
        out = io.BytesIO()
        image.save(out, "JPEG", quality=90)
        return out.getvalue(), "image/jpeg"
    image = Image.new("RGB", (320, 240), tuple(random.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue(), "image/jpeg"


def hostile() -> dict:
    """One request a fuzzer would send (aiohttp keyword arguments of a POST)."""
    word = secrets.token_hex(6)
    choices = [
        {"json": {"query": f"{{ f_{word} }}"}},
        {"json": {"query": f"{{ a_{word}: catalogItems(first: 1) {{ edges {{ node {{ code }} }} }} }}"}},
        {
            "json": {
                "query": "query($c: String!) { guide(code: $c) { code } }",
                "variables": {"c": word * 400},
            }
        },
        {"json": {"query": f'{{ application(id: "9223372036854775808{word[:2]}") {{ id }} }}'}},
        {"json": {"query": f'{{ myApplications(after: "{word}") {{ pageInfo {{ hasNextPage }} }} }}'}},
        {"data": b'{"query": "{', "headers": {"Content-Type": "application/json"}},
        {"json": {"query": "{" * 60 + "x" + "}" * 60}},
        {"json": {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": secrets.token_hex(32)}}}},
    ]
    return random.choice(choices)


class Traffic:
    """``await traffic.one(http)`` sends one request drawn by the shares: (kind, status, seconds)."""

    def __init__(self, base: str, pairs: list[tuple[str, str]], shares: dict[str, float]):
        self.base, self.pairs = base, pairs
        self.kinds, self.weights = list(shares), list(shares.values())
        guide = PersistedQueries().by_name("Guide")
        variables = json.dumps({"code": "B03"})
        extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": guide.sha256}})
        query = f"extensions={urllib.parse.quote(extensions)}&variables={urllib.parse.quote(variables)}"
        self.get_url = f"{base}/graphql?{query}"
        self.adhoc = {"query": guide.text.replace("{", " {", 1), "variables": {"code": "B03"}}
        self.mine = {"query": "{ myApplications(first: 10) { pageInfo { hasNextPage } } }"}

    async def one(self, http: aiohttp.ClientSession) -> tuple[str, int, float]:
        kind = random.choices(self.kinds, self.weights)[0]
        token, body = random.choice(self.pairs)
        auth = {"Authorization": f"Bearer {token}"}
        graphql = f"{self.base}/graphql"
        started = time.monotonic()
        if kind == "guide GET":
            request = http.get(self.get_url)
        elif kind == "guide ad-hoc":
            request = http.post(graphql, json=self.adhoc)
        elif kind == "my list":
            request = http.post(graphql, json=self.mine, headers=auth)
        elif kind == "submission":
            data = body.replace("__KEY__", secrets.token_hex(8)).encode()
            request = http.post(graphql, data=data, headers={**auth, "Content-Type": "application/json"})
        elif kind == "upload":
            content, content_type = photo()
            form = aiohttp.FormData()
            form.add_field("file", content, filename="材料", content_type=content_type)
            request = http.post(f"{self.base}/uploads", data=form, headers=auth)
        else:
            request = http.post(graphql, **hostile())
        try:
            async with request as response:
                await response.read()
                status = response.status
        except aiohttp.ClientError:  # e.g. an upload answered (429) before its body was sent
            status = 0
        return kind, status, time.monotonic() - started
