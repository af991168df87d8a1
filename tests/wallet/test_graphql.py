"""The wallet's GraphQL face and its public documents (the authorization matrix covers who may call what)."""

from __future__ import annotations

import io

import pytest_asyncio
import zxingcpp
from PIL import Image

from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from api.wallet import services
from api.wallet.graphql import qr_image
from tests.conftest import count_queries, make_settings
from tests.wallet.factories import business_licence, citizen


@pytest_asyncio.fixture
async def run(database, demo_source, tmp_path):
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    catalog = CatalogCache(60)  # one per process, as the app's: the labels come from its snapshot

    async def execute(query: str, principal: Principal, **variables) -> dict:
        context = Context(settings, catalog, identity, principal)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        assert not result.errors, result.errors
        return result.data

    return execute


def person(user, roles=(Role.CITIZEN,), department_id=None) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset(roles), department_id=department_id)


PRESENT = """mutation($id: ID!, $disclose: [String!], $ttl: Int) {
  presentLicence(id: $id, disclose: $disclose, ttlSeconds: $ttl) {
    __typename
    ... on LicencePresentation { token qrSvg qrVersion expiresAt disclosed }
    ... on WalletError { code message messageEn }
  }
}"""
VERIFY = """query($token: String!) { verifyLicence(token: $token) {
  result valid message messageEn issuer { code name } typeCode number holderName
  fields { key label value } issuedOn expiresOn validUntil } }"""
CHANGE = """mutation($id: ID!) { suspendLicence(id: $id, reason: "立案调查") {
  __typename ... on Licence { status } ... on WalletError { code } } }"""


def _decode_svg(svg: str) -> str:
    """Rasterize the one-path SVG (runs of dark modules) and read it back with zxing-cpp."""
    import re

    n = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    scale = 4
    image = Image.new("L", (n * scale, n * scale), 255)
    pixels = image.load()
    for x, y, w in re.findall(r"M(\d+) (\d+)h(\d+)", svg):
        for dx in range(int(w) * scale):
            for dy in range(scale):
                pixels[int(x) * scale + dx, int(y) * scale + dy] = 0
    out = io.BytesIO()
    image.save(out, "PNG")
    return zxingcpp.read_barcodes(Image.open(out))[0].text


async def test_present_then_verify_through_graphql(run):
    holder = await citizen()
    licence = await business_licence(holder)
    data = (await run(PRESENT, person(holder), id=licence.public_id))["presentLicence"]
    assert data["__typename"] == "LicencePresentation"
    assert data["qrVersion"] <= 20 and data["disclosed"][:2] == ["holder", "number"]
    assert data["qrSvg"].startswith("<svg") and len(data["qrSvg"]) < 40_000  # v20: ~33 kB, ~8 kB gzipped
    assert _decode_svg(data["qrSvg"]) == data["token"]

    anyone = Principal(PrincipalKind.ANONYMOUS)
    result = (await run(VERIFY, anyone, token=data["token"]))["verifyLicence"]
    assert result["result"] == "VALID" and result["valid"] and result["message"] == "有效"
    assert result["issuer"] == {"code": "SJ", "name": "长安区市场监督管理局"}
    assert result["number"] == licence.number and result["holderName"] == "欧阳娜娜"
    premises = {"key": "premises", "label": "经营场所", "value": "陕西省西安市长安区韦曲街道西长安街 123 号"}
    assert premises in result["fields"]
    assert "id_number" not in {f["key"] for f in result["fields"]}

    # a reviewer of the issuing department suspends it: the same QR now fails online
    sj = await Department.get(code="SJ")
    reviewer = await citizen("审批员")
    changed = await run(CHANGE, person(reviewer, {Role.REVIEWER}, sj.id), id=licence.public_id)
    assert changed["suspendLicence"] == {"__typename": "Licence", "status": "SUSPENDED"}
    again = await run(CHANGE, person(reviewer, {Role.REVIEWER}, sj.id), id=licence.public_id)
    assert again["suspendLicence"] == {"__typename": "WalletError", "code": "LICENCE_STATUS"}
    result = (await run(VERIFY, anyone, token=data["token"]))["verifyLicence"]
    assert (result["result"], result["valid"], result["messageEn"]) == (
        "SUSPENDED",
        False,
        "The licence is suspended",
    )
    refused = (await run(PRESENT, person(holder), id=licence.public_id))["presentLicence"]
    assert refused["code"] == "LICENCE_NOT_ACTIVE"


async def test_domain_failures_are_data(run):
    holder = await citizen()
    licence = await business_licence(holder)
    bad = await run(PRESENT, person(holder), id=licence.public_id, disclose=["salary"])
    assert bad["presentLicence"]["code"] == "FIELD_UNKNOWN"
    short = await run(PRESENT, person(holder), id=licence.public_id, ttl=1)
    assert short["presentLicence"]["code"] == "TTL_INVALID"
    junk = (await run(VERIFY, Principal(PrincipalKind.ANONYMOUS), token="hello"))["verifyLicence"]
    assert junk["result"] == "MALFORMED" and junk["issuer"] is None and junk["fields"] == []


async def test_my_licences_costs_the_same_queries_for_one_or_many(run):
    holder = await citizen()
    query = (
        "{ myLicences(first: 20) { edges { node { id name number holderName issuer { code } fields { key } status "
        "defaultDisclosure } } pageInfo { hasNextPage endCursor } } }"
    )
    await business_licence(holder)
    await run(query, person(holder))  # the catalogue snapshot (field labels) is built once per process
    with count_queries() as one:
        first = await run(query, person(holder))
    for _ in range(5):
        await business_licence(holder)
    with count_queries() as six:
        page = await run(query, person(holder))
    assert len(first["myLicences"]["edges"]) == 1 and len(page["myLicences"]["edges"]) == 6
    assert len(six.queries) == len(one.queries) == 1
    paging = (
        "query($after: String) { myLicences(first: 4, after: $after) { edges { node { id } cursor } "
        "pageInfo { hasNextPage endCursor } } }"
    )
    paged = await run(paging, person(holder))
    rest = await run(paging, person(holder), after=paged["myLicences"]["pageInfo"]["endCursor"])
    assert len(paged["myLicences"]["edges"]) == 4 and len(rest["myLicences"]["edges"]) == 2
    last = rest["myLicences"]["edges"][-1]["cursor"]
    assert rest["myLicences"]["pageInfo"] == {"hasNextPage": False, "endCursor": last}


def test_qr_svg_is_compact_and_its_version_is_reported():
    import secrets

    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    token = secrets.token_urlsafe(500)[: services.MAX_TOKEN_CHARS]  # the largest token present() makes
    svg, version = qr_image(token)
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    qr.add_data(token)
    qr.make(fit=True)
    assert version == qr.version <= 20
    assert svg.count("<path") == 1
