"""The licence wallet end to end in Python: issue → present → QR image → decode (zxing-cpp) → verify,
and every way a presentation must fail."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import jwt
import pytest
import pytest_asyncio
import qrcode
import zxingcpp
from qrcode.constants import ERROR_CORRECT_M

from api import clock
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import build_catalog
from api.failures import Failure
from api.wallet import keys, services
from api.wallet.enums import KeyAlgorithm, LicenceStatus, StatusCode, Verdict
from api.wallet.models import IssuerKey, LicenceEvent
from tests.wallet.factories import BUSINESS_FIELDS, business_licence, citizen


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _qr(token: str) -> qrcode.QRCode:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    qr.add_data(token)
    qr.make(fit=True)
    return qr


async def test_round_trip_through_a_qr_image(catalog):
    licence = await business_licence()
    presentation = await services.present(licence)
    qr = _qr(presentation.token)
    assert qr.version <= 20
    image = qr.make_image().get_image().convert("L")
    decoded = zxingcpp.read_barcodes(image)
    assert [d.text for d in decoded] == [presentation.token]

    result = await services.verify(decoded[0].text)
    assert result.verdict is Verdict.VALID and result.valid
    assert (result.message, result.message_en) == ("有效", "Valid")
    assert result.issuer_name == "长安区市场监督管理局"
    claims = result.claims
    assert claims["iss"] == "SJ" and claims["lt"] == "business_licence"
    assert claims["no"] == licence.number and claims["hn"] == "欧阳娜娜"
    assert claims["f"]["name"] == BUSINESS_FIELDS["name"]
    assert claims["si"] == licence.status_index
    assert jwt.get_unverified_header(presentation.token) == {
        "alg": "EdDSA",
        "kid": (await IssuerKey.get(issuer="SJ")).kid,
        "typ": "ovl",
    }


async def test_the_largest_default_presentation_still_fits_version_20(catalog):
    long_fields = {k: v * 3 for k, v in BUSINESS_FIELDS.items()}
    licence = await business_licence(fields=long_fields)
    presentation = await services.present(licence)  # the defaults: as many fields as fit
    assert len(presentation.token) <= services.MAX_TOKEN_CHARS
    assert _qr(presentation.token).version <= 20
    assert presentation.disclosed[:2] == ["holder", "number"]
    assert len(presentation.disclosed) < len(services.default_disclosure(licence))
    with pytest.raises(Failure) as failure:
        await services.present(licence, list(long_fields), 300)  # asked for explicitly: refused
    assert failure.value.code == "TOO_LARGE"


async def test_selective_disclosure_hides_the_id_number_and_masks_the_holder(catalog):
    licence = await business_licence()
    default = _claims((await services.present(licence)).token)
    assert "id_number" not in default["f"], "sensitive fields are left out unless asked for"
    assert BUSINESS_FIELDS["id_number"] not in json.dumps(default, ensure_ascii=False)

    minimal = _claims((await services.present(licence, ["name"], 60)).token)
    assert minimal["hn"] == "欧***" and minimal["f"] == {"name": BUSINESS_FIELDS["name"]}
    assert "no" not in minimal and minimal["nh"] == services.number_hash("business_licence", licence.number)

    asked = _claims((await services.present(licence, ["holder", "id_number"], 60)).token)
    assert asked["f"] == {"id_number": BUSINESS_FIELDS["id_number"]} and asked["hn"] == "欧阳娜娜"

    with pytest.raises(Failure) as failure:
        await services.present(licence, ["salary"], 60)
    assert failure.value.code == "FIELD_UNKNOWN"


async def test_a_tampered_payload_fails(catalog):
    token = (await services.present(await business_licence())).token
    header, payload, signature = token.split(".")
    claims = _claims(token)
    claims["f"]["scope"] = "餐饮服务；烟草制品零售"
    forged = _b64(json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode())
    assert (await services.verify(f"{header}.{forged}.{signature}")).verdict is Verdict.BAD_SIGNATURE
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    assert (await services.verify(f"{header}.{payload}.{flipped}")).verdict is Verdict.BAD_SIGNATURE


async def test_another_key_with_the_same_kid_fails(catalog):
    licence = await business_licence()
    token = (await services.present(licence)).token
    real = await IssuerKey.get(issuer="SJ")
    _, pem, _ = keys.new_key("SJ")
    impostor = IssuerKey(kid=real.kid, issuer="SJ", algorithm=KeyAlgorithm.EDDSA, private_pem=pem)
    forged = services.sign(_claims(token), impostor, services.LICENCE_TYP)
    result = await services.verify(forged)
    assert result.verdict is Verdict.BAD_SIGNATURE
    assert result.message_en.startswith("Bad signature")


async def test_unknown_issuers_and_confused_algorithms_fail(catalog):
    licence = await business_licence()
    claims = _claims((await services.present(licence)).token)
    _, pem, _ = keys.new_key("SJ")
    stranger = IssuerKey(kid="nobody00", issuer="SJ", algorithm=KeyAlgorithm.EDDSA, private_pem=pem)
    unknown = await services.verify(services.sign(claims, stranger, services.LICENCE_TYP))
    assert unknown.verdict is Verdict.UNKNOWN_ISSUER and unknown.message == "签发机关未知"

    # a key of another department cannot speak for SJ
    ga = await keys.signing_key(await Department.get(code="GA"))
    assert (await services.verify(services.sign(claims, ga, services.LICENCE_TYP))).verdict is (
        Verdict.UNKNOWN_ISSUER
    )
    # the platform's status-list key does not issue licences
    platform = await keys.signing_key(None)
    assert (await services.verify(services.sign(claims, platform, services.LICENCE_TYP))).verdict is (
        Verdict.UNKNOWN_ISSUER
    )
    # HS256 "signed" with the public key, and alg none: never accepted
    real = await IssuerKey.get(issuer="SJ")
    header = {"alg": "HS256", "kid": real.kid, "typ": "ovl"}
    hs = jwt.api_jws.encode(json.dumps(claims).encode(), b"x" * 32, algorithm="HS256", headers=header)
    assert (await services.verify(hs)).verdict is Verdict.MALFORMED
    none = f"{_b64(json.dumps({'alg': 'none', 'kid': real.kid, 'typ': 'ovl'}).encode())}.{_b64(b'{}')}."
    assert (await services.verify(none)).verdict is Verdict.MALFORMED
    assert (await services.verify("not a token")).verdict is Verdict.MALFORMED


async def test_expiry_is_the_earlier_of_the_ttl_and_the_licence(catalog):
    now = clock.now()
    licence = await business_licence(expires_on=clock.today() + timedelta(days=1))
    short = await services.present(licence, None, 60, at=now)
    assert short.expires_at == now + timedelta(seconds=60)
    assert (await services.verify(short.token, at=now + timedelta(seconds=30))).verdict is Verdict.VALID
    expired = await services.verify(short.token, at=now + timedelta(minutes=5))
    assert expired.verdict is Verdict.EXPIRED and expired.message_en.startswith("Expired")

    printed = await services.present(licence, None, None, at=now)  # "as long as the licence"
    assert printed.expires_at == services.end_of_day(clock.today() + timedelta(days=1))
    later = now + timedelta(days=3)
    assert (await services.verify(printed.token, at=later)).verdict is Verdict.EXPIRED
    with pytest.raises(Failure) as failure:
        await services.present(licence, None, 60, at=later)
    assert failure.value.code == "LICENCE_EXPIRED"


async def test_revoked_and_suspended_licences_fail_online(catalog):
    licence = await business_licence()
    reviewer = await citizen("审批员")
    token = (await services.present(licence)).token

    await services.suspend(licence, reviewer, "涉嫌无证经营，立案调查")
    suspended = await services.verify(token)
    assert suspended.verdict is Verdict.SUSPENDED and suspended.message == "证照已暂扣"
    with pytest.raises(Failure) as failure:
        await services.present(licence)
    assert failure.value.code == "LICENCE_NOT_ACTIVE"

    await services.reinstate(licence, reviewer, "调查结束")
    assert (await services.verify(token)).verdict is Verdict.VALID

    await services.revoke(licence, reviewer, "依法吊销")
    revoked = await services.verify(token)
    assert revoked.verdict is Verdict.REVOKED and revoked.message_en == "The licence has been revoked"
    for move in (services.reinstate, services.suspend, services.revoke):
        with pytest.raises(Failure) as failure:
            await move(licence, reviewer, "再试一次")
        assert failure.value.code == "LICENCE_STATUS"
    with pytest.raises(Failure) as failure:
        await services.suspend(await business_licence(), reviewer, "  ")
    assert failure.value.code == "REASON_REQUIRED"

    events = await LicenceEvent.filter(licence_id=licence.id).values_list("action", "actor_id", "reason")
    assert [(a, r) for a, _, r in events] == [
        ("issued", ""),
        ("suspended", "涉嫌无证经营，立案调查"),
        ("reinstated", "调查结束"),
        ("revoked", "依法吊销"),
    ]
    assert {actor for _, actor, _ in events[1:]} == {reviewer.id}


async def test_the_signed_status_list(catalog):
    licences = [await business_licence() for _ in range(6)]
    await services.suspend(licences[1], None, "暂扣")
    await services.revoke(licences[4], None, "吊销")
    token = await services.status_list()
    header = jwt.get_unverified_header(token)
    assert header["typ"] == "statuslist+jwt"
    platform = await IssuerKey.get(kid=header["kid"])
    assert platform.issuer == keys.PLATFORM_ISSUER and platform.department_id is None
    bits = services.read_status_list(token, platform)
    statuses = [services.status_at(bits, lic.status_index) for lic in licences]
    assert statuses == [
        StatusCode.VALID,
        StatusCode.SUSPENDED,
        StatusCode.VALID,
        StatusCode.VALID,
        StatusCode.INVALID,
        StatusCode.VALID,
    ]
    assert services.status_at(bits, 10_000) is StatusCode.VALID
    # signed: another key does not verify it
    _, pem, jwk = keys.new_key(keys.PLATFORM_ISSUER)
    other = IssuerKey(kid=platform.kid, private_pem=pem, public_jwk=jwk)
    with pytest.raises(jwt.InvalidSignatureError):
        services.read_status_list(token, other)


async def test_jwks_publishes_public_keys_only_and_keeps_retired_ones(catalog):
    licence = await business_licence()
    old = (await services.present(licence)).token
    sj = await Department.get(code="SJ")
    new = await keys.rotate(sj)
    document = await services.issuer_jwks((await build_catalog()).licence_labels)
    kids = {k["kid"] for k in document["keys"]}
    assert jwt.get_unverified_header(old)["kid"] in kids and new.kid in kids
    assert all("d" not in k for k in document["keys"]), "no private key material"
    assert document["issuers"]["SJ"][0] == "长安区市场监督管理局"
    assert document["types"]["business_licence"] == ["营业执照", "Business licence"]
    assert document["typeFields"]["business_licence"]["scope"] == ["经营范围", "Business scope"]
    assert document["fields"]["applicant_name"] == ["申请人姓名", "Applicant's name"]
    assert document["values"]["company_type"]["llc"] == ["有限责任公司", "Limited liability company"]
    # presentations made before the rotation still verify; new ones use the new key
    assert (await services.verify(old)).verdict is Verdict.VALID
    fresh = (await services.present(licence)).token
    assert jwt.get_unverified_header(fresh)["kid"] == new.kid


async def test_es256_issuers_work_too(catalog):
    ga = await Department.get(code="GA")
    await keys.rotate(ga, KeyAlgorithm.ES256)
    holder = await citizen()
    licence = await services.issue_licence(
        ga, holder, "residence_permit", {"address": "西安市长安区郭杜街道"}, expires_on=None
    )
    token = (await services.present(licence)).token
    assert jwt.get_unverified_header(token)["alg"] == "ES256"
    assert (await services.verify(token)).verdict is Verdict.VALID
    assert _qr(token).version <= 20


async def test_issuing_checks_its_input(catalog):
    sj = await Department.get(code="SJ")
    holder = await citizen()
    with pytest.raises(Failure) as failure:
        await services.issue_licence(sj, holder, "no_such_type", {})
    assert failure.value.code == "LICENCE_TYPE_UNKNOWN"
    with pytest.raises(Failure) as failure:
        await services.issue_licence(sj, holder, "business_licence", {"Bad Key": "x"})
    assert failure.value.code == "FIELD_INVALID"
    with pytest.raises(Failure) as failure:
        await services.issue_licence(
            sj, holder, "business_licence", {}, expires_on=clock.today() - timedelta(days=1)
        )
    assert failure.value.code == "EXPIRY_INVALID"
    first = await services.issue_licence(sj, holder, "business_licence", {}, number="SJ-0001")
    assert first.status is LicenceStatus.ACTIVE and first.status_index == first.id
    assert first.name == "营业执照"
    with pytest.raises(Failure) as failure:
        await services.issue_licence(sj, holder, "business_licence", {}, number="SJ-0001")
    assert failure.value.code == "NUMBER_TAKEN"


async def test_a_number_or_holder_among_the_fields_is_taken_for_what_it_is(catalog):
    """Approval passes the form's certificate fields: ``licence.<type>.number`` is the number itself."""
    zr = await Department.get(code="ZR")
    licence = await services.issue_licence(
        zr,
        await citizen(),
        "property_certificate",
        {"number": "陕(2026)长安区不动产权第0012345号", "holder": "欧阳娜娜", "location": "韦曲街道 8 号"},
    )
    assert licence.number == "陕(2026)长安区不动产权第0012345号"
    assert licence.key_fields == {"holder_name": "欧阳娜娜", "location": "韦曲街道 8 号"}
