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
from policykg.extract.candidates import CONTEXT, FULL, HARVEST, SHORT, Candidate

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

    def find(self, text: str, starts: set[int] | None = None) -> list[Candidate]:
        """Leftmost-longest matches in `text` (only those starting at `starts`, when given)."""
        if not self._entries:
            return []
        if self._automaton is None:
            surfaces = sorted(self._entries)
            self._automaton = (AhoCorasick(surfaces, matchkind=MatchKind.LeftmostLongest),
                               [self._entries[s] for s in surfaces], [_latin(s, 0) or _latin(s, len(s) - 1) for s in surfaces])
        automaton, entries, latin = self._automaton
        return [Candidate(a, b, *entries[i]) for i, a, b in automaton.find_matches_as_indexes(text)
                if (starts is None or a in starts) and (not latin[i] or not (
                    _latin(text, a - 1) and _latin(text, a) or _latin(text, b - 1) and _latin(text, b)))]


def _latin(text: str, i: int) -> bool:
    """Whether text[i] exists and is an ASCII letter or digit (WHO is not in WHOLESALE, G20 not in G200)."""
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


@lru_cache(maxsize=None)
def short_form_owners() -> dict[str, tuple[resources.Division, ...]]:
    """Each short form of a division (北碚 for 北碚区) → the divisions that share it, highest level first."""
    rank = {"province": 0, "city": 1, "county": 2}
    owners: dict[str, list[resources.Division]] = {}
    for div in resources.divisions():
        if div.short != div.name and len(div.short) >= 2:
            owners.setdefault(div.short, []).append(div)
    return {short: tuple(sorted(divs, key=lambda d: (rank[d.level], d.code))) for short, divs in owners.items()}


@lru_cache(maxsize=None)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(short forms that are ordinary words, short forms the dictionary mistakes for words)."""
    sections: dict[str, set[str]] = {"[words]": set(), "[names]": set()}
    current = None
    for line in resources.lines("place_words.txt"):
        if line in sections:
            current = sections[line]
        elif current is not None:
            current.update(line.split())
    return frozenset(sections["[words]"]), frozenset(sections["[names]"])


def is_word_like(short: str) -> bool:
    """Whether a short form is also an ordinary word (安康, 东至, 资源) and needs context to be a place."""
    words, names = _place_words()
    if short in words:
        return True
    if short in names:
        return False
    freq, tag = resources.dictionary().get(short, (0, ""))
    return freq >= 100 and tag not in resources.NAME_TAGS + ("t",)


@lru_cache(maxsize=None)
def short_forms() -> dict[str, tuple[str, str]]:
    """Short forms that name a place wherever they occur → (full division name, level): those of a
    single province or city (北京, 宜昌) that are not ordinary words. The others (those of counties,
    shared ones, word-like ones) are found with context: see `place.contextual_places`."""
    result = {}
    for short, divs in sorted(short_form_owners().items()):
        top = [d for d in divs if d.level == divs[0].level]
        if divs[0].level != "county" and len(top) == 1 and not is_word_like(short):
            result[short] = (top[0].name, top[0].level)
    return result


@lru_cache(maxsize=None)
def county_short_forms() -> dict[str, str]:
    """Full name of a county-level division → its short form when no other division has it."""
    return {divs[0].name: short for short, divs in short_form_owners().items()
            if len(divs) == 1 and divs[0].level == "county"}


def _generic_division_name(name: str) -> bool:
    """A division named with an everyday word: 城区, 郊区, 矿区, 解放区 (not 华容县, which
    jieba's dictionary happens to tag as a person name)."""
    freq, tag = resources.dictionary().get(name, (0, ""))
    return tag != "ns" and (freq >= 1000 or (freq >= 50 and len(name) <= 2))


@lru_cache(maxsize=None)
def builtin() -> Lexicon:
    """The lexicon made of the package data (never modified; copy it to extend).

    Short forms of provinces and cities are in it; the others need context (CONTEXT) or the
    full name elsewhere in the corpus (北碚 once 北碚区 has been seen).
    """
    lex = Lexicon()
    for div in resources.divisions():
        if not _generic_division_name(div.name):
            lex.add(div.name, "PLACE", div.name, FULL)
        if "自治" in div.name and div.short != div.name and div.name[-1] in "州县旗":  # 凉山州, 石柱县 for the autonomous 凉山彝族自治州, 石柱…自治县
            lex.add(div.short + div.name[-1], "PLACE", div.name, FULL)
    for entry in resources.places() + resources.orgs() + resources.formulations():
        # names of cities abroad and of rivers or mountains are checked at both edges like harvested
        # ones (利马 is not in 胜利马拉松)
        priority = HARVEST if entry.kind in ("city", "feature") else FULL
        lex.add(entry.name, entry.label, entry.name, priority)
        for alias in entry.aliases:
            lex.add(alias, entry.label, entry.name, priority)
    ambiguous = resources.ambiguous_company_names()
    for entry in resources.companies():
        for surface in (entry.name, *entry.aliases):
            # two-character names are checked at both edges like harvested ones (强生 is not in 加强生态)
            priority = CONTEXT if surface in ambiguous else HARVEST if len(surface) <= 2 else FULL
            lex.add(surface, "COMPANY", entry.name, priority)
    places = short_form_owners()
    for entry in resources.people():  # checked at both edges like harvested names (李强 is not in 李强调)
        for surface in (entry.name, *entry.aliases):
            if surface not in places and not resources.is_ordinary_word(surface):  # not 钟山, a place too
                lex.add(surface, "PERSON", entry.name, HARVEST)
    safe = short_forms()
    for short in short_form_owners():
        if short in safe:
            lex.add(short, "PLACE", safe[short][0], SHORT)
        else:
            lex.add(short, "PLACE", short, CONTEXT)  # a place only with context (place.contextual_places)
    return lex
