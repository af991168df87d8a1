"""Re-encoding of uploaded photos: orientation applied, every piece of metadata dropped (GPS!), size capped.

CPU work: call ``normalize_image`` in a worker thread, never on the event loop.
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms

from api.uploads import errors
from api.uploads.sniff import Kind

MAX_SIDE = 4096  # long side of a stored photo, in pixels
JPEG_QUALITY = 85
# Pillow warns above MAX_IMAGE_PIXELS and raises above twice that; both are refusals here (see below).
# JPEGs are decoded at a reduced scale (``draft``), so a 108-megapixel phone photo costs ~80 MB of memory;
# PNG and WebP are decoded at full size, 4 bytes a pixel: they get a lower limit.
MAX_PIXELS = 120_000_000
MAX_PIXELS_FULL_DECODE = 40_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_PIL_FORMATS = {Kind.JPEG: ("JPEG",), Kind.PNG: ("PNG",), Kind.WEBP: ("WEBP",)}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class NormalizedImage:
    data: bytes
    content_type: str
    width: int
    height: int


def _too_many_pixels(limit: int) -> errors.UploadRefused:
    return errors.UploadRefused(errors.UploadError.IMAGE_TOO_MANY_PIXELS, megapixels=f"{limit / 1_000_000:g}")


def _corrupt() -> errors.UploadRefused:
    return errors.UploadRefused(errors.UploadError.IMAGE_INVALID)


def normalize_image(source: Path | bytes, kind: Kind) -> NormalizedImage:
    """Decode ``source`` (already sniffed as ``kind``), apply its EXIF orientation, drop its metadata,
    cap its long side at ``MAX_SIDE`` and encode it again: PNG stays PNG, JPEG and WebP become JPEG."""
    fp = io.BytesIO(source) if isinstance(source, bytes) else source
    limit = MAX_PIXELS if kind is Kind.JPEG else MAX_PIXELS_FULL_DECODE
    try:
        with Image.open(fp, formats=_PIL_FORMATS[kind]) as opened:
            width, height = opened.size
            if width * height > limit:
                raise _too_many_pixels(limit)
            if kind is Kind.JPEG:
                # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the result is still big enough.
                scale = min(1.0, MAX_SIDE / max(width, height))
                opened.draft(None, (max(1, math.floor(width * scale)), max(1, math.floor(height * scale))))
            icc_profile = opened.info.get("icc_profile")
            turn = _TRANSPOSE.get(_orientation(opened))
            opened.load()
            image = opened.transpose(turn) if turn is not None else opened.copy()
    except errors.UploadRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # (The warning arrives as an exception where warnings are errors, as in the test suite;
        # elsewhere it is only logged and the explicit limit above refuses the image.)
        raise _too_many_pixels(limit) from exc
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise _corrupt() from exc

    image = _to_srgb(image, icc_profile)
    to_png = kind is Kind.PNG
    image = _output_mode(image, to_png)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    image.info = {}  # nothing from the original travels on (Pillow copies e.g. JPEG comments from info)
    out = io.BytesIO()
    if to_png:
        image.save(out, "PNG", compress_level=6)
        content_type = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        content_type = "image/jpeg"
    return NormalizedImage(out.getvalue(), content_type, image.width, image.height)


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 = upright). Read directly: Pillow's ``exif_transpose`` writes the EXIF
    block back out and fails on damaged ones, which cameras and editors do produce."""
    try:
        return int(image.getexif().get(ORIENTATION_TAG, 1))
    except Exception:  # any damage in the EXIF block: nothing to turn by
        return 1


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Colours converted to sRGB, so the output needs no colour profile (itself metadata) to look right."""
    if not icc_profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if "srgb" in ImageCms.getProfileDescription(profile).lower().replace(" ", ""):
            return image
        output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, profile, _SRGB, outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # a broken profile: keep the pixels as they are
    return converted if converted is not None else image


def _output_mode(image: Image.Image, to_png: bool) -> Image.Image:
    if to_png:
        if image.mode in ("RGB", "RGBA", "L", "LA", "I;16"):
            return image
        if image.mode == "P" or image.mode == "PA":
            has_alpha = image.mode == "PA" or "transparency" in image.info
            return image.convert("RGBA" if has_alpha else "RGB")
        if image.mode == "1":
            return image.convert("L")
        return image.convert("RGBA" if "A" in image.getbands() else "RGB")
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))  # JPEG has no alpha: paper white behind
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")
