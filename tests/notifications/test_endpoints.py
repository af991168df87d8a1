"""SSRF rules for Web Push endpoints: every spelling of a non-public address is refused when the
subscription is saved, the name is resolved and checked again when a message is sent (DNS rebinding),
the connection goes to the address that was checked, and redirects are not followed. DNS is an
injected resolver: nothing here reaches the internet."""

from __future__ import annotations

import ipaddress

import pytest

from api.settings import Settings
from notifications import services
from notifications.channels import FAILED, GONE, SENT, PushTarget, WebPush
from notifications.endpoints import EndpointPolicy, EndpointRefused, is_public, legacy_ipv4
from notifications.models import Delivery, PushSubscription
from notifications.vapid import VapidKeys, generate_pem
from tests.notifications.conftest import FAST, allowing, application, outbox, person, worker_for

PUBLIC = "93.184.216.34"


class FakeDns:
    """A resolver: name → answers (a list per call, the last one repeating); records every lookup."""

    def __init__(self, **answers: list[str] | list[list[str]]) -> None:
        self.answers = {name.replace("_", "."): value for name, value in answers.items()}
        self.calls: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        answers = self.answers.get(host)
        if answers is None:
            raise OSError(f"no such name {host}")
        if answers and isinstance(answers[0], list):
            return answers[min(len(self.calls), len(answers)) - 1]
        return answers


LOOPBACK_SPELLINGS = [
    "https://127.0.0.1/push",
    "https://127.1/push",
    "https://127.0.1/push",
    "https://0177.0.0.1/push",
    "https://0x7f.0.0.1/push",
    "https://0x7F.0.0.1/push",
    "https://2130706433/push",
    "https://0x7f000001/push",
    "https://017700000001/push",
    "https://0177.0x0.0.1/push",  # mixed octal and hex
    "https://0x7f.1/push",
    "https://127.000.000.001/push",
    "https://127.0.0.1./push",  # trailing dot
    "https://localhost/push",
    "https://localhost./push",
    "https://push.localhost/push",
    "https://push.example.com@127.0.0.1/push",  # user info: the host is 127.0.0.1
    "https://push.example.com:443@127.0.0.1/push",
    "https://:@127.0.0.1/push",
    "https://[::1]/push",
    "https://[::ffff:127.0.0.1]/push",  # IPv4-mapped
    "https://[::ffff:7f00:1]/push",
    "https://[0:0:0:0:0:ffff:127.0.0.1]/push",
    "https://[::127.0.0.1]/push",  # IPv4-compatible (deprecated)
    "https://１２７.０.０.１/push",  # full-width digits: IDNA maps them to 127.0.0.1
    "https://127。0。0。1/push",  # ideographic full stops
    "https://%31%32%37.0.0.1/push",  # percent-encoded host
    "https://127.0.0.1%2f@push.example.com/push",
    "https://[::1%25lo]/push",  # zone id
]

OTHER_NON_PUBLIC = [
    "https://10.0.0.1/push",
    "https://172.16.5.4/push",
    "https://192.168.1.1/push",
    "https://169.254.169.254/latest/meta-data",  # cloud metadata
    "https://[fd00:ec2::254]/push",  # AWS metadata over IPv6
    "https://100.64.0.1/push",  # CGNAT
    "https://100.127.255.254/push",
    "https://0.0.0.0/push",
    "https://0/push",
    "https://[::]/push",
    "https://224.0.0.1/push",  # multicast
    "https://[ff02::1]/push",
    "https://240.0.0.1/push",  # reserved
    "https://255.255.255.255/push",
    "https://[fe80::1]/push",  # link-local
    "https://[fc00::1]/push",  # unique local
    "https://[64:ff9b::10.0.0.1]/push",  # NAT64 of a private address
    "https://[64:ff9b::a9fe:a9fe]/push",  # NAT64 of the metadata address
    "https://[2002:a00:1::]/push",  # 6to4 of 10.0.0.1
    "https://[2002:7f00:1::1]/push",  # 6to4 of 127.0.0.1
    "https://[::ffff:169.254.169.254]/push",
    "https://[::ffff:a9fe:a9fe]/push",
    "https://198.18.0.1/push",
    "https://192.0.0.8/push",
]

NOT_HTTPS_443 = [
    "http://push.example.com/push",
    "ftp://push.example.com/push",
    "https://push.example.com:8443/push",
    "https://push.example.com:80/push",
    "https://push.example.com:0443x/push",
    "https://push.example.com:99999/push",
    "https://push/push",  # a single label: not a public DNS name
    "https://push.internal/push",
    "https://push.example.com./push",
    "https://push_service.example.com/push",
    "https://push.example.com\\@127.0.0.1/push",
    "https://push.example.com /push",
    "https://0x08.8.8.8/push",  # public, but spelled the way only a legacy parser reads it
    "https://8.8.2056/push",
    "https://1.2.3.4.5/push",
    "https://256.1.1.1/push",
    "https://09.1.1.1/push",
    "//push.example.com/push",
    "https://" + "a" * 1100 + ".example.com/push",
]


