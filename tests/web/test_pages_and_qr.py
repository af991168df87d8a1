"""Guide pages (the QR target), PWA routes, QR images and poster sheets."""

import io
import json
import re

import zxingcpp
from PIL import Image


def codes(client) -> tuple[str, str]:
    data = client.post(
        "/graphql", json={"query": "{ bundles { code } catalogItems(first: 1) { edges { node { code } } } }"}
    ).json()
    return data["data"]["catalogItems"]["edges"][0]["node"]["code"], data["data"]["bundles"][0]["code"]


def preload(html: str) -> dict:
    match = re.search(r'<script id="ov-preload" type="application/json">(.*?)</script>', html)
    assert match, "guide page carries its data"
    return json.loads(match.group(1))


def test_guide_page_inlines_the_guide(demo_client):
    item, _ = codes(demo_client)
    response = demo_client.get(f"/g/{item.lower()}")
    assert response.status_code == 200
    data = preload(response.text)
    assert data["op"] == "Guide" and data["variables"] == {"code": item}
    assert data["data"]["guide"]["code"] == item
    assert response.headers["cache-control"] == "no-cache"


def test_a_bundle_page_inlines_a_line_per_item_not_every_items_guide(demo_client):
    from api.web.pwa import BUNDLE_ITEM_FIELDS

    _, bundle = codes(demo_client)
    guide = preload(demo_client.get(f"/g/{bundle}").text)["data"]["guide"]
    assert guide["__typename"] == "Bundle" and guide["materials"] and guide["items"]
    assert all(set(item) == set(BUNDLE_ITEM_FIELDS) for item in guide["items"])
    # the Guide query itself still answers with each item's whole guide (fetched by the page later)
    query = "query($c: String!) { guide(code: $c) { ... on Bundle { items { materials { waived } } } } }"
    full = demo_client.post("/graphql", json={"query": query, "variables": {"c": bundle}}).json()
    assert all(item["materials"] for item in full["data"]["guide"]["items"])


def test_guide_pages_arrive_in_the_first_round_trip(demo_client):
    """A guide's page is all its first paint needs; gzipped, headers included, it fits the ten
    1460-byte segments TCP sends before waiting for an acknowledgement (one more round trip is
    ~150 ms on a phone's network, and Lighthouse's mobile preset counts it)."""
    for code in codes(demo_client):
        response = demo_client.get(f"/g/{code}", headers={"Accept-Encoding": "gzip"})
        assert response.headers["content-encoding"] == "gzip"
        head = len("HTTP/1.1 200 OK\r\n\r\n") + sum(len(k) + len(v) + 4 for k, v in response.headers.items())
        assert int(response.headers["content-length"]) + head <= 14600, code


def test_the_home_page_carries_its_first_catalogue_page(demo_client):
    """/ paints without a request: the Catalog answer the home view asks for first is in the HTML."""
    from api.graphql.persisted import PersistedQueries
    from api.web.pwa import HOME_PAGE_SIZE

    response = demo_client.get("/")
    assert response.status_code == 200 and response.headers["cache-control"] == "no-cache"
    data = preload(response.text)
    variables = {"first": HOME_PAGE_SIZE, "department": None}
    assert data["op"] == "Catalog" and data["variables"] == variables
    asked = demo_client.post(
        "/graphql", json={"query": PersistedQueries().by_name("Catalog").text, "variables": variables}
    ).json()
    assert data["data"] == asked["data"] and data["data"]["bundles"]
    department = asked["data"]["departments"][0]["code"]
    filtered = preload(demo_client.get(f"/?dept={department}").text)
    assert filtered["variables"] == {"first": HOME_PAGE_SIZE, "department": department}


def test_guide_page_for_an_unknown_code_is_404_with_not_found(demo_client):
    response = demo_client.get("/g/ZZ404")
    assert response.status_code == 404
    assert preload(response.text)["data"]["guide"]["__typename"] == "NotFound"


def test_inlined_json_cannot_close_the_script():
    from api.web.pwa import _script_json

    assert "</script>" not in _script_json({"x": "</script><script>alert(1)</script>"})


def test_app_routes_serve_the_shell_and_unknown_files_404(demo_client):
    for path in ("/", "/tree", "/search"):
        response = demo_client.get(path)
        assert response.status_code == 200 and "<title>一次办</title>" in response.text
    assert demo_client.get("/nope.js").status_code == 404
    assert demo_client.get("/../pyproject.toml").status_code == 404


def test_qr_png_decodes_to_the_guide_url(demo_client):
    for code in codes(demo_client):
        response = demo_client.get(f"/q/{code}.png")
        assert response.status_code == 200 and response.headers["content-type"] == "image/png"
        decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(response.content)))
        assert [d.text for d in decoded] == [f"https://hall.example.gov.cn/g/{code}"]


def test_qr_svg_is_one_compact_path(demo_client):
    item, _ = codes(demo_client)
    response = demo_client.get(f"/q/{item}.svg")
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.text.count("<path") == 1
    assert len(response.content) < 6000
    assert "max-age" in response.headers["cache-control"]


def test_qr_for_unknown_code_or_format_is_404(demo_client):
    item, _ = codes(demo_client)
    assert demo_client.get("/q/NOPE1.svg").status_code == 404
    assert demo_client.get(f"/q/{item}.gif").status_code == 404


def test_poster_sheets_list_every_item_and_bundle_of_the_hall(demo_client):
    import pypdfium2 as pdfium

    halls = demo_client.post("/graphql", json={"query": "{ halls { code } }"}).json()["data"]["halls"]
    query = "{ bundles { code location { hall { code } } } catalogItems(first: 100) { edges { node { code location { hall { code } } } } } }"
    data = demo_client.post("/graphql", json={"query": query}).json()["data"]
    entries = data["bundles"] + [edge["node"] for edge in data["catalogItems"]["edges"]]
    for hall in halls:
        expected = {e["code"] for e in entries if e["location"]["hall"]["code"] == hall["code"]}
        for layout, per_page in (("grid", 6), ("single", 1)):
            pdf = demo_client.get(f"/halls/{hall['code']}/posters.pdf?layout={layout}")
            assert pdf.headers["content-type"] == "application/pdf"
            document = pdfium.PdfDocument(pdf.content)
            assert len(document) == max(1, -(-len(expected) // per_page))
            text = "".join(page.get_textpage().get_text_range() for page in document)
            assert set(re.findall(r"编码 ([A-Z0-9]+)", text)) == expected
            document.close()
    assert demo_client.get("/halls/CA/posters.pdf").content == demo_client.get("/halls/CA/posters.pdf?layout=grid").content
    assert demo_client.get("/halls/CA/posters.pdf?layout=wall").status_code == 400
    assert demo_client.get("/halls/CA/posters.svg").status_code == 404  # the 4.4-metre strip is gone
    assert demo_client.get("/halls/NOPE/posters.pdf").status_code == 404
