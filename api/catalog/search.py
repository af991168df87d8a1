"""Search over the catalogue's items and bundles, in memory, ranked by relevance.

The index is built from a catalogue snapshot (``build_catalog``), so it follows every load or
publication of the catalogue and behaves the same on SQLite and PostgreSQL. Text is analysed by
``search_text`` (jieba words, pinyin keys, synonym groups from ``data/catalog/synonyms.yaml``).

Ranking, per entry: for each word of the query (with its synonyms, or the words its pinyin stands
for) the best of ``idf × weight saturation`` over where the word occurs, weighted by field (name >
keywords > what it issues > English name > department > summary > a bundle's items > materials),
scaled by the share of the query's words found; plus a bonus when the query and a name or keyword
contain one another ("开饭店要办什么" contains the keyword 开饭店). Entries scoring under a share of the
best one are left out: a word found only among the materials of every item (身份证) is not a hit.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from api.catalog import search_text as st
from api.catalog.entities import Bundle, ServiceItem


class MatchedOn(StrEnum):
    NAME = "name"
    KEYWORD = "keyword"
    OUTPUT = "output"
    NAME_EN = "name_en"
    DEPARTMENT = "department"
    SUMMARY = "summary"
    ITEM = "item"  # the name of one of a bundle's items
    BUNDLE = "bundle"  # an item of a bundle that matched
    MATERIAL = "material"
    SYNONYM = "synonym"
    PINYIN = "pinyin"
    TYPO = "typo"


WEIGHTS = {
    MatchedOn.NAME: 10.0,
    MatchedOn.KEYWORD: 8.0,
    MatchedOn.OUTPUT: 6.0,
    MatchedOn.NAME_EN: 5.0,
    MatchedOn.DEPARTMENT: 3.0,
    MatchedOn.SUMMARY: 2.0,
    MatchedOn.ITEM: 2.0,
    MatchedOn.MATERIAL: 1.0,
}
SATURATION = 6.0  # weight at which a word's evidence is half of what it can be
CUTOFF = 0.2  # hits score at least this share of the best hit
MEMBER = 0.3  # an item of a bundle that is a hit gets this share of the bundle's score
SYNONYM, PINYIN, TYPO = 0.9, 0.85, 0.7  # how much a word reached that way counts
VOCABULARY_FIELDS = (MatchedOn.NAME, MatchedOn.KEYWORD, MatchedOn.OUTPUT, MatchedOn.ITEM)

Entry = ServiceItem | Bundle


def _fields(entry: Entry) -> list[tuple[str, MatchedOn]]:
    out = [(entry.name, MatchedOn.NAME), (entry.name_en, MatchedOn.NAME_EN)]
    out.append((entry.summary, MatchedOn.SUMMARY))
    out += [(k, MatchedOn.KEYWORD) for k in entry.keywords]
    if isinstance(entry, ServiceItem):
        out.append((entry.department.name, MatchedOn.DEPARTMENT))
        if entry.output is not None:
            out.append((entry.output.name, MatchedOn.OUTPUT))
        out += [(m.material.name, MatchedOn.MATERIAL) for m in entry.materials]
    else:
        out += [(d.name, MatchedOn.DEPARTMENT) for d in entry.departments]
        out += [(i.name, MatchedOn.ITEM) for i in entry.items]
    return out


def _phrases(entry: Entry) -> list[tuple[str, MatchedOn]]:
    """Whole names and keywords, for the containment bonus (a name's bracketed part counts alone too)."""
    name = st.normalize(entry.name)
    out = [(name, MatchedOn.NAME)]
    for left, right in (("(", ")"), ("（", "）")):
        if left in name and right in name:
            inner = name[name.index(left) + 1 : name.index(right)]
            out += [(inner, MatchedOn.NAME), (name[: name.index(left)], MatchedOn.NAME)]
    return out + [(st.normalize(k), MatchedOn.KEYWORD) for k in entry.keywords]


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    score: float
    matched_on: tuple[MatchedOn, ...]


@dataclass(frozen=True, slots=True)
class SearchHits:
    text: str
    total: int
    results: tuple[Hit, ...]
    suggestions: tuple[str, ...] = ()

    @property
    def hits(self) -> tuple[Entry, ...]:
        return tuple(h.entry for h in self.results)


@dataclass(slots=True)
class _Posting:
    weight: float  # summed over the fields where the word occurs
    where: MatchedOn  # the weightiest of them


@dataclass(slots=True)
class _Alternative:
    factor: float
    via: MatchedOn | None  # None: the word as typed


class SearchIndex:
    """Built once per catalogue revision; ``search`` does no I/O and takes well under a millisecond."""

    def __init__(self, entries: Sequence[Entry], synonyms: st.Synonyms | None = None, revision: int = 0):
        self.revision = revision
        self.synonyms = synonyms or st.Synonyms()
        self._entries = tuple(entries)
        st.teach([k for e in self._entries for k in e.keywords] + self.synonyms.words())
        # word → entry index → (weighted frequency, best field)
        self._postings: dict[str, dict[int, _Posting]] = defaultdict(dict)
        vocabulary: set[str] = set()
        for idx, entry in enumerate(self._entries):
            for text, where in _fields(entry):
                for word in st.words(text):
                    slot = self._postings[word].setdefault(idx, _Posting(0.0, where))
                    slot.weight += WEIGHTS[where]
                    if WEIGHTS[where] > WEIGHTS[slot.where]:
                        slot.where = where
                    if where in VOCABULARY_FIELDS and st.is_cjk(word):
                        vocabulary.add(word)
        # names and keywords, for the bonus: by text, and all in one string to find what holds a text
        self._phrase_map: dict[str, list[tuple[int, MatchedOn]]] = defaultdict(list)
        self._phrase_list = [(p, i, k) for i, e in enumerate(self._entries) for p, k in _phrases(e) if p]
        for phrase, idx, kind in self._phrase_list:
            self._phrase_map[phrase].append((idx, kind))
        self._longest_phrase = max((len(p) for p in self._phrase_map), default=0)
        self._phrase_starts: list[int] = []
        offset = 0
        for phrase, _, _ in self._phrase_list:
            self._phrase_starts.append(offset)
            offset += len(phrase) + 1
        self._phrase_blob = "\0".join(p for p, _, _ in self._phrase_list)
        position = {id(e): i for i, e in enumerate(self._entries)}
        self._members = {
            i: [position[id(item)] for item in e.items if id(item) in position]
            for i, e in enumerate(self._entries)
            if isinstance(e, Bundle)
        }
        total = len(self._entries)
        self._idf = {
            w: math.log(1 + (total - len(p) + 0.5) / (len(p) + 0.5)) for w, p in self._postings.items()
        }
        # pinyin (full or initials) → the words it stands for
        self._pinyin: dict[str, set[str]] = defaultdict(set)
        for word in vocabulary | {w for w in self.synonyms.words() if st.is_cjk(w)}:
            full, initials = st.pinyin_keys(word)
            self._pinyin[full].add(word)
            if len(initials) >= 2:
                self._pinyin[initials].add(word)
        self._full_keys = [k for k in self._pinyin if len(k) >= 5]
        self._latin_words = [w for w in self._postings if not st.is_cjk(w) and len(w) >= 4]
        self._suggestable = sorted({k for e in self._entries for k in e.keywords})

    # -- the query ---------------------------------------------------------------------------------

    def _group(self, word: str, via: MatchedOn | None, factor: float) -> dict[str, _Alternative]:
        group = {word: _Alternative(factor, via)}
        for other in self.synonyms.of(word):
            group.setdefault(other, _Alternative(factor * SYNONYM, via or MatchedOn.SYNONYM))
        return group

    def _segment_pinyin(self, latin: str) -> list[str] | None:
        """Split Latin letters into pinyin keys of known words, in as few pieces as possible."""
        n = len(latin)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(max(0, end - 24), end):
                done, known = best[start], best[end]
                if done is None or latin[start:end] not in self._pinyin:
                    continue
                if known is None or len(done) < len(known) - 1:
                    best[end] = [*done, latin[start:end]]
        return best[n]

    def _query_groups(self, text: str) -> tuple[list[dict[str, _Alternative]], list[str]]:
        """The query's words, each a group of alternatives; and the texts for the phrase bonus."""
        groups: list[dict[str, _Alternative]] = []
        phrases = self.synonyms.variants(text)
        for word in dict.fromkeys(st.words(text)):
            group = self._group(word, None, 1.0)
            if not st.is_cjk(word) and word not in self._postings and len(word) >= 5:
                for known in self._latin_words:
                    if st.within_one_edit(word, known):
                        group.setdefault(known, _Alternative(TYPO, MatchedOn.TYPO))
            groups.append(group)
        sounds_like = self._homophones(text, {w for g in groups for w in g})
        groups += sounds_like
        phrases += [w for g in sounds_like for w, alt in g.items() if alt.via is MatchedOn.TYPO]
        latin = st.latin_query(text)
        if latin and not st.is_cjk(text) and not latin.isdigit():
            pieces = self._segment_pinyin(latin)
            if pieces is None and len(latin) >= 5:
                pieces = [k for k in self._full_keys if st.within_one_edit(latin, k)][:1]
            if pieces:
                latin_groups = []
                for piece in pieces:
                    group: dict[str, _Alternative] = {}
                    for found in sorted(self._pinyin[piece]):
                        group.update(self._group(found, MatchedOn.PINYIN, PINYIN))
                    latin_groups.append(group)
                phrases += ["".join(sorted(self._pinyin[p], key=len)[-1] for p in pieces)]
                english = [g for g in groups if any(w in self._postings for w in g)]
                groups = latin_groups if not english else [*english, *latin_groups]
        return groups, phrases

    def _homophones(self, text: str, known: set[str]) -> list[dict[str, _Alternative]]:
        """Groups for the catalogue words that a stretch of the query sounds like (身份正, 营业执找)."""
        groups = []
        for run in st.cjk_runs(text):
            sounds = st.syllables(run)
            for length in range(min(6, len(run)), 1, -1):
                for start in range(len(run) - length + 1):
                    piece = run[start : start + length]
                    if piece in self._postings or (length == 2 and len(run) > 2):
                        continue
                    key = "".join(p for _, p in sounds[start : start + length])
                    found = [w for w in self._pinyin.get(key, ()) if w not in known and len(w) == length]
                    for word in found:
                        groups.append(self._group(word, MatchedOn.TYPO, TYPO))
                        known.add(word)
        return groups

    # -- scoring -----------------------------------------------------------------------------------

    def _phrase_bonuses(self, texts: list[str]) -> dict[int, tuple[float, MatchedOn]]:
        """Per entry, the best bonus for a query text equal to, containing or contained in one of its
        names or keywords: found by dictionary look-ups of the text's substrings and one scan of
        all phrases, not by comparing the text with every phrase."""
        best: dict[int, tuple[float, MatchedOn]] = {}

        def offer(idx: int, score: float, kind: MatchedOn) -> None:
            if score > best.get(idx, (0.0, kind))[0]:
                best[idx] = (score, kind)

        for text in filter(None, texts):
            n = len(text)
            for length in range(2, min(n, self._longest_phrase) + 1):
                for start in range(n - length + 1):
                    for idx, kind in self._phrase_map.get(text[start : start + length], ()):
                        exact = 6.0 if kind is MatchedOn.NAME else 5.0
                        offer(idx, exact if length == n else 4.0 * length / n, kind)
            if n < 2:
                continue
            at = self._phrase_blob.find(text)
            while at != -1:
                phrase_no = bisect.bisect_right(self._phrase_starts, at) - 1
                phrase, idx, kind = self._phrase_list[phrase_no]
                if len(phrase) > n:
                    offer(idx, (3.5 if kind is MatchedOn.NAME else 3.0) * n / len(phrase), kind)
                at = self._phrase_blob.find(text, at + 1)
        return best

    def search(self, asked: str, first: int) -> SearchHits:
        text = st.normalize(asked)
        groups, phrases = self._query_groups(text)
        if not groups and not text:
            return SearchHits(text=asked, total=0, results=())
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, int] = defaultdict(int)
        matched: dict[int, set[MatchedOn]] = defaultdict(set)
        for group in groups:
            best: dict[int, tuple[float, set[MatchedOn]]] = {}
            for word, alt in group.items():
                for idx, posting in self._postings.get(word, {}).items():
                    weight = posting.weight
                    value = alt.factor * self._idf[word] * weight / (weight + SATURATION)
                    if value > best.get(idx, (0.0, set()))[0]:
                        best[idx] = (value, {posting.where} | ({alt.via} if alt.via else set()))
            for idx, (value, how) in best.items():
                scores[idx] += value
                covered[idx] += 1
                matched[idx] |= how
        for idx in scores:
            scores[idx] *= 0.5 + 0.5 * covered[idx] / len(groups)
        for idx, (bonus, where) in self._phrase_bonuses(phrases).items():
            scores[idx] += bonus
            matched[idx].add(where)
        for idx, members in self._members.items():
            if scores.get(idx, 0.0) > 0:
                for member in members:
                    if MEMBER * scores[idx] > scores.get(member, 0.0):
                        scores[member] = MEMBER * scores[idx]
                        matched[member].add(MatchedOn.BUNDLE)
        top = max(scores.values(), default=0.0)
        ranked = sorted(
            (idx for idx, score in scores.items() if score > 0 and score >= CUTOFF * top),
            key=lambda idx: (-scores[idx], idx),
        )
        results = tuple(
            Hit(self._entries[i], round(scores[i], 3), tuple(sorted(matched[i])))
            for i in ranked[:first]
        )
        suggestions = () if ranked else self.suggest(text)
        return SearchHits(text=asked, total=len(ranked), results=results, suggestions=suggestions)

    def suggest(self, text: str, limit: int = 5) -> tuple[str, ...]:
        """For a query that found nothing: keywords sharing the most characters with it."""
        chars = {c for c in text if st.is_cjk(c)}
        scored = sorted(
            ((len(chars & set(k)), k) for k in self._suggestable if chars & set(k)),
            key=lambda pair: (-pair[0], len(pair[1]), pair[1]),
        )
        return tuple(k for _, k in scored[:limit])
