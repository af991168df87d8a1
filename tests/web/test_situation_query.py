"""The guide's Situation query over HTTP: a cacheable persisted GET (the service worker keeps answers
seen before for offline use), the shorter list for the answers, typed errors for bad ones."""

from api.graphql.persisted import PersistedQueries
from tests.web.test_persisted_queries import persisted_get

SITUATION = PersistedQueries().by_name("Situation")


def situation(client, code: str, answers: dict, items=None) -> dict:
    variables = {"code": code, "answers": [{"question": q, "value": v} for q, v in answers.items()]}
    if items is not None:
        variables["items"] = items
    response = persisted_get(client, SITUATION.sha256, variables)
    assert response.status_code == 200 and response.headers["cache-control"].startswith("public")
    return response.json()["data"]["situation"]


def to_bring(result: dict) -> set[str]:
    return {
        m["material"]["code"] for m in result["materials"] if not m["waived"] and not m["producedInBundle"]
    }


def test_answers_narrow_the_list_and_the_departments(demo_client):
    everything = situation(demo_client, "B01", {})
    assert everything["unanswered"] == ["born_in_province", "parents_married"]
    mine = situation(demo_client, "B01", {"born_in_province": "no", "parents_married": "yes"})
    assert mine["unanswered"] == [] and "WJ01" not in mine["chosen"]
    assert to_bring(mine) < to_bring(everything)
    assert mine["savings"]["materialsBefore"] < everything["savings"]["materialsBefore"]
    lean = situation(demo_client, "B02", {}, ["SJ01", "SW01", "RS02"])
    assert sorted(d["code"] for d in lean["departments"]) == ["RS", "SJ", "SW"]
    assert lean["questions"] == [], "the questions of the items left out are not asked"


def test_bad_answers_and_choices_are_typed_errors(demo_client):
    for answers, items, code in (
        ({"born_in_province": "maybe"}, None, "UNKNOWN_ANSWER"),
        ({"pets": "yes"}, None, "UNKNOWN_QUESTION"),
        ({}, ["WJ02"], "ITEM_REQUIRED"),
    ):
        result = situation(demo_client, "B01", answers, items)
        assert result["__typename"] == "SituationError" and result["code"] == code
    assert situation(demo_client, "ZZ99", {})["code"] == "NOT_FOUND"
