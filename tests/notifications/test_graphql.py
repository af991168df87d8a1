"""The inbox, push subscriptions and preferences through the schema, as the PWA calls them."""

from __future__ import annotations

import pytest

from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from notifications.models import PushSubscription
from notifications.vapid import b64url_decode
from notifications.worker import deliver_batch
from tests.conftest import edges_nodes, gid, make_settings
from tests.notifications.conftest import FAST, allowing, application, outbox, person

SUBSCRIBE = """mutation($endpoint: String!, $p256dh: String!, $auth: String!) {
  subscribePush(endpoint: $endpoint, p256dh: $p256dh, auth: $auth, userAgent: "Chromium") {
    __typename ... on PushSubscribed { pushDevices } ... on NotificationError { code messageEn }
  }
}"""
INBOX = """query($after: String) {
  myInbox(first: 2, after: $after) {
    unreadCount pageInfo { hasNextPage endCursor } edges { node { id kind title body titleEn url readAt } }
  }
}"""


@pytest.fixture
def run(database, tmp_path):
    identity = IdentityRuntime.for_base_url("https://hall.example.gov.cn")

    async def execute(
        query: str, principal: Principal = ANONYMOUS, production: bool = False, allow: str = "", **variables
    ):
        settings = make_settings(tmp_path, database, production=production, push_allow_hosts=allow)
        context = Context(settings, CatalogCache(0), identity, principal)
        result = await build_schema(settings).execute(query, variable_values=variables, context_value=context)
        assert not result.errors, result.errors
        return result.data

    return execute


def as_user(user) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset({Role.CITIZEN}))


async def test_vapid_public_key_is_made_once_and_is_a_p256_point(run):
    first = (await run("{ vapidPublicKey }"))["vapidPublicKey"]
    raw = b64url_decode(first)
    assert len(raw) == 65 and raw[0] == 4
    assert (await run("{ vapidPublicKey }"))["vapidPublicKey"] == first


async def test_subscribe_read_the_inbox_and_mark_it_read(run, push_service):
    me, other = await person(), await person()
    browser = push_service.subscribe()
    keys = {"p256dh": browser.p256dh, "auth": browser.auth}
    allow = f"127.0.0.1:{push_service.port}"  # PUSH_ALLOW_HOSTS: the fake push service on loopback
    subscribed = (await run(SUBSCRIBE, as_user(me), allow=allow, endpoint=browser.endpoint, **keys))[
        "subscribePush"
    ]
    assert subscribed == {"__typename": "PushSubscribed", "pushDevices": 1}
    # again (the PWA re-sends it at every start): still one device
    assert (await run(SUBSCRIBE, as_user(me), allow=allow, endpoint=browser.endpoint, **keys))[
        "subscribePush"
    ]["pushDevices"] == 1

    app = await application(me)
    for kind in ("receipt", "accepted", "ready_for_pickup"):
        await outbox(me, kind, app, window="A03")
    await outbox(other, "receipt", await application(other))
    await deliver_batch(config=FAST, endpoints=allowing(push_service))
    assert len(push_service.messages_for(browser)) == 3

    page = (await run(INBOX, as_user(me)))["myInbox"]
    first = edges_nodes(page)
    assert page["unreadCount"] == 3 and [n["kind"] for n in first] == ["ready_for_pickup", "accepted"]
    assert first[0]["url"] == f"/applications/{gid('Application', app.id)}" and first[0]["titleEn"]
    assert page["pageInfo"]["hasNextPage"]
    rest = (await run(INBOX, as_user(me), after=page["pageInfo"]["endCursor"]))["myInbox"]
    assert [n["kind"] for n in edges_nodes(rest)] == ["receipt"]
    assert rest["pageInfo"]["hasNextPage"] is False

    others = edges_nodes((await run(INBOX, as_user(other)))["myInbox"])
    mine = [n["id"] for n in first]
    marked = await run(
        "mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { marked unreadCount } }",
        as_user(me),
        ids=[*mine, others[0]["id"], "nope"],
    )
    assert marked["markInboxRead"] == {"marked": 2, "unreadCount": 1}
    assert (await run(INBOX, as_user(other)))["myInbox"]["unreadCount"] == 1  # not theirs to mark

    removed = await run(
        "mutation($e: String!) { unsubscribePush(endpoint: $e) { removed } }", as_user(me), e=browser.endpoint
    )
    assert removed["unsubscribePush"] == {"removed": True}
    assert not await PushSubscription.exists()


@pytest.mark.parametrize(
    ("endpoint", "production", "allow"),
    [
        ("http://push.example.net/x", False, ""),  # not https
        ("https://10.1.2.3/push", False, ""),  # a private address: the server would POST inside the network
        ("https://user:pw@push.example.net/x", False, ""),
        ("http://127.0.0.1:9/push/x", False, ""),  # loopback: not by default, in development too
        ("http://127.0.0.1:9/push/x", True, ""),
        ("http://127.0.0.1:10/push/x", False, "127.0.0.1:9"),  # allowed is one host and port
    ],
)
async def test_endpoints_that_are_not_push_services_are_refused(run, endpoint, production, allow):
    me = await person()
    data = await run(
        SUBSCRIBE,
        as_user(me),
        production=production,
        allow=allow,
        endpoint=endpoint,
        p256dh="BBMVLrRl8YNnbp8epHp2oEpqvF2UvSCUfvUl5uH1e2RaxjSqRzUwFMGUk3_6UcxBpHIoryITj71BxLAdnAZnKSo",
        auth="UA0UGqlIQIkWU6p8_89bOg",
    )
    assert data["subscribePush"]["code"] == "INVALID_SUBSCRIPTION"


async def test_keys_must_be_a_p256_point_and_a_16_byte_secret(run):
    me = await person()
    data = await run(
        SUBSCRIBE, as_user(me), endpoint="https://fcm.googleapis.com/fcm/send/abc", p256dh="AAAA", auth="AAAA"
    )
    assert data["subscribePush"]["code"] == "INVALID_SUBSCRIPTION"


async def test_preferences(run):
    me = await person()
    query = "{ myNotificationPreferences { push sms inbox locale pushDevices } }"
    assert (await run(query, as_user(me)))["myNotificationPreferences"] == {
        "push": True,
        "sms": True,
        "inbox": True,
        "locale": "zh-CN",
        "pushDevices": 0,
    }
    change = """mutation($sms: Boolean, $locale: String) {
      setNotificationPreferences(sms: $sms, locale: $locale) {
        __typename ... on NotificationPreferences { push sms locale } ... on NotificationError { code }
      }
    }"""
    assert (await run(change, as_user(me), locale="fr"))["setNotificationPreferences"] == {
        "__typename": "NotificationError",
        "code": "INVALID_LOCALE",
    }
    done = (await run(change, as_user(me), sms=False, locale="en"))["setNotificationPreferences"]
    assert done == {"__typename": "NotificationPreferences", "push": True, "sms": False, "locale": "en"}
    again = (await run(change, as_user(me), sms=True))["setNotificationPreferences"]
    assert (again["sms"], again["locale"]) == (True, "en")
