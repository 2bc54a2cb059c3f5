"""Dictionaries of surface forms, matched with Aho-Corasick (leftmost-longest).

A Lexicon maps each surface form to (label, canonical name, priority). The
built-in one comes from the package data; a corpus run copies it and adds what
the first pass harvested, so a name anchored once is found everywhere.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, MatchKind

from policykg.extract import resources
from policykg.extract.candidates import CONTEXT, FULL, HARVEST, SHORT, Candidate
from policykg.vocabulary import NUMBER_GOES_ON

# Characters a lexicon matches by looking up the pieces of the text before it builds an automaton, which
# takes as long as looking up about 25,000 characters (the built-in one's): short inputs are matched without one
# (not by a copy matched with its original: see `Lexicon`, whose small automaton is quicker than looking up pieces).
PROBED_CHARS = 20_000


class Lexicon:
    """Surface form → (label, name, priority), matched leftmost-longest.

    A copy that only adds to (or changes entries of) the lexicon it was copied from — a corpus lexicon,
    the built-in one plus what pass 1 harvested — is matched with the original's automaton and a small
    one of its own surfaces (`_search`), so no automaton of all its surfaces has to be built.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, str, int]] = {}
        self._banned: set[str] = set()
        self._automaton = None
        self._longest: int | None = None  # the length of the longest surface `_compiled` matches
        self._prefixes = None  # (the proper prefixes of its own surfaces, the original or None)
        self._probed = 0  # characters matched by looking up pieces of text (`PROBED_CHARS`)
        self._version = 0  # counts changes, so a copy knows whether its original is still as copied
        self._base: tuple[Lexicon, int] | None = None  # the original and its version when copied
        self._changed: set[str] = set()  # surfaces added or changed since the copy

    def __getstate__(self) -> dict:
        return {"entries": self._entries, "banned": self._banned}

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        self._entries, self._banned = state["entries"], state["banned"]

    def copy(self) -> Lexicon:
        other = Lexicon()
        other._entries = dict(self._entries)
        other._banned = set(self._banned)
        other._base = (self, self._version)
        return other

    def add(self, surface: str, label: str, name: str, priority: int = FULL) -> None:
        """Add a spelling; the stronger entry (then the smaller name) wins a clash."""
        if not surface or surface in self._banned:
            return
        new = (label, name, priority)
        old = self._entries.get(surface)
        if old is None or (-new[2], new[0], new[1]) < (-old[2], old[0], old[1]):
            self._entries[surface] = new
            self._changed.add(surface)
            self._changed_now()

    def ban(self, surface: str) -> None:
        self._banned.add(surface)
        if self._entries.pop(surface, None) is not None:
            self._base = None  # a surface less than the original: matched with an automaton of its own
            self._changed_now()

    def _changed_now(self) -> None:
        self._automaton = self._longest = self._prefixes = None
        self._version += 1

    def get(self, surface: str) -> tuple[str, str, int] | None:
        return self._entries.get(surface)

    def __contains__(self, surface: str) -> bool:
        return surface in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterable[tuple[str, tuple[str, str, int]]]:
        return sorted(self._entries.items())

    def find(self, text: str, seen: dict | None = None) -> list[Candidate]:
        """Leftmost-longest matches in `text`. `seen` keeps the matches of texts by lexicon: a copy's
        search of the same text takes its original's."""
        if not self._entries:
            return []
        return self._candidates(text, self._search(text, seen), ())

    def search(self, text: str, seen: dict, ahead: int = 0) -> None:
        """Find the matches in `text` into `seen`, where `find` then takes them (`ahead`: the characters of the texts
        to be searched next, which count towards `PROBED_CHARS` as the text's own do)."""
        if self._entries:
            self._search(text, seen, ahead)

    def find_masked(self, text: str, start: int, stop: int, limit: int, masked: Container[int]) -> list[Candidate]:
        """The leftmost-longest matches from `start` on that start before `stop`, in `text` cut at `limit`
        (where a masked character stands: no match holds one)."""
        return self._candidates(text, self._probe(text, start, stop, limit), masked)

    def _probe(self, text: str, start: int, stop: int, limit: int) -> list[tuple[int, int, str]]:
        """(start, end, surface) of the leftmost-longest matches from `start` on that start before `stop`
        and end by `limit`, found by looking up the text's pieces (no automaton)."""
        matches = []
        pos = start
        while pos < stop:
            for at in range(pos, stop):
                end = self._longest_at(text, at, limit)
                if end is not None:
                    matches.append((at, end, text[at:end]))
                    pos = end
                    break
            else:
                break
        return matches

    def _candidates(self, text: str, matches: list[tuple[int, int, str]], masked: Container[int]) -> list[Candidate]:
        """The matches as candidates. A name with a Latin letter or digit at an edge must not run on into
        Latin letters or digits (WHO is not in WHOLESALE, G20 not in G200), nor digits into a number (132 is not in
        132.4亿斤); characters at `masked` positions count as neither."""
        found = []
        entries = self._entries
        for a, b, surface in matches:
            if surface[0].isascii() or surface[-1].isascii():  # a quick pre-check of the Latin edges
                if _latin(surface, 0) and _latin(text, a - 1) and a - 1 not in masked and _latin(text, a) or \
                        _latin(surface, len(surface) - 1) and _latin(text, b) and b not in masked and _latin(text, b - 1) or \
                        _in_a_number(text, a, b):
                    continue
            found.append(_new(Candidate, (a, b, *entries[surface], None)))
        return found

    def _longest_at(self, text: str, at: int, limit: int) -> int | None:
        """The end of the longest surface form at text[at:] that ends by `limit`, or None."""
        best = None
        for end in range(at + 1, limit + 1):
            piece = text[at:end]
            if piece in self._entries:
                best = end
            if not self._is_prefix(piece):
                break
        return best

    def _is_prefix(self, piece: str) -> bool:
        """Whether `piece` begins a longer surface form."""
        original = self._original()
        if self._prefixes is None:
            self._prefixes = (prefixes(self._changed if original is not None else self._entries), original)
        own, base = self._prefixes
        return piece in own or base is not None and base._is_prefix(piece)

    def longest(self) -> int:
        """The length of the longest surface form."""
        original = self._original()
        own = self._own_longest()
        return max(own, original.longest()) if original is not None else own

    def _own_longest(self) -> int:
        """The length of the longest surface form `_compiled` matches (no automaton built to know it)."""
        if self._longest is None:
            self._longest = max(map(len, self._changed if self._original() is not None else self._entries), default=0)
        return self._longest

    def _original(self) -> Lexicon | None:
        """The lexicon this one was copied from, if it is as it was then and this one only adds to it."""
        if self._base is not None and self._base[0]._version != self._base[1]:
            self._base = None  # it changed since: this lexicon is matched on its own
            self._automaton = self._longest = self._prefixes = None
        return self._base[0] if self._base is not None else None

    def _compiled(self) -> tuple:
        """(automaton or None, its surfaces): an automaton of the surfaces this lexicon added or changed
        when its original can be used for the others, else of all of them (the automaton the library chooses,
        a contiguous NFA for a corpus's harvest: a DFA of it scans a text alone faster, but not beside the
        extractors' work, and takes four times as long to build). It finds all the matches, which `_own` reduces to
        the leftmost-longest: a leftmost-longest automaton takes three times as long to build (75 ms for the
        built-in lexicon) and scans no faster."""
        if self._automaton is None:
            own = sorted(self._changed) if self._original() is not None else sorted(self._entries)
            self._automaton = (AhoCorasick(own, matchkind=MatchKind.Standard) if own else None, own)
        return self._automaton

    def _own(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, surface) of the leftmost-longest matches of this lexicon's own automaton."""
        automaton, surfaces = self._compiled()
        if automaton is None:
            return []
        matches = []
        pos = 0
        for i, a, b in sorted(automaton.find_matches_as_indexes(text, overlapping=True), key=_leftmost_longest):
            if a >= pos:
                matches.append((a, b, surfaces[i]))
                pos = b
        return matches

    def _search(self, text: str, seen: dict | None = None, ahead: int = 0) -> list[tuple[int, int, str]]:
        """(start, end, surface) of the leftmost-longest matches in `text` (kept in `seen`, when given; `ahead`: see
        `search`)."""
        if seen is not None and self in seen:
            return seen[self]
        original = self._original()
        if original is None and self._automaton is None and self._probed + len(text) + ahead <= PROBED_CHARS:
            self._probed += len(text)
            matches = self._probe(text, 0, len(text), len(text))
        else:
            matches = self._own(text)
            if original is not None:
                matches = _union(_Chain(original._search(text, seen), original._search, original.longest(), text),
                                 _Chain(matches, self._own, self._own_longest(), text), len(text))
        if seen is not None:
            seen[self] = matches
        return matches


