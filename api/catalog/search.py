"""Chinese full-text search over the catalogue, in memory.

Chinese has no spaces, so text is indexed by overlapping character bigrams (the approach of
PostgreSQL's pg_bigm and of Lucene's CJK analyser); Latin text by lower-cased words. The index is
built with each catalogue snapshot, so search behaves the same on SQLite and PostgreSQL and costs
no SQL. A query matches an entry when at least half of its terms occur in it; entries are ranked by
how many terms they cover, then by where the terms occur (name > keywords > … > materials).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from api.catalog.entities import Bundle, ServiceItem

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")

# Where a term occurs, and how much that says about the entry.
W_NAME, W_KEYWORD, W_OUTPUT, W_NAME_EN, W_DEPARTMENT, W_SUMMARY, W_MATERIAL = 10, 8, 6, 4, 3, 2, 1
MIN_COVERAGE = 0.5


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def terms(text: str) -> list[str]:
    """Index terms of a text: CJK bigrams (a lone character stays a unigram) and Latin words."""
    text = normalize(text)
    out: list[str] = []
    for run in _CJK.findall(text):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    out.extend(_WORD.findall(_CJK.sub(" ", text)))
    return out


def _fields(entry: ServiceItem | Bundle) -> Iterable[tuple[str, int]]:
    yield entry.name, W_NAME
    yield entry.name_en, W_NAME_EN
    yield entry.summary, W_SUMMARY
    for keyword in entry.keywords:
        yield keyword, W_KEYWORD
    if isinstance(entry, ServiceItem):
        yield entry.department.name, W_DEPARTMENT
        if entry.output is not None:
            yield entry.output.name, W_OUTPUT
        for m in entry.materials:
            yield m.material.name, W_MATERIAL
    else:
        for item in entry.items:
            yield item.name, W_MATERIAL


@dataclass(frozen=True, slots=True)
class SearchHits:
    text: str
    total: int
    hits: tuple[ServiceItem | Bundle, ...]


class SearchIndex:
    def __init__(self, entries: Sequence[ServiceItem | Bundle]):
        self._entries = tuple(entries)
        self._postings: dict[str, dict[int, int]] = defaultdict(dict)
        self._names = [normalize(e.name) for e in self._entries]
        self._keywords = [tuple(normalize(k) for k in e.keywords) for e in self._entries]
        for idx, entry in enumerate(self._entries):
            for text, weight in _fields(entry):
                for term in terms(text):
                    posting = self._postings[term]
                    if posting.get(idx, 0) < weight:
                        posting[idx] = weight

    def search(self, text: str, first: int) -> SearchHits:
        query_terms = list(dict.fromkeys(terms(text)))
        if not query_terms:
            return SearchHits(text=text, total=0, hits=())
        covered: dict[int, int] = defaultdict(int)
        weight: dict[int, int] = defaultdict(int)
        for term in query_terms:
            for idx, w in self._postings.get(term, {}).items():
                covered[idx] += 1
                weight[idx] += w
        needed = max(1, -(-len(query_terms) * MIN_COVERAGE // 1))
        phrase = normalize(text)
        ranked = sorted(
            (idx for idx, count in covered.items() if count >= needed),
            key=lambda idx: (
                -covered[idx],
                -(phrase in self._names[idx]) * 2 - any(phrase in k for k in self._keywords[idx]),
                -weight[idx],
                idx,
            ),
        )
        return SearchHits(text=text, total=len(ranked), hits=tuple(self._entries[i] for i in ranked[:first]))
