"""Photos are re-encoded: turned upright, stripped of every piece of metadata, capped in size."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from api.uploads import images
from api.uploads.errors import UploadRefused
from api.uploads.images import normalize_image
from api.uploads.sniff import Kind
from tests.uploads import samples


def _is_red(pixel) -> bool:
    return pixel[0] > 200 and pixel[1] < 60 and pixel[2] < 60


def _is_blue(pixel) -> bool:
    return pixel[0] < 60 and pixel[1] < 60 and pixel[2] > 200


def test_jpeg_is_turned_per_exif_and_loses_gps_and_all_metadata():
    original = samples.jpeg_with_gps()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(samples.GPS_IFD)  # the sample really carries a location
        assert before.size == (40, 20)

    result = normalize_image(original, Kind.JPEG)

    assert result.content_type == "image/jpeg" and (result.width, result.height) == (20, 40)
    for marker in (b"Exif", b"GPS", b"PhoneMaker", b"secret comment", b"ICC_PROFILE", b"http://ns.adobe.com"):
        assert marker not in result.data
    with Image.open(io.BytesIO(result.data)) as after:
        assert after.format == "JPEG" and after.size == (20, 40)
        assert not after.getexif() and "comment" not in after.info and "icc_profile" not in after.info
        rgb = after.convert("RGB")
        # turned 90° clockwise: the left (red) half is now on top
        assert _is_red(rgb.getpixel((10, 5))) and _is_blue(rgb.getpixel((10, 35)))


def test_the_long_side_is_capped():
    out = io.BytesIO()
    samples.two_colour(5000, 1000).save(out, "JPEG")
    result = normalize_image(out.getvalue(), Kind.JPEG)
    assert (result.width, result.height) == (images.MAX_SIDE, 819)


def test_a_large_jpeg_is_decoded_at_reduced_scale_and_still_capped():
    out = io.BytesIO()
    samples.two_colour(9000, 3000).save(out, "JPEG", quality=50)
    result = normalize_image(out.getvalue(), Kind.JPEG)
    assert (result.width, result.height) == (4096, 1365)


def test_png_stays_png_without_its_text_chunks():
    data = samples.png(text={"Author": "张三", "GPS": "39.9,116.4"})
    result = normalize_image(data, Kind.PNG)
    assert result.content_type == "image/png" and (result.width, result.height) == (40, 20)
    assert "张三".encode() not in result.data and b"iTXt" not in result.data and b"39.9" not in result.data
    with Image.open(io.BytesIO(result.data)) as after:
        assert after.format == "PNG" and _is_red(after.convert("RGB").getpixel((15, 10)))


def test_palette_png_with_transparency_keeps_it():
    image = samples.two_colour().convert("P")
    image.info["transparency"] = 0
    result = normalize_image(samples.png(image), Kind.PNG)
    with Image.open(io.BytesIO(result.data)) as after:
        assert after.mode == "RGBA"


def test_webp_becomes_jpeg_on_white():
    result = normalize_image(samples.webp_with_alpha(), Kind.WEBP)
    assert result.content_type == "image/jpeg"
    with Image.open(io.BytesIO(result.data)) as after:
        assert after.format == "JPEG"
        assert min(after.convert("RGB").getpixel((3, 10))) > 230  # the transparent strip is white
        assert _is_blue(after.convert("RGB").getpixel((35, 10)))


def test_anything_appended_to_a_photo_is_gone():
    polyglot = samples.jpeg_with_gps(1) + b"<script>alert(1)</script>" + samples.ELF
    result = normalize_image(polyglot, Kind.JPEG)
    assert b"<script>" not in result.data and b"\x7fELF" not in result.data


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (7000, 7000),  # 49 MP: over the limit of fully decoded formats
        (11000, 11000),  # 121 MP: Pillow's DecompressionBombWarning (an error under pytest)
        (100_000, 100_000),  # Pillow's DecompressionBombError
    ],
)
def test_decompression_bombs_are_refused_before_decoding(width, height):
    with pytest.raises(UploadRefused) as refused:
        normalize_image(samples.png_header_only(width, height), Kind.PNG)
    assert refused.value.code == "IMAGE_TOO_MANY_PIXELS" and refused.value.status == 413


def test_a_bomb_is_refused_even_where_the_warning_is_only_a_warning():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with pytest.raises(UploadRefused) as refused:
            normalize_image(samples.png_header_only(11000, 11000), Kind.PNG)
    assert refused.value.code == "IMAGE_TOO_MANY_PIXELS"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xff\xd8\xff\xe0" + b"\x00garbage" * 100, Kind.JPEG),
        (samples.jpeg_with_gps()[:300], Kind.JPEG),  # truncated
        (samples.png()[:60], Kind.PNG),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 nonsense", Kind.WEBP),
    ],
)
def test_damaged_images_are_refused(data, kind):
    with pytest.raises(UploadRefused) as refused:
        normalize_image(data, kind)
    assert refused.value.status == 400 and refused.value.code == "IMAGE_INVALID"


def test_a_png_inside_a_jpeg_name_is_not_decoded_as_something_else():
    # the sniffed kind restricts Pillow's decoders: PNG bytes sniffed as JPEG would be refused
    with pytest.raises(UploadRefused):
        normalize_image(samples.png(), Kind.JPEG)