def _leftmost_longest(match: tuple[int, int, int]) -> tuple[int, int]:
    """The order of an automaton's matches (surface, start, end) in which the first from a position is the
    leftmost-longest one."""
    return match[1], -match[2]


def _union(chain: _Chain, added: _Chain, length: int) -> list[tuple[int, int, str]]:
    """Leftmost-longest over the surfaces of two automata together: at each step the leftmost of their
    next matches, the longer one when they start together (the same surface, when they also end
    together: its entry is that of `added`, the copy's)."""
    if not added.matches:
        return chain.matches
    result = []
    pos = 0
    while True:
        first, other = chain.first(pos), added.first(pos)
        if first is None and other is None:
            return result
        if other is None or first is not None and (first[0] < other[0] or first[0] == other[0] and first[1] > other[1]):
            taken = chain.before(first, other[0] if other is not None else length)
            result += taken
            pos = taken[-1][1]
        else:
            result.append(other)
            pos = other[1]


class _Chain:
    """The leftmost-longest matches of one automaton in a text, asked for from any position on: the
    chain of matches from the text's start holds from any position outside its matches; from inside
    one, the text that follows is searched (as far as a match starting inside it can reach)."""

    __slots__ = ("matches", "search", "longest", "text", "starts", "k")

    def __init__(self, matches: list, search: Callable[[str], list], longest: int, text: str):
        self.matches, self.search, self.longest, self.text = matches, search, longest, text
        self.starts = [m[0] for m in matches]
        self.k = 0  # the first match that ends after the position last asked for

    def first(self, pos: int) -> tuple[int, int, str] | None:
        """The first match starting at `pos` or later (the positions asked for only grow)."""
        matches, k = self.matches, self.k
        while k < len(matches) and matches[k][1] <= pos:
            k += 1
        self.k = k
        if k == len(matches):
            return None
        if matches[k][0] >= pos:
            return matches[k]
        end = matches[k][1]
        hidden = self.search(self.text[pos:min(len(self.text), end - 1 + self.longest)])
        if hidden and hidden[0][0] + pos < end:
            return hidden[0][0] + pos, hidden[0][1] + pos, hidden[0][2]
        return matches[k + 1] if k + 1 < len(matches) else None

    def before(self, first: tuple, stop: int) -> list[tuple[int, int, str]]:
        """`first` (what `first()` returned) and, when it is the chain's own, the matches after it that
        start before `stop`."""
        k = self.k
        if k == len(self.matches) or first is not self.matches[k]:
            return [first]
        return self.matches[k:max(k + 1, bisect_left(self.starts, stop, k))]