@pytest.mark.parametrize("endpoint", LOOPBACK_SPELLINGS + OTHER_NON_PUBLIC + NOT_HTTPS_443)
async def test_endpoints_that_are_not_public_https_push_services_are_refused(endpoint):
    dns = FakeDns(push_example_com=[PUBLIC])
    with pytest.raises(EndpointRefused):
        await EndpointPolicy(resolver=dns).vet(endpoint)
    # IP literals in any spelling are judged without DNS (the address is in the URL)
    assert all(host == "push.example.com" for host, _ in dns.calls)


@pytest.mark.parametrize(
    "spelling",
    [
        "127.1",
        "0177.0.0.1",
        "0x7f.0.0.1",
        "2130706433",
        "0x7f000001",
        "0177.0x0.0.1",
        "0x7f.1",
        "127.0.1",
        "017700000001",
    ],
)
def test_legacy_ipv4_spellings_mean_loopback(spelling):
    assert legacy_ipv4(spelling) == ipaddress.IPv4Address("127.0.0.1")


@pytest.mark.parametrize(
    "answer",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.3.2",
        "0.0.0.0",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "fd00:ec2::254",
        "fe80::1%2",
        "64:ff9b::7f00:1",
        "2002:c0a8:1::1",
        "224.0.0.251",
        "not-an-address",
    ],
)
async def test_a_name_resolving_to_a_non_public_address_is_refused(answer):
    with pytest.raises(EndpointRefused):
        await EndpointPolicy(resolver=FakeDns(push_example_com=[answer])).vet("https://push.example.com/p")


async def test_one_non_public_address_among_public_ones_is_enough_to_refuse():
    dns = FakeDns(push_example_com=[PUBLIC, "2606:2800:220:1::1", "10.0.0.7"])
    with pytest.raises(EndpointRefused, match="non-public"):
        await EndpointPolicy(resolver=dns).vet("https://push.example.com/p")


async def test_a_name_that_does_not_resolve_is_refused():
    with pytest.raises(EndpointRefused, match="does not resolve"):
        await EndpointPolicy(resolver=FakeDns()).vet("https://push.example.com/p")
    with pytest.raises(EndpointRefused, match="no addresses"):
        await EndpointPolicy(resolver=FakeDns(push_example_com=[])).vet("https://push.example.com/p")


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://push.example.com/send/abc",
        "https://push.example.com:443/send/abc",
        "https://PUSH.Example.com/send/abc",
        "https://93.184.216.34/send/abc",
        "https://[2606:2800:220:1:248:1893:25c8:1946]/send/abc",
        "https://[64:ff9b::5db8:d822]/send/abc",  # NAT64 of a public address
    ],
)
async def test_public_https_push_services_are_taken(endpoint):
    dns = FakeDns(push_example_com=[PUBLIC, "2606:2800:220:1:248:1893:25c8:1946"])
    target = await EndpointPolicy(resolver=dns).vet(endpoint)
    assert target.port == 443


async def test_an_international_name_is_resolved_in_its_ascii_form():
    dns = FakeDns(**{"xn--bcher-kva_example": [PUBLIC]})
    target = await EndpointPolicy(resolver=dns).vet("https://bücher.example/push")
    assert target.host == "xn--bcher-kva.example"
    assert dns.calls == [("xn--bcher-kva.example", 443)]


def test_is_public():
    assert is_public(ipaddress.ip_address("8.8.8.8"))
    assert is_public(ipaddress.ip_address("2001:4860:4860::8888"))
    assert not is_public(ipaddress.ip_address("::ffff:192.168.0.1"))
    assert not is_public(ipaddress.ip_address("2001:0:4136:e378:8000:63bf:3fff:fdd2"))  # Teredo


def test_the_loopback_allow_list_is_refused_in_production(monkeypatch):
    with pytest.raises(ValueError, match="PUSH_ALLOW_HOSTS"):
        Settings(production=True, push_allow_hosts="127.0.0.1:9")
    with pytest.raises(ValueError, match="PUSH_ALLOW_HOSTS"):
        EndpointPolicy.from_setting("127.0.0.1:9", production=True)
    monkeypatch.setenv("ONEVISIT_ENV", "production")
    monkeypatch.setenv("PUSH_ALLOW_HOSTS", "127.0.0.1:9")
    with pytest.raises(ValueError, match="PUSH_ALLOW_HOSTS"):
        Settings.from_env()
    monkeypatch.setenv("ONEVISIT_ENV", "development")
    assert Settings.from_env().push_endpoints.allow == {("127.0.0.1", 9)}
    with pytest.raises(ValueError, match="host:port"):
        EndpointPolicy.from_setting("127.0.0.1")


