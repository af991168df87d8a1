#!/usr/bin/env python3
"""Draw the OneVisit (一次办) app icons into public/icons/.

Run from pwa/:  . /work/venv/bin/activate && python scripts/make_icons.py
Needs Pillow. Uses a locally installed CJK font for the character 办 when one
is found (fc-list :lang=zh); otherwise draws a geometric mark (a tick in a
ring: "done in one visit"). The PNGs are committed; nothing is fetched.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "public" / "icons"
BLUE = (10, 79, 163)  # theme colour #0a4fa3
RED = (200, 30, 30)  # seal red
WHITE = (255, 255, 255)
SCALE = 4  # draw big, then downsample for smooth edges


def cjk_font(size: int) -> ImageFont.FreeTypeFont | None:
    """A bold Simplified-Chinese sans font if one is installed, else None."""
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file", "family", "style"],
            capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    lines = sorted(out.splitlines(), key=lambda l: ("Sans" not in l, "Bold" not in l, "SC" not in l))
    for line in lines:
        path = line.split(":", 1)[0]
        for index in range(0, 8) if path.endswith(".ttc") else [0]:
            try:
                font = ImageFont.truetype(path, size, index=index)
            except OSError:
                break
            family = " ".join(font.getname())
            if "SC" in family or not path.endswith(".ttc"):
                return font
    return None


def draw_mark(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    """The mark: 办 in white with a small red seal dot, inside box."""
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    w = x1 - x0
    font = cjk_font(int(w * 0.78))
    if font is not None:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        d.text((cx, cy + w * 0.02), "办", font=font, fill=WHITE, anchor="mm")
    else:  # geometric fallback: a ring with a tick
        t = w * 0.09
        d.ellipse((x0 + t, y0 + t, x1 - t, y1 - t), outline=WHITE, width=int(t))
        d.line(
            [(x0 + w * 0.3, y0 + w * 0.52), (x0 + w * 0.45, y0 + w * 0.67), (x0 + w * 0.72, y0 + w * 0.36)],
            fill=WHITE, width=int(t), joint="curve",
        )
    r = w * 0.09
    sx, sy = x1 - r * 0.6, y0 + r * 0.9
    d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=RED)


def icon(size: int, *, maskable: bool) -> Image.Image:
    big = size * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if maskable:
        # full bleed; the mark stays inside the 80 % safe circle
        d.rectangle((0, 0, big, big), fill=BLUE)
        m = int(big * 0.25)
    else:
        d.rounded_rectangle((0, 0, big - 1, big - 1), radius=int(big * 0.22), fill=BLUE)
        m = int(big * 0.14)
    draw_mark(img, (m, m, big - m, big - m))
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    outputs = {
        "icon-192.png": icon(192, maskable=False),
        "icon-512.png": icon(512, maskable=False),
        "icon-maskable-512.png": icon(512, maskable=True),
        "apple-touch-icon-180.png": icon(180, maskable=True).convert("RGB"),
    }
    for name, img in outputs.items():
        img.save(OUT / name, optimize=True)
        print(OUT / name, img.size)


if __name__ == "__main__":
    main()
