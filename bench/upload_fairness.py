"""Fairness of photo re-encoding between users: user A uploads 8 large noisy PNGs (4000×3000) at once,
user B uploads one ~1 KB photo while A's are being re-encoded. Prints how long B's upload takes alone
and during A's batch, on the real app (one uvicorn process, SQLite).

    python -m bench.upload_fairness [--images 8] [--delay 1.0]

The upload limit is raised to 32 MB for this run (a 4000×3000 noisy PNG is ~20 MB). Run it on another
checkout (e.g. before the fair queue) to compare: it talks to the server over HTTP only.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import secrets
import statistics
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from PIL import Image
from tortoise import Tortoise

from api import db
from api.identity import tokens
from api.identity.enums import Role
from api.identity.models import User
from api.identity.runtime import IdentityRuntime
from api.settings import tortoise_config
from bench.common import PYTHON, free_port, running_server


def large_png() -> bytes:
    noise = [Image.effect_noise((4000, 3000), 2) for _ in range(3)]
    out = io.BytesIO()
    Image.merge("RGB", noise).save(out, "PNG", compress_level=1)
    return out.getvalue()


def small_jpeg() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((48, 48), 20).convert("RGB").save(out, "JPEG", quality=60)
    return out.getvalue()


async def tokens_for(url: str, base: str, n: int) -> list[str]:
    await Tortoise.init(config=tortoise_config(url))
    await db.migrate(url)
    identity = IdentityRuntime.for_base_url(base)
    await identity.keys.load()
    out = []
    for i in range(n):
        user = await User.create(
            user_handle=secrets.token_urlsafe(64), name=f"压测用户{i}", roles=[Role.CITIZEN.value]
        )
        out.append((await tokens.start_session(identity.keys, user)).access_token)
    await Tortoise.close_connections()
    return out


def upload(base: str, token: str, data: bytes, name: str, content_type: str) -> float:
    """Seconds from sending the upload to its 201."""
    boundary = secrets.token_hex(16)
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"{base}/uploads",
        body,
        {"Authorization": f"Bearer {token}", "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        assert response.status == 201, response.status
        json.load(response)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=8)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between A's start and B's upload")
    args = parser.parse_args()
    print("making the images …", flush=True)
    big = [large_png() for _ in range(args.images)]  # distinct content: no deduplication
    small = small_jpeg()
    print(
        f"A: {args.images} PNGs of {len(big[0]) / 1e6:.1f} MB; B: one JPEG of {len(small)} bytes", flush=True
    )
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite://{tmp}/bench.sqlite3"
        token_a, token_b = asyncio.run(tokens_for(url, f"http://localhost:{port}", 2))
        os.environ.update(UPLOAD_DIR=f"{tmp}/uploads", UPLOAD_MAX_BYTES=str(32 * 1024 * 1024))
        command = [PYTHON, "-m", "uvicorn", "bench.server:app", "--port", "{port}", "--log-level", "warning"]
        with running_server(command, database_url=url, port=port) as base:
            alone = [upload(base, token_b, small_jpeg(), "b.jpg", "image/jpeg") for _ in range(5)]
            with ThreadPoolExecutor(args.images + 1) as pool:
                started = time.perf_counter()
                batch = [
                    pool.submit(upload, base, token_a, data, f"a{i}.png", "image/png")
                    for i, data in enumerate(big)
                ]
                time.sleep(args.delay)
                during = pool.submit(upload, base, token_b, small, "b.jpg", "image/jpeg").result()
                a_times = [f.result() for f in batch]
                total = time.perf_counter() - started
    print(f"B alone:                 {statistics.median(alone) * 1000:8.0f} ms (median of 5)")
    print(f"B during A's batch:      {during * 1000:8.0f} ms")
    print(f"A's uploads:             fastest {min(a_times):.1f} s, slowest {max(a_times):.1f} s")
    print(f"A's batch took           {total:.1f} s")


if __name__ == "__main__":
    main()
