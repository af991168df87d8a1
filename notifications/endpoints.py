"""Where the server may POST a Web Push message (SSRF rules).

A browser hands us its push service's URL and the server POSTs to it, so an attacker could hand us
``https://169.254.169.254/…`` or ``https://push.example.com@127.0.0.1/``. An endpoint is taken only
when it is ``https`` on port 443, has no user info, and names a host (or IP literal) whose every
address is public. Hosts are checked as an HTTP client would read them: non-ASCII names through
IDNA (UTS #46, which maps full-width digits and dots), IPv4 in any legacy encoding (``127.1``,
``0177.0.0.1``, ``0x7f.0.0.1``, ``2130706433``) decoded and refused unless canonical, IPv6 literals
with IPv4 inside (mapped, compatible, NAT64, 6to4) judged by the IPv4 address too.

Resolution happens twice: when the subscription is saved, and when a message is sent — the send
uses :class:`PinnedResolver`, an aiohttp resolver that checks every address it returns, so the
address checked is the address connected to (a name that rebinds to a private address between the
two is refused at the connection). TLS SNI and ``Host`` stay the name. Redirects are not followed.

``PUSH_ALLOW_HOSTS`` (``host:port`` entries, comma separated) lets tests and benchmarks deliver to a
fake push service on loopback (``http`` or ``https``, any address); production refuses to start with
it set.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp
import idna
from aiohttp.abc import AbstractResolver, ResolveResult

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port -> the addresses it resolves to (strings, as getaddrinfo gives them)
Resolver = Callable[[str, int], Awaitable[list[str]]]

MAX_ENDPOINT = 1024
METADATA = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200"))
_V4_NOT_PUBLIC = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",  # CGNAT
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, broadcast
    )
)
_V4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_6TO4 = ipaddress.ip_network("2002::/16")
_TEREDO = ipaddress.ip_network("2001::/32")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_NUMERIC_PART = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_LOCAL_SUFFIXES = (
    ".localhost",
    ".local",
    ".internal",
    ".localdomain",
    ".home.arpa",
    ".in-addr.arpa",
    ".ip6.arpa",
)


class EndpointRefused(ValueError):
    """The endpoint is not a public https push service; ``reason`` says why (English, no secrets)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AddressRefused(OSError):
    """Raised by :class:`PinnedResolver` inside aiohttp's connector (which wraps ``OSError`` in
    ``ClientConnectorDNSError``): the name resolved to an address that is not public."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_public(address: Address) -> bool:
    """True only for a unicast address on the public internet (IPv4 inside IPv6 is judged as IPv4)."""
    if address in METADATA:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            return False
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address in _V4_COMPATIBLE or address in _NAT64_LOCAL or address in _TEREDO:
            return False
        if address in _NAT64:
            return is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address in _6TO4:
            return is_public(ipaddress.IPv4Address((int(address) >> 80) & 0xFFFFFFFF))
    elif any(address in network for network in _V4_NOT_PUBLIC):
        return False
    return (
        not (
            address.is_private
            or address.is_loopback
            or address.is_link_local
            or address.is_multicast
            or address.is_reserved
            or address.is_unspecified
            or getattr(address, "is_site_local", False)
        )
        and address.is_global
    )


def legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The address an ``inet_aton``-style parser (and the WHATWG URL parser) reads in ``host``: 1 to 4
    dot-separated parts, each decimal, octal (leading 0) or hex (0x), the last filling the remaining
    bytes. None when ``host`` is not numeric; ``EndpointRefused`` when it is numeric but invalid."""
    parts = host.split(".")
    if not parts or not _NUMERIC_PART.match(parts[-1]):
        return None  # the last label is not a number: a domain name
    if len(parts) > 4 or not all(_NUMERIC_PART.match(p) for p in parts):
        raise EndpointRefused("a numeric host that is not an IPv4 address")
    values = []
    for part in parts:
        if part.startswith("0x"):
            values.append(int(part[2:] or "0", 16))
        elif len(part) > 1 and part.startswith("0"):
            if not set(part) <= set("01234567"):
                raise EndpointRefused("a numeric host that is not an IPv4 address")
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(values)):
        raise EndpointRefused("a numeric host that is not an IPv4 address")
    number = last
    for i, value in enumerate(head):
        number |= value << (8 * (3 - i))
    return ipaddress.IPv4Address(number)


def _ascii_host(host: str) -> str:
    if host.isascii():
        return host.lower()
    try:  # what browsers and yarl do: UTS #46 mapping (full-width digits and dots become ASCII)
        return idna.encode(host, uts46=True).decode("ascii").lower()
    except idna.IDNAError as exc:
        raise EndpointRefused("a host name that is not a valid IDN") from exc


def _literal(host: str) -> Address | None:
    """The IP address ``host`` spells (any encoding), refusing non-canonical spellings."""
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError as exc:
            raise EndpointRefused("an invalid IPv6 address") from exc
    address = legacy_ipv4(host)
    if address is not None and str(address) != host:
        raise EndpointRefused(f"a non-canonical IPv4 address (it means {address})")
    return address


@dataclass(frozen=True)
class Target:
    """A checked endpoint: the host (ASCII, as connected to) and port, and whether it is allow-listed."""

    endpoint: str
    host: str
    port: int
    literal: Address | None
    allowed: bool


