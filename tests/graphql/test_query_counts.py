"""Listing items with their departments and materials costs the same SQL whatever the catalogue size."""

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.catalog.factories import catalog_rows
from tests.conftest import count_queries, gql, make_settings, write_catalog_files

LIST = "{ catalogItems(first: 50) { edges { node { code department { name } materials { material { name } } steps { title } } } } }"


def queries_for_listing(tmp_path, n_items: int) -> tuple[int, int]:
    catalog_dir = write_catalog_files(tmp_path / "catalog", catalog_rows(n_items))
    settings = make_settings(  # no worker: its polls (outbox, webhooks) are not the listing's queries
        tmp_path,
        f"sqlite://{tmp_path / 'q.sqlite3'}",
        catalog_dir=catalog_dir,
        catalog_check_interval=3600,
        notifications_worker="off",
    )
    app = create_app(settings, load_demo=True)
    with TestClient(app) as client:
        app.state.catalog_cache.clear()  # cold: the next request builds the snapshot
        with count_queries() as cold:
            assert len(gql(client, LIST)["data"]["catalogItems"]["edges"]) == 50
        with count_queries() as warm:
            gql(client, LIST)
    return len(cold.queries), len(warm.queries)


@pytest.mark.parametrize("n_items", [60, 240])
def test_listing_50_items_costs_constant_queries(tmp_path, n_items):
    cold, warm = queries_for_listing(tmp_path, n_items)
    assert cold == 13  # the snapshot: one query per catalogue table, whatever the item count
    assert warm == 0  # later requests are served from memory until the revision moves
