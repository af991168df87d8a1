"""The one list shape and the opaque ids: cursors and ids round-trip, garbage and foreign ids are
typed failures, and ``first`` beyond the maximum is refused rather than clamped."""

import pytest
import strawberry

from api.failures import Failure
from api.graphql.connections import (
    Connection,
    Window,
    connection,
    decode_cursor,
    encode_cursor,
    id_after,
    page_size,
)
from api.graphql.ids import decode_global_id, from_global_id, global_id


def test_global_ids_round_trip_and_hide_the_row_number():
    value = global_id("Application", 42)
    assert "42" not in value and "Application" not in value
    assert decode_global_id(value) == ("Application", 42)
    assert from_global_id(value, "Application") == 42


@pytest.mark.parametrize("value", ["", "42", "!!", "QXBwbGljYXRpb246", "QXBwbGljYXRpb246LTE", "x" * 200])
def test_malformed_global_ids_are_invalid_id(value):
    with pytest.raises(Failure) as refused:
        from_global_id(value, "Application")
    assert refused.value.code == "INVALID_ID"


def test_another_types_id_is_refused():
    with pytest.raises(Failure) as refused:
        from_global_id(global_id("Licence", 7), "Application")
    assert refused.value.code == "INVALID_ID"


def test_cursors_round_trip_with_several_parts():
    cursor = encode_cursor("2026-12-04T08:00:00+00:00", 17)
    assert decode_cursor(cursor, parts=2) == ["2026-12-04T08:00:00+00:00", "17"]
    assert id_after(encode_cursor(17)) == 17
    assert id_after(None) is None


@pytest.mark.parametrize("value", ["", "garbage!", "MTc", encode_cursor(1, 2), encode_cursor("x"), "a" * 300])
def test_bad_cursors_are_invalid_cursor(value):
    with pytest.raises(Failure) as refused:
        id_after(value)
    assert refused.value.code == "INVALID_CURSOR"


@pytest.mark.parametrize("first", [0, -1, 51])
def test_page_size_beyond_the_maximum_is_refused(first):
    with pytest.raises(Failure) as refused:
        page_size(first, 50)
    assert refused.value.code == "PAGE_SIZE_OUT_OF_RANGE"
    assert "50" in refused.value.message_en
    assert page_size(50, 50) == 50


def test_a_window_fetches_one_more_to_know_about_the_next_page():
    window = Window.of([5, 4, 3], first=2)
    assert window.rows == [5, 4] and window.has_next
    page = connection(window.rows, [(row,) for row in window.rows], window.has_next)
    assert page.page_info.has_next_page and page.page_info.end_cursor == page.edges[-1].cursor
    assert id_after(page.page_info.end_cursor) == 4


def test_the_connection_renders_in_the_relay_shape():
    @strawberry.type
    class Thing:
        name: str

    @strawberry.type
    class Query:
        @strawberry.field
        def things(self) -> Connection[Thing]:
            return connection([Thing(name="a")], [(1,)], has_next=False)

    result = strawberry.Schema(Query).execute_sync("{things{edges{node{name} cursor} pageInfo{hasNextPage endCursor}}}")
    assert result.errors is None
    assert result.data == {
        "things": {
            "edges": [{"node": {"name": "a"}, "cursor": encode_cursor(1)}],
            "pageInfo": {"hasNextPage": False, "endCursor": encode_cursor(1)},
        }
    }
    assert "type ThingConnection" in str(strawberry.Schema(Query))
