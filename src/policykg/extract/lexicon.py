"""Dictionaries of surface forms, matched with Aho-Corasick (leftmost-longest).

A Lexicon maps each surface form to (label, canonical name, priority). The
built-in one comes from the package data; a corpus run copies it and adds what
the first pass harvested, so a name anchored once is found everywhere.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, MatchKind

from policykg.extract import resources
from policykg.extract.candidates import FULL, HARVEST, SHORT, Candidate

# Short forms of divisions that are ordinary words or names of other things.
_UNSAFE_SHORT = frozenset(
    "和平 新华 城关 朝阳 长安 江夏 金山 普陀 白云 青山 东风 红旗 前进 向阳 新城 城中 城东 城西 城南 城北 东区 西区 南区 北区 "
    "中山 黄山 太平 平安 永安 长寿 永定 新兴 开发 高新 矿区 郊区 市中 河东 河西 江南 江北 海南 东方 宁安 合作 文化 建设 胜利 "
    "团结 民主 光明 先锋 卫东 铁西 铁东 站前 新市 龙华 大同 通州 和田 阿里 安宁 南岸 石柱 秀山 城口 吉利 华为 美的 "
    "海沧 思明 集美 新都 温江 双流 金牛 武侯 成华 青羊 锦江 龙泉 高坪 顺庆 大安 沿滩 自流井 红花岗 汇川 西湖 上城 拱墅".split()
)


class Lexicon:
    """Surface form → (label, name, priority), with a lazily built automaton."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, str, int]] = {}
        self._banned: set[str] = set()
        self._automaton = None

    def __getstate__(self) -> dict:
        return {"entries": self._entries, "banned": self._banned}

    def __setstate__(self, state: dict) -> None:
        self._entries, self._banned, self._automaton = state["entries"], state["banned"], None

    def copy(self) -> Lexicon:
        other = Lexicon()
        other._entries = dict(self._entries)
        other._banned = set(self._banned)
        return other

    def add(self, surface: str, label: str, name: str, priority: int = FULL) -> None:
        """Add a spelling; the stronger entry (then the smaller name) wins a clash."""
        if not surface or surface in self._banned:
            return
        new = (label, name, priority)
        old = self._entries.get(surface)
        if old is None or (-new[2], new[0], new[1]) < (-old[2], old[0], old[1]):
            self._entries[surface] = new
            self._automaton = None

    def ban(self, surface: str) -> None:
        self._banned.add(surface)
        if self._entries.pop(surface, None) is not None:
            self._automaton = None

    def get(self, surface: str) -> tuple[str, str, int] | None:
        return self._entries.get(surface)

    def __contains__(self, surface: str) -> bool:
        return surface in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterable[tuple[str, tuple[str, str, int]]]:
        return sorted(self._entries.items())

    def find(self, text: str) -> list[Candidate]:
        """Leftmost-longest matches in `text`."""
        if not self._entries:
            return []
        if self._automaton is None:
            surfaces = sorted(self._entries)
            self._automaton = (AhoCorasick(surfaces, matchkind=MatchKind.LeftmostLongest),
                               [self._entries[s] for s in surfaces], [_latin(s, 0) or _latin(s, len(s) - 1) for s in surfaces])
        automaton, entries, latin = self._automaton
        return [Candidate(start, end, *entries[i]) for i, start, end in automaton.find_matches_as_indexes(text)
                if not latin[i] or not (_latin(text, start - 1) and _latin(text, start) or
                                        _latin(text, end - 1) and _latin(text, end))]


def _latin(text: str, i: int) -> bool:
    """Whether text[i] exists and is an ASCII letter or digit (WHO is not in WHOLESALE, G20 not in G200)."""
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


@lru_cache(maxsize=None)
def short_forms() -> dict[str, tuple[str, str]]:
    """Safe short form → (full division name, level), e.g. 北碚 → (北碚区, county).

    A short form shared by several divisions of the same level, or that is an
    ordinary word, is left out.
    """
    rank = {"province": 0, "city": 1, "county": 2}
    owners: dict[str, set[tuple[int, str]]] = {}
    for div in resources.divisions():
        if div.short != div.name:
            owners.setdefault(div.short, set()).add((rank[div.level], div.name))
    levels = {v: k for k, v in rank.items()}
    result = {}
    for short, names in sorted(owners.items()):
        top = min(level for level, _ in names)
        candidates = sorted(name for level, name in names if level == top)
        if len(candidates) > 1 or len(short) < 2 or short in _UNSAFE_SHORT:
            continue
        freq, tag = resources.dictionary().get(short, (0, ""))
        if freq >= 200 and tag != "ns":
            continue
        result[short] = (candidates[0], levels[top])
    return result


@lru_cache(maxsize=None)
def county_short_forms() -> dict[str, str]:
    """Full county-level name → its short form, used once the full name is seen in a corpus."""
    return {full: short for short, (full, level) in short_forms().items() if level == "county"}


def _generic_division_name(name: str) -> bool:
    """A division named with an everyday word: 城区, 郊区, 矿区, 解放区 (not 华容县, which
    jieba's dictionary happens to tag as a person name)."""
    freq, tag = resources.dictionary().get(name, (0, ""))
    return tag != "ns" and (freq >= 1000 or (freq >= 50 and len(name) <= 2))


@lru_cache(maxsize=None)
def builtin() -> Lexicon:
    """The lexicon made of the package data (never modified; copy it to extend).

    Short forms of provinces and cities are in it; those of counties are added by
    the corpus pass when the full name occurs (北碚 once 北碚区 has been seen).
    """
    lex = Lexicon()
    for div in resources.divisions():
        if not _generic_division_name(div.name):
            lex.add(div.name, "PLACE", div.name, FULL)
    for entry in resources.places() + resources.orgs() + resources.formulations():
        # names of cities abroad and of rivers or mountains are checked at both edges like harvested
        # ones (利马 is not in 胜利马拉松)
        priority = HARVEST if entry.kind in ("city", "feature") else FULL
        lex.add(entry.name, entry.label, entry.name, priority)
        for alias in entry.aliases:
            lex.add(alias, entry.label, entry.name, priority)
    for short, (full, level) in short_forms().items():
        if level != "county":
            lex.add(short, "PLACE", full, SHORT)
    return lex
