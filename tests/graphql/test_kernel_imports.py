"""Arrows run one way: the domains import the GraphQL kernel (``api/graphql``), and only the
composition (``api/schema.py``) imports the domains' GraphQL faces. Read from the source (ast), so a
cycle hidden behind a lazy or function-level import is caught too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from api.settings import ROOT

KERNEL = ROOT / "api" / "graphql"

# A domain module whose name (or package) is one of these is its GraphQL face or its services: the
# kernel must not import it. A domain's leaf contract files (enums.py, errors.py) are fine.
FACES = frozenset(
    {"graphql", "schema", "types", "inputs", "queries", "mutations", "subscriptions", "loaders", "services"}
)
# Everything else the kernel takes from a domain, named: a new arrow is a decision, not an accident.
LEAVES = frozenset({"enums", "errors", "error_codes"})
ALLOWED = frozenset(
    {
        "api.catalog.entities",  # Context.catalog() answers the catalogue snapshot
        "api.catalog.snapshot",  # Context holds the CatalogCache
        "api.identity.principal",  # who is asking (Context, permissions, cost budgets)
        "api.identity.runtime",  # Context holds the identity runtime (keys, relying party, SMS)
        "api.identity.ratelimit",  # a spent query budget is the same RATE_LIMITED as every limit
    }
)
# Not domains: the kernel's own modules and the shared primitives below every domain.
SHARED = ("api.graphql", "api.failures", "api.logs", "api.settings", "api.clock")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute, including ``from package import module``."""
    package = "api.graphql"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # maybe a submodule
    return found


def _ours(module: str) -> bool:
    return module.split(".")[0] in ("api", "notifications")


def _domain_module(module: str) -> bool:
    return _ours(module) and not any(module == s or module.startswith(s + ".") for s in SHARED)


def refused(module: str) -> str | None:
    """Why the kernel may not import ``module`` (None: it may)."""
    if not _domain_module(module):
        return None
    parts = module.split(".")
    if module == "api.schema" or any(part in FACES for part in parts[1:]):
        return "a domain's GraphQL face or services (or the composition)"
    if len(parts) <= 2:  # a package: ``from api import catalog`` is judged by what it then names
        return None
    # the module itself, or the module a name was imported from (``…principal.Principal``)
    for candidate in (module, module.rsplit(".", 1)[0]):
        if candidate in ALLOWED or candidate.rsplit(".", 1)[-1] in LEAVES:
            return None
    return "a domain module not in ALLOWED (name it there, with the reason)"


KERNEL_FILES = sorted(KERNEL.glob("*.py"))


@pytest.mark.parametrize("path", KERNEL_FILES, ids=lambda p: p.name)
def test_the_kernel_imports_no_domain_face(path: Path):
    problems = {m: why for m in sorted(imported_modules(path)) if (why := refused(m)) is not None}
    assert not problems, f"{path.relative_to(ROOT)} imports {problems}"


def test_the_composition_lives_outside_the_kernel():
    assert not (KERNEL / "schema.py").exists()
    assert "api.schema" not in set().union(*(imported_modules(p) for p in KERNEL_FILES))


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("api.review.graphql", False),
        ("api.catalog.types", False),
        ("api.applications.services.submit", False),
        ("notifications.graphql", False),
        ("api.schema", False),
        ("api.review.models", False),
        ("api.review.errors", True),
        ("api.applications.enums", True),
        ("api.identity.principal", True),
        ("api.identity.principal.Principal", True),
        ("api.graphql.errors", True),
        ("api.failures", True),
        ("strawberry", True),
    ],
)
def test_the_rule_itself(module: str, allowed: bool):
    assert (refused(module) is None) is allowed