def prefixes(surfaces: Iterable[str]) -> frozenset[str]:
    """The proper prefixes of the surfaces (中, 中国 and 中国共 for 中国共产党)."""
    return frozenset(surface[:i] for surface in surfaces for i in range(1, len(surface)))


def _in_a_number(text: str, a: int, b: int) -> bool:
    """Whether the digits at an edge of text[a:b] are part of a number: a decimal point, a percent sign, a magnitude
    or a measure word on (132.4, 132%, 132个), a decimal point before (0.132)."""
    after = text[b:b + 2]
    if text[b - 1].isdigit() and after and (after[0] in NUMBER_GOES_ON or after[0] in ".．" and after[1:].isdigit()):
        return True
    return text[a].isdigit() and a >= 2 and text[a - 1] in ".．" and text[a - 2].isdigit()


_new = tuple.__new__  # Candidate(...) without the call of its Python constructor


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


def is_known_place(name: str) -> bool:
    """Whether the built-in lexicon has `name` as a place (合肥, 南宁, 关中)."""
    entry = builtin().get(name)
    return entry is not None and entry[0] == "PLACE"


def read_as_name(short: str) -> bool:
    """Whether a short form that the dictionary has as a word is read as a place name (平凉, 合肥)."""
    return short in _place_words()[1]


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
    """The lexicon made of the package data (never modified; copy it to extend); compiled once
    (`policykg.extract.compiled`).

    Short forms of provinces and cities are in it; the others need context (CONTEXT) or the
    full name elsewhere in the corpus (北碚 once 北碚区 has been seen).
    """
    from policykg.extract import compiled

    lex = Lexicon()
    lex._entries = compiled.data().lexicon
    lex._prefixes = (compiled.data().prefixes, None)
    return lex