async def system_resolver(host: str, port: int) -> list[str]:
    """The event loop's ``getaddrinfo`` (run in the loop's executor: it never blocks the loop)."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return [str(info[4][0]) for info in infos]


def parse_allow_hosts(value: str | Iterable[str]) -> frozenset[tuple[str, int]]:
    """``"127.0.0.1:8443,[::1]:9000"`` → {("127.0.0.1", 8443), ("::1", 9000)}."""
    entries = [e.strip() for e in value.split(",")] if isinstance(value, str) else [e.strip() for e in value]
    allowed = set()
    for entry in filter(None, entries):
        host, sep, port = entry.rpartition(":")
        if not sep or not port.isdigit() or not host:
            raise ValueError(f"PUSH_ALLOW_HOSTS entries are host:port, not {entry!r}")
        allowed.add((host.strip("[]").lower(), int(port)))
    return frozenset(allowed)


@dataclass(frozen=True)
class EndpointPolicy:
    """The rules for push endpoints; ``resolver`` is injectable (tests never reach a real DNS)."""

    allow: frozenset[tuple[str, int]] = frozenset()
    resolver: Resolver = field(default=system_resolver, compare=False)

    @classmethod
    def from_setting(
        cls,
        allow_hosts: str | Iterable[str] = "",
        *,
        production: bool = False,
        resolver: Resolver | None = None,
    ) -> EndpointPolicy:
        allow = parse_allow_hosts(allow_hosts)
        if allow and production:
            raise ValueError("PUSH_ALLOW_HOSTS is for tests and benchmarks: it is refused in production")
        return cls(allow, resolver or system_resolver)

    def target(self, endpoint: str) -> Target:
        """The static checks (no DNS): scheme, port, user info, host spelling and IP literals."""
        if len(endpoint) > MAX_ENDPOINT:
            raise EndpointRefused("endpoint too long")
        if any(c.isspace() or ord(c) < 0x20 or c == "\\" for c in endpoint):
            raise EndpointRefused("whitespace, control characters or backslashes in the URL")
        parts = urlsplit(endpoint)
        netloc = parts.netloc
        if "@" in netloc or parts.username is not None or parts.password is not None:
            raise EndpointRefused("user info in the URL")
        if "%" in netloc:
            raise EndpointRefused("percent-encoding or a zone id in the host")
        try:
            explicit_port = parts.port
        except ValueError as exc:
            raise EndpointRefused("an invalid port") from exc
        raw_host = parts.hostname or ""
        if not raw_host:
            raise EndpointRefused("no host")
        host = _ascii_host(raw_host)
        scheme = parts.scheme.lower()
        port = explicit_port if explicit_port is not None else {"https": 443, "http": 80}.get(scheme, 0)
        if (host, port) in self.allow and scheme in ("http", "https"):
            return Target(endpoint, host, port, None, True)
        if scheme != "https":
            raise EndpointRefused("not https")
        if port != 443:
            raise EndpointRefused("not port 443")
        if host.endswith("."):
            raise EndpointRefused("a host name with a trailing dot")
        literal = _literal(host)
        if literal is not None:
            if not is_public(literal):
                raise EndpointRefused(f"a non-public address ({literal})")
            return Target(endpoint, str(literal), port, literal, False)
        labels = host.split(".")
        if len(host) > 253 or len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
            raise EndpointRefused("not a public DNS name")
        if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
            raise EndpointRefused("a local-only name")
        return Target(endpoint, host, port, None, False)

    async def addresses(self, host: str, port: int) -> list[str]:
        """Resolve ``host`` and return its addresses if every one is public (``AddressRefused`` if not;
        ``OSError`` from the resolver passes through: the name may resolve later)."""
        if (host, port) in self.allow:
            return await self.resolver(host, port)
        answers = await self.resolver(host, port)
        if not answers:
            raise AddressRefused(f"{host} has no addresses")
        for answer in answers:
            try:
                address = ipaddress.ip_address(answer)
            except ValueError as exc:
                raise AddressRefused(f"{host} resolved to something that is not an address") from exc
            if not is_public(address):
                raise AddressRefused(f"{host} resolves to a non-public address ({address})")
        return answers

    async def vet(self, endpoint: str) -> Target:
        """All checks, DNS included (at subscribe time). Raises ``EndpointRefused``."""
        target = self.target(endpoint)
        if target.allowed or target.literal is not None:
            return target
        try:
            await self.addresses(target.host, target.port)
        except AddressRefused as exc:
            raise EndpointRefused(exc.reason) from exc
        except OSError as exc:
            raise EndpointRefused(f"{target.host} does not resolve") from exc
        return target


class PinnedResolver(AbstractResolver):
    """aiohttp's resolver for push sends: only addresses the policy has just checked are connected to
    (hosts, SNI and ``Host`` stay the name). Use with ``TCPConnector(use_dns_cache=False)`` so every
    new connection is resolved and checked again."""

    def __init__(self, policy: EndpointPolicy) -> None:
        self.policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        answers = await self.policy.addresses(host, port)
        results: list[ResolveResult] = []
        for answer in answers:
            address = ipaddress.ip_address(answer)
            results.append(
                {
                    "hostname": host,
                    "host": str(address),
                    "port": port,
                    "family": socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                    "proto": socket.IPPROTO_TCP,
                    "flags": socket.AI_NUMERICHOST,
                }
            )
        return results

    async def close(self) -> None:
        return None


class PinnedSession:
    """One pooled aiohttp session for sends to outside endpoints (push services, webhook receivers),
    made when first needed and again after it was closed, whose connector connects only to addresses
    ``policy`` has just checked (``PinnedResolver``, no DNS cache)."""

    def __init__(self, policy: EndpointPolicy, timeout: aiohttp.ClientTimeout, connections: int) -> None:
        self.policy = policy
        self.timeout = timeout
        self.connections = connections
        self._session: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self.connections, resolver=PinnedResolver(self.policy), use_dns_cache=False
                ),
                timeout=self.timeout,
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