async def test_the_allow_list_lets_exactly_one_host_and_port_through():
    policy = EndpointPolicy.from_setting("127.0.0.1:8123, [::1]:9000", resolver=FakeDns())
    assert (await policy.vet("http://127.0.0.1:8123/push/x")).allowed
    assert (await policy.vet("https://[::1]:9000/push/x")).allowed
    for other in ("http://127.0.0.1:8124/push/x", "http://127.0.0.2:8123/push/x", "https://127.0.0.1/push/x"):
        with pytest.raises(EndpointRefused):
            await policy.vet(other)


def _sender(policy: EndpointPolicy) -> WebPush:
    return WebPush(VapidKeys.from_pem(generate_pem()), "mailto:ops@example.gov.cn", endpoints=policy)


async def test_dns_rebinding_after_subscribing_is_refused_at_send_and_the_subscription_dropped(database):
    citizen = await person()
    # public when the subscription is saved, loopback when the worker connects
    dns = FakeDns(push_example_com=[[PUBLIC], ["127.0.0.1"]])
    policy = EndpointPolicy(resolver=dns)
    keys = {
        "p256dh": "BBMVLrRl8YNnbp8epHp2oEpqvF2UvSCUfvUl5uH1e2RaxjSqRzUwFMGUk3_6UcxBpHIoryITj71BxLAdnAZnKSo",
        "auth": "UA0UGqlIQIkWU6p8_89bOg",
    }
    await services.subscribe(citizen.id, "https://push.example.com/send/abc", **keys, endpoints=policy)
    assert await PushSubscription.filter(user=citizen).count() == 1
    await outbox(citizen, "ready_for_pickup", await application(citizen), lockerCode="112233")

    from notifications.worker import Worker

    worker = Worker(FAST, endpoints=policy)
    try:
        result = await worker.deliver_batch()
    finally:
        await worker.close()
    # the second lookup is the connection's own: it answered loopback, nothing was connected to
    assert dns.calls == [("push.example.com", 443), ("push.example.com", 443)]
    assert result.gone == 1 and result.done == 1
    [delivery] = await Delivery.filter(channel="push")
    assert delivery.status == "gone" and "non-public" in delivery.last_error
    assert not await PushSubscription.filter(user=citizen).exists()  # never tried again


async def test_a_stored_endpoint_that_breaks_the_rules_is_not_sent_to():
    dns = FakeDns(push_example_com=[PUBLIC])
    async with _sender(EndpointPolicy(resolver=dns)) as sender:
        outcome = await sender.send(
            PushTarget("https://0x7f.1/push", "x", "y"), b"{}", urgency="normal", topic="t"
        )
    assert outcome.status == GONE and "non-canonical" in outcome.error
    assert dns.calls == []


async def test_the_connection_goes_to_the_checked_address_with_the_name_as_host(push_service):
    """A name on the allow-list resolving (by the injected resolver) to the fake service: aiohttp
    connects to the address the resolver answered and keeps the name in ``Host``."""
    browser = push_service.subscribe()
    dns = FakeDns(push_test_example=["127.0.0.1"])
    policy = EndpointPolicy.from_setting(f"push.test.example:{push_service.port}", resolver=dns)
    endpoint = browser.endpoint.replace("127.0.0.1", "push.test.example")
    async with _sender(policy) as sender:
        outcome = await sender.send(
            PushTarget(endpoint, browser.p256dh, browser.auth), b'{"a":1}', urgency="normal", topic="t"
        )
    assert outcome.status == SENT
    [received] = push_service.received
    assert received.headers["host"] == f"push.test.example:{push_service.port}"
    assert dns.calls == [("push.test.example", push_service.port)]


async def test_redirects_are_not_followed(push_service):
    browser = push_service.subscribe()
    elsewhere = push_service.subscribe()
    push_service.fail = lambda n: 307
    push_service.redirect = elsewhere.endpoint
    async with _sender(allowing(push_service)) as sender:
        outcome = await sender.send(
            PushTarget(browser.endpoint, browser.p256dh, browser.auth), b"{}", urgency="normal", topic="t"
        )
    assert outcome.status == FAILED and outcome.error == "HTTP 307"
    assert push_service.requests == 1  # the Location was not asked for


async def test_the_worker_delivers_through_the_allow_list_only(database, push_service):
    citizen = await person()
    browser = push_service.subscribe()
    # stored before the rules were tightened (or by hand): the default rules will not send to it
    await PushSubscription.create(
        user=citizen, endpoint=browser.endpoint, p256dh=browser.p256dh, auth=browser.auth
    )
    app = await application(citizen)
    await outbox(citizen, "receipt", app)
    from notifications.worker import Worker

    strict = Worker(FAST)
    try:
        result = await strict.deliver_batch()
    finally:
        await strict.close()
    assert result.gone == 1 and push_service.requests == 0
    assert not await PushSubscription.exists()

    await PushSubscription.create(
        user=citizen, endpoint=browser.endpoint, p256dh=browser.p256dh, auth=browser.auth
    )
    await outbox(citizen, "accepted", app)
    allowed = worker_for(push_service)
    try:
        result = await allowed.deliver_batch()
    finally:
        await allowed.close()
    assert result.sent["push"] == 1 and len(push_service.messages_for(browser)) == 1
