"""Text analysis for catalogue search: words (jieba), pinyin keys (pypinyin) and synonym groups.

Chinese is segmented into words by jieba's ``cut_for_search`` (a long word also yields the dictionary
words inside it: 营业执照 → 营业, 执照, 营业执照), with the catalogue's own keywords and synonyms added to
the dictionary so that 开餐馆 or 一件事 stay whole. Latin text is lower-cased words. A word is also
reachable by its pinyin, in full (``canguan``) or by initials (``cg``), which is how people type on a
phone when they do not want to pick characters, and how a homophone typo (身份正) still finds its word.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence

import jieba
from pypinyin import lazy_pinyin

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+")
_SPLIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]+")

# Words that say nothing about what someone wants to do ("开饭店要办什么" is about 开饭店).
_STOPWORDS = """
了 的 地 得 着 吗 呢 啊 吧 呀 么 要 想 想要 我 我要 我想 你 他 她 们 我们
怎么 怎么办 怎样 如何 什么 哪些 哪里 哪儿
在 去 到 和 与 及 或 跟 给 把 被 是 有 没 能 可以 需要 应该 该 请问 一下 办 办理 办个 要办 去办 手续 流程
材料 一件 一件事 事 事情 需 带 带什么 the a an of to for in on and or my i how what do
"""
STOPWORDS = frozenset(_STOPWORDS.split())

jieba.setLogLevel(logging.WARNING)
_tokenizer = jieba.Tokenizer()
_tokenizer_lock = threading.Lock()


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def is_cjk(word: str) -> bool:
    return bool(_CJK.search(word))


def teach(words: Iterable[str]) -> None:
    """Add the catalogue's own words (keywords, synonyms) to the segmenter's dictionary."""
    with _tokenizer_lock:
        for word in words:
            word = normalize(word)
            if len(word) >= 2 and is_cjk(word) and " " not in word:
                _tokenizer.add_word(word, freq=max(_tokenizer.suggest_freq(word), 50_000))


def words(text: str) -> list[str]:
    """The words of a text, in order and with repeats: CJK by jieba, Latin lower-cased, stopwords and
    lone CJK characters left out (they say too little: 开, 生, 丢)."""
    out: list[str] = []
    for chunk in _SPLIT.findall(normalize(text)):
        if not is_cjk(chunk):
            out.extend(w for w in _LATIN.findall(chunk) if w not in STOPWORDS)
            continue
        for run in re.split(r"([a-z0-9]+)", chunk):
            if not run:
                continue
            if not is_cjk(run):
                out.extend(w for w in _LATIN.findall(run) if w not in STOPWORDS)
                continue
            out.extend(w for w in _tokenizer.cut_for_search(run) if len(w) >= 2 and w not in STOPWORDS)
    return out


def pinyin_keys(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of a CJK word: 营业执照 → ("yingyezhizhao", "yyzz")."""
    syllables = lazy_pinyin(word, errors="ignore")
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def syllables(text: str) -> list[tuple[str, str]]:
    """Each CJK character of a run of them with its pinyin: 身份正 → [(身, shen), (份, fen), (正, zheng)]."""
    chars = [c for c in text if is_cjk(c)]
    return list(zip(chars, lazy_pinyin(chars), strict=True)) if chars else []


def cjk_runs(text: str) -> list[str]:
    return _CJK_RUN.findall(text)


def latin_query(text: str) -> str:
    """The Latin letters of a query with spaces removed: "can guan" → "canguan"."""
    return "".join(_LATIN.findall(normalize(text)))


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


class Synonyms:
    """Groups of words that mean the same thing to someone searching (饭店 = 餐馆 = 餐厅)."""

    def __init__(self, groups: Sequence[Sequence[str]] = ()):
        self.groups = tuple(
            tuple(dict.fromkeys(normalize(w) for w in group if w.strip())) for group in groups
        )
        self._of: dict[str, set[str]] = {}
        for group in self.groups:
            for word in group:
                self._of.setdefault(word, set()).update(w for w in group if w != word)

    def of(self, word: str) -> set[str]:
        return self._of.get(word, set())

    def words(self) -> list[str]:
        return list(self._of)

    def variants(self, text: str, limit: int = 12) -> list[str]:
        """The text with each synonym found in it swapped for the others of its group (longest first)."""
        out = [text]
        for word in sorted(self._of, key=len, reverse=True):
            if len(out) >= limit:
                break
            if any(word in v for v in out):
                out.extend(
                    v.replace(word, other) for v in list(out) for other in sorted(self._of[word]) if word in v
                )
        return list(dict.fromkeys(out))[:limit]