_REPUBLICS = ("共和国", "人民共和国", "联邦共和国", "民主共和国", "伊斯兰共和国", "社会主义共和国", "联合共和国", "人民民主共和国",
              "民主社会主义共和国", "联邦民主共和国")


def _republics(country: str) -> list[str]:
    """The official names a country's name takes without its 斯坦 or 国 (吉尔吉斯共和国 for 吉尔吉斯斯坦, 孟加拉人民共和国 for
    孟加拉国); those that keep the whole name are read by `place.find_places` (老挝|人民民主共和国)."""
    stems = {country.removesuffix(ending) for ending in ("斯坦", "国") if country.endswith(ending)} - {country}
    return sorted(stem + form for stem in stems if len(stem) > 1 for form in _REPUBLICS)


def compile_builtin() -> dict[str, tuple[str, str, int]]:
    """The entries of `builtin`, worked out from the package data."""
    lex = Lexicon()
    for div in resources.divisions():
        if not _generic_division_name(div.name):
            lex.add(div.name, "PLACE", div.name, FULL)
        if "自治" in div.name and div.short != div.name and div.name[-1] in "州县旗":  # 凉山州, 石柱县 for the autonomous 凉山彝族自治州, 石柱…自治县
            lex.add(div.short + div.name[-1], "PLACE", div.name, FULL)
    for entry in resources.places() + resources.orgs() + resources.formulations():
        if entry.kind in ("quoted", "kind"):
            continue  # found where quoted only (slogan.judge), or after a list and 等 (slogan.find_kinds)
        # names of cities abroad and of rivers or mountains are checked at both edges like harvested
        # ones (利马 is not in 胜利马拉松)
        priority = HARVEST if entry.kind in ("city", "feature", "division") else FULL
        lex.add(entry.name, entry.label, entry.name, priority)
        for alias in entry.aliases:
            lex.add(alias, entry.label, entry.name, priority)
    for entry in resources.places():
        for form in _republics(entry.name) if entry.kind == "country" else ():
            if lex.get(form) is None:  # (刚果民主共和国: another country's name)
                lex.add(form, "PLACE", entry.name, FULL)
    ambiguous = resources.ambiguous_company_names()
    for entry in resources.companies():
        for surface in (entry.name, *entry.aliases):
            # two-character names are checked at both edges like harvested ones (强生 is not in 加强生态)
            priority = CONTEXT if surface in ambiguous else HARVEST if len(surface) <= 2 else FULL
            lex.add(surface, "COMPANY", entry.name, priority)
    places = short_form_owners()
    for entry in resources.people():  # checked at both edges like harvested names (李强 is not in 李强调)
        for surface in (entry.name, *entry.aliases):
            if surface not in places and (len(surface) >= 3 or not resources.is_ordinary_word(surface)):
                # (not 钟山, a place too, nor 屈原, a word too; but 周恩来, whom the dictionary tags as no name)
                lex.add(surface, "PERSON", entry.name, HARVEST)
    safe = short_forms()
    for short in short_form_owners():
        if short in safe:
            lex.add(short, "PLACE", safe[short][0], SHORT)
        else:
            lex.add(short, "PLACE", short, CONTEXT)  # a place only with context (place.contextual_places)
    return lex._entries
