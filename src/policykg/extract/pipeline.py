"""The two-pass extraction over a corpus.

Pass 1 (`harvest`) runs the anchored rules on each document and collects what
they prove: names after titles, full company names and their short forms,
quoted formulations. `corpus_lexicon` adds all of it to the built-in lexicon.
Pass 2 (`extract`) runs the rules again with that lexicon, so a name anchored
once is found in lists and headlines everywhere.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile
from operator import itemgetter

from policykg.extract import company, defines, org, person, place, position, promotes, resources, slogan, tagger
from policykg.extract.candidates import CONTEXT, FULL, HARVEST, RULE, USER, WEAK, Candidate, resolve
from policykg.extract.lexicon import Lexicon, builtin, county_short_forms, is_known_place, is_word_like, read_as_name, \
    short_forms
from policykg.extract.text import HYPHENS, TRANSLITERATION, crosses_word, keeping_scans, scan_openings
from policykg.extract.words import reads_as_word, word_read_at
from policykg.extract.user import UserLexicon
from policykg.ingest.segment import ParsedDocument
from policykg.model import Mention, Relation, entity_id
from policykg.vocabulary import AFTER_NAME, COUNT_NUMERALS, ENVOY_WORDS, ENVOYS, HAN, NUMERALS, PARTNER_LETTERS, is_han


@dataclass
class Harvest:
    """What pass 1 learnt from some documents; harvests of parts of a corpus merge."""

    names: Counter = field(default_factory=Counter)  # (label, surface, name) → count
    roles: Counter = field(default_factory=Counter)  # (person name, role) → count
    regions: Counter = field(default_factory=Counter)  # province- and city-level places → mentions
    proposed: Counter = field(default_factory=Counter)  # (label, surface, name) → count: names only the model found
    scoped: Counter = field(default_factory=Counter)  # (label, surface, name, document id) → count: names matched only in
    # the documents that proved them (`_stays_home`)

    def update(self, other: Harvest) -> Harvest:
        self.names.update(other.names)
        self.roles.update(other.roles)
        self.regions.update(other.regions)
        self.proposed.update(other.proposed)
        self.scoped.update(other.scoped)
        return self


@dataclass(frozen=True)
class CorpusLexicon:
    """The lexicon for pass 2, with the corpus-wide facts that go with it."""

    lexicon: Lexicon
    roles: dict[str, str] = field(default_factory=dict)  # person name → role, for names only seen in bylines
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (label, name) → merged name
    bans: frozenset = frozenset()  # (label or None, surface) never extracted
    home: str | None = None  # the place 市/市委/市长 refer to (重庆市 for Chongqing Daily)
    user: UserLexicon | None = None
    model: str | None = None  # "lac": a learned tagger proposes names in pass 1 too (extract.tagger)
    scopes: dict[str, frozenset[str]] = field(default_factory=dict)  # surface → the documents it is matched in, for
    # names learnt that stay in the documents that proved them


def base_lexicon(user: UserLexicon | None = None, model: str | None = None) -> CorpusLexicon:
    """The lexicon for pass 1: the built-in one and the user's additions, renames and bans."""
    if user is None:
        return CorpusLexicon(builtin(), model=model)
    lexicon = builtin().copy()
    for label, surface in sorted(user.bans, key=lambda b: (b[0] or "", b[1])):
        entry = lexicon.get(surface)
        if entry is not None and label in (None, entry[0]):
            lexicon.ban(surface)
    for label, surface, name in user.adds:
        lexicon.add(surface, label, name, USER)
    return CorpusLexicon(lexicon, bans=user.bans, user=user, model=model)


@dataclass(frozen=True)
class DocumentResult:
    doc: str
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]


class Reuse:
    """What pass 1 worked out for a document that pass 2 may take again: each step's inputs and result.

    A step is a pure function of the document's text and its inputs; pass 2 takes the result of
    pass 1 when the inputs are the same (text-only steps always), and computes it otherwise, with the
    scans of the text pass 1's run of the step made (`policykg.extract.text.scan`)."""

    __slots__ = ("steps", "matches", "checked", "scans")

    def __init__(self) -> None:
        self.steps: dict[str, tuple] = {}
        self.matches: dict[Lexicon, list] = {}  # the matches of the text by lexicon (`Lexicon.find`)
        self.checked: dict[Candidate, bool] = {}  # lexicon matches: whether they run into a word
        self.scans: dict = {}  # the matches of the text by the steps' patterns (`policykg.extract.text.scan`)

    def __call__(self, step: str, inputs: tuple[list, ...], compute: Callable[[], list]) -> list:
        """The result of `compute()`, or pass 1's when `inputs` are the same (they are kept as they are: the
        caller must not change them afterwards)."""
        kept = self.steps.get(step)
        if kept is not None and kept[0] == inputs:
            return kept[1][:]
        with keeping_scans(self.scans):
            result = compute()
        self.steps[step] = (inputs, result)
        return result[:]


def scan_ahead(documents: list[tuple[ParsedDocument, Reuse]], lexicon: Lexicon, openings: bool = True) -> None:
    """The scans of the documents by the lexicon's automata (kept in each one's `Reuse`) and, with `openings`, by the
    extractors' shared one (`policykg.extract.text.scan_openings`), made now, one document after the other: an
    automaton scanning text after text stays in the processor's caches; one scan between the extractors' work on each
    document finds it evicted (3 to 6 times as slow on news-sized documents). A text an automaton cannot take is left
    to fail, and be reported, when its document is worked on. (The lexicon knows the characters still to come: an
    automaton is built at once for many.)"""
    ahead = sum(len(parsed.text) for parsed, _ in documents)
    for parsed, reuse in documents:
        ahead -= len(parsed.text)
        try:
            lexicon.search(parsed.text, reuse.matches, ahead)
        except Exception:
            continue
    if openings:
        scan_openings([parsed.text for parsed, _ in documents])


def _in_scope(text: str, hits: list[Candidate], scope: Callable, here: str) -> list[Candidate]:
    """The hits without names learnt that stay in the documents that proved them (`_stays_home`, plain terms), unless
    `here` is one of those or a formulation is listed with it (一体推进小县大城、强镇带村、强村富民改革: each quoted on
    another page)."""
    listed = {(c.start, c.end) for c in hits if c.label == "SLOGAN"}
    ends = {end for _, end in listed}
    starts = {start for start, _ in listed}

    def beside(c: Candidate) -> bool:
        return c.label == "SLOGAN" and (c.start - 1 in ends and text[c.start - 1] in _LISTING
                                        or c.end + 1 in starts and text[c.end:c.end + 1] in _LISTING)

    return [c for c in hits if c.priority != HARVEST or here in scope(text[c.start:c.end], (here,)) or beside(c)]


_LISTING = ("、", "和", "与", "及")


def _compute(step: str, inputs: tuple, compute: Callable[[], list]) -> list:
    return compute()


def _analyse(parsed: ParsedDocument, corpus: CorpusLexicon, proposed: list[Candidate] = (),
             reuse: Reuse | None = None) -> list[Candidate]:
    text = parsed.text
    step = reuse or _compute
    hits, crossed = _lexicon_hits(text, corpus.lexicon, reuse)
    if corpus.scopes:  # (a name learnt that stays in the documents that proved it)
        hits = _in_scope(text, hits, corpus.scopes.get, parsed.document.id)
    hits = [c for c in hits if c.label != "SLOGAN" or not slogan.is_count(text, c)]
    needs_context = [c for c in hits if c.priority == CONTEXT]
    hits = [c for c in hits if c.priority != CONTEXT]
    places = [c for c in hits if c.label == "PLACE"]
    context_places = [c for c in needs_context if c.label == "PLACE"]
    home = place.home_province(places)
    if home is not None and crossed:
        context_places += place.read_at_home(text, crossed, home, hits + needs_context)
    context_places += [c for c in crossed if place.county_before_own_town(text, c.end)]  # 密云|河南寨镇
    if home is not None:
        hits = place.at_home(text, hits, home)
    hits += step("contextual_places", (context_places, places), lambda: place.contextual_places(
        text, context_places, places, home))
    hits = _level_of_the_title(text, _with_former_levels(text, hits))
    hits += company.contextual_companies(text, [c for c in needs_context if c.label == "COMPANY"],
                                         hits + context_places)  # (国网|龙潭沟: a division's name, a place or not)
    hits = company.extend_known(text, hits, context_places)
    places = [c for c in hits if c.label == "PLACE"]
    wrong = place.outside_their_parent(text, places) | place.named_as_languages(text, places)
    hits = [c for c in hits if c not in wrong] if wrong else hits
    places = [c for c in hits if c.label == "PLACE"]
    regions = step("find_regions", (), lambda: place.find_regions(text))
    places = places + regions  # 皖南 too anchors a zone: 皖南国际文化旅游示范区
    places = places + step("find_places", (places,), lambda: place.find_places(text, places))
    lex_orgs = [c for c in hits if c.label == "ORG"]
    companies = step("find_companies", (places, lex_orgs), lambda: company.find_companies(text, places, lex_orgs))
    known = [c for c in hits if c.label != "PLACE"] + companies
    companies += step("find_listed", (places, known), lambda: company.find_listed(text, places, known))
    companies += company.project_firms(text, known + places) + company.plants(text, places, known)
    firms = [c for c in hits if c.label == "COMPANY"] + companies
    orgs = step("find_orgs", (places, lex_orgs, firms), lambda: org.find_orgs(text, places, lex_orgs, firms))
    qualifiers = orgs + lex_orgs + places + firms
    positions = step("find_positions", (qualifiers,), lambda: position.find_positions(text, qualifiers))
    lex_persons = [c for c in hits if c.label == "PERSON"]
    persons = step("find_persons", (positions, lex_persons), lambda: person.find_persons(
        text, positions, person.byline_spans(text, parsed.paragraphs), lex_persons))
    slogans = step("slogans", (), lambda: slogan.find_quoted(text) + slogan.find_counted(text)
                   + slogan.find_kinds(text) + slogan.find_plans(text) + slogan.find_named_by_quoted_lists(text)
                   + slogan.find_headed_policies(text))
    pairs = step("pairs", (), lambda: place.find_country_pairs(text))
    found = hits + places + pairs + companies + orgs + positions \
        + _not_places_nor_firms(text, persons, places, firms, positions) + slogans
    resolved = position.keep_bare(text, resolve(found + tagger.admit(text, proposed, found) if proposed else found))
    starts, reach = _position_reach(resolved)
    kept = [c for c in resolved if not ((c.role == "committee" or c.label == "ORG" and c.name in org.LEADING_ORGANS)
                                        and _inside(c, starts, reach))]
    kept = sorted(kept + _hidden_openings(text, kept, corpus.lexicon), key=itemgetter(0, 1, 2, 3))
    if corpus.bans:
        kept = [c for c in kept if not ({(None, text[c.start:c.end]), (c.label, text[c.start:c.end]),
                                         (None, c.name), (c.label, c.name)} & corpus.bans)]
    return [_canonical(_with_its_spirit(c, text), corpus, text) for c in kept]


def _with_its_spirit(cand: Candidate, text: str) -> Candidate:
    """A formulation printed with 精神 after it takes it in, its name kept (中央八项规定|精神: the mention 中央八项规定精神,
    the formulation 中央八项规定)."""
    if cand.label == "SLOGAN" and text.startswith("精神", cand.end) and not cand.name.endswith("精神"):
        return cand._replace(end=cand.end + 2)
    return cand


def _with_former_levels(text: str, found: list[Candidate]) -> list[Candidate]:
    """A division's short form printed with the level it had before (高陵|县 for 高陵区, 萧山|市 for 萧山区): the mention
    takes the level in, the name stays today's; not before a word (萧山|市场), a body or a title (县委, 县长). A county's
    short form before 镇 or 乡 is a town of that name (长阳|镇政府: not 长阳土家族自治县)."""
    starts = None
    kept = []
    for c in found:
        level = text[c.end:c.end + 1]
        if level not in _LEVELS and level not in ("镇", "乡") or c.label != "PLACE":
            kept.append(c)
            continue
        starts = starts if starts is not None else {other.start for other in found}
        short = c.end not in starts and c.name[-1:] in _LEVELS and text[c.start:c.end] != c.name \
            and text[c.end:c.end + 2] not in _LEVEL_WORDS and not resources.is_common_word(text[c.end:c.end + 2], 20)
        if short and level in _LEVELS and level != c.name[-1] and c.name == text[c.start:c.end] + c.name[-1] \
                and text[c.end + 1:c.end + 2] not in place.AFTER_A_LEVEL:
            c = c._replace(end=c.end + 1)
        elif short and level in ("镇", "乡") and c.name[-1] in "县旗":
            c = c._replace(end=c.end + 1, name=text[c.start:c.end + 1])
        kept.append(c)
    return kept


def _level_of_the_title(text: str, found: list[Candidate]) -> list[Candidate]:
    """A division printed with its level right before 长 leaves the level to the title (吉林|省长, 北京|市长, 兰考|县长: the
    place as printed is its short form; the name stays the division's), and 市 before 民 to the word (上海|市民)."""
    places_at = {c.start for c in found if c.label == "PLACE"}  # (湖南省|长沙市: a place, not a title)
    return [c._replace(end=c.end - 1) if c.label == "PLACE" and c.end - c.start >= 3 and c.end not in places_at
            and (text[c.end:c.end + 1] == "长" and text[c.end - 1] in "省市县" or text[c.end - 1:c.end + 1] == "市民")
            and c.name.endswith(text[c.end - 1])
            and is_known_place(text[c.start:c.end - 1]) else c for c in found]


_LEVELS = frozenset("县市区旗")  # the levels of a county-level division


def _not_places_nor_firms(text: str, persons: list[Candidate], places: list[Candidate], firms: list[Candidate],
                positions: list[Candidate]) -> list[Candidate]:
    """The persons but those named like a place the document's rules found (叙利亚南部城市苏韦达…在苏韦达一座市场) or by a
    word, not a person's, that opens a firm's name found in it (吉利集团…吉利持续投入; not 创业者陈升…陈升公司), unless a post
    comes right before them."""
    named = {p.name for p in places if p.priority >= RULE - 2}
    firm_names = {text[f.start:f.end] for f in firms}
    if not named and not firm_names:
        return persons
    titled = {p.end for p in positions}
    return [c for c in persons if c.start in titled
            or c.name not in named and not (resources.word_tag(c.name) not in ("", "nr") and any(
                firm.startswith(c.name) and firm != c.name for firm in firm_names))]


def _position_reach(resolved: list[Candidate]) -> tuple[list[int], list[int]]:
    """The starts of the POSITION spans of `resolved` (sorted by start), and the largest end among each
    one and those before it."""
    starts, reach = [], []
    for c in resolved:
        if c.label == "POSITION":
            starts.append(c.start)
            reach.append(max(c.end, reach[-1]) if reach else c.end)
    return starts, reach


def _inside(cand: Candidate, starts: list[int], reach: list[int]) -> bool:
    """Whether one of the spans of `_position_reach` contains `cand` (one that starts at or before it
    reaches its end)."""
    k = bisect_right(starts, cand.start)
    return k > 0 and reach[k - 1] >= cand.end


def _lexicon_hits(text: str, lexicon: Lexicon, reuse: Reuse | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """Lexicon matches that do not run into a word; where one does (广安 in 推广安吉), the text is
    matched again from its second character, so the match it hid is found (安吉). Also the short forms of places that
    need context and were left out as a word runs into them (榆中|山洪: 中山), for the document's province to judge.
    `reuse` keeps the matches of the lexicon that pass 1 used and which matches run into a word, for pass 2."""
    checked = reuse.checked if reuse is not None else None

    def inside(cand: Candidate) -> bool:
        if checked is None:
            return _inside_word(text, cand)
        result = checked.get(cand)
        if result is None:
            result = checked[cand] = _inside_word(text, cand)
        return result

    hits, rejected = [], []
    for cand in lexicon.find(text, reuse.matches if reuse is not None else None):
        (rejected if inside(cand) else hits).append(cand)
    cities = resources.world_cities()
    for cand in [c for c in hits if c.priority == HARVEST and c.label in ("ORG", "COMPANY")]:
        size = next((k for k in range(min(11, cand.length - 1), 1, -1) if text[cand.start:cand.start + k] in cities), 0)
        if size:  # 马德里|市政府 learnt in pass 1: the city abroad that opens it, which the longer match hid (divisions of
            hits.append(Candidate(cand.start, cand.start + size, "PLACE", text[cand.start:cand.start + size], HARVEST))
            # China are found apart)
    for cand in [c for c in hits if c.priority == CONTEXT and c.label == "PLACE"]:  # 同安|提瓜和巴布达: a short form
        hits += [c for c in lexicon.find_masked(text, cand.start + 1, cand.end, len(text), ())  # that needs context
                 if c.label == "PLACE" and c.end > cand.end and c.priority > CONTEXT and not inside(c)]  # hides a place
    crossed = [c for c in rejected if c.label == "PLACE" and c.priority == CONTEXT]
    if rejected:  # matched again with the first character of each rejected match masked
        masked = {cand.start for cand in rejected}
        for cand in rejected:
            opening = _place_opening(text, cand, lexicon) if cand.priority == HARVEST \
                or cand.label != "PLACE" and text[cand.end - 1] != "党" and not _names_an_event(text, cand) \
                or cand.label == "PLACE" and text[cand.end - 1] in _LEVELS else None
            if opening is not None and not inside(opening):
                hits.append(opening)  # 上海市|长宁区政府 learnt in pass 1, which runs into 市长: the district it hid
                # (澳大利亚|联邦, which runs into 联邦政府: the country; 中国|网络: not the outlet 中国网; not
                # 中国|共产党第十三次全国代表大会, the party of an event, nor 中国|共产党人, its members; 广州市|场: 广州)
        for i, cand in enumerate(rejected):
            limit = rejected[i + 1].start if i + 1 < len(rejected) else len(text)
            for c in lexicon.find_masked(text, cand.start + 1, cand.end, limit, masked):
                if not inside(c):
                    hits.append(c)
                elif c.label == "PLACE" and c.priority == CONTEXT:
                    crossed.append(c)  # 创建|平谷: the hidden one too, for the document's province to judge
        hits += _words_across(text, rejected, hits, lexicon)
    return hits, crossed


def _words_across(text: str, rejected: list[Candidate], hits: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The places the likeliest reading has as whole words where two rejected matches meet, each of which hides a part of
    it (贯通|江西|和福建: 通江 and 西和 run into words; 江西 is one)."""
    found = []
    for first, second in zip(rejected, rejected[1:]):
        if first.end != second.start:
            continue
        for at in range(first.start + 1, first.end):
            word = word_read_at(text, at)
            end = at + len(word) if word else 0
            entry = lexicon.get(word) if second.start < end <= second.end else None
            if entry is not None and entry[0] == "PLACE" and entry[2] > CONTEXT \
                    and not any(h.start < end and at < h.end for h in hits):
                cand = Candidate(at, end, "PLACE", entry[1], entry[2])
                found += [] if _inside_word(text, cand) else [cand]
    return found


def _hidden_openings(text: str, kept: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The places that open bodies learnt in pass 1, which the longer match hid (云南省|委 from a headline, in
    云南省委书记): the body keeps the place it is named after, as one found by a rule does; and the province or city
    that opens the name of a zone of its own name the lexicon matched whole (河北|雄安新区; not 重庆|高新区, named after
    it)."""
    opened = {c.start for c in kept if c.label == "PLACE"}
    openings = [opening for c in kept if c.priority == HARVEST and c.label == "ORG" and c.start not in opened
                and (opening := _place_opening(text, c, lexicon)) is not None]
    heads = {c: head for c in kept if c.label == "PLACE" and (head := place.zone_head_at(text[c.start:c.end])) is not None}
    inside = {c.start for c in kept if c.label == "PLACE" and c not in heads}
    return openings + [opening for c, head in heads.items() if c.start not in inside and not c.name.endswith("经济走廊")
                       and (opening := _place_opening(text, c, lexicon)) is not None and opening.name in _regions()
                       and opening.name.endswith(("省", "市", "自治区")) and head - opening.length >= 2]
    # (not 巴中|经济走廊, 海西|经济区: a prefecture)


def _place_opening(text: str, cand: Candidate, lexicon: Lexicon) -> Candidate | None:
    """The longest place the lexicon knows that opens `cand`, a body's, a firm's or a place's name (no short form that
    needs context), or None."""
    if cand.label not in ("ORG", "COMPANY", "PLACE"):
        return None
    for end in range(cand.end - 1, cand.start + 1, -1):
        entry = lexicon.get(text[cand.start:end])
        if entry is not None and entry[0] == "PLACE" and entry[2] > CONTEXT:
            return Candidate(cand.start, end, "PLACE", entry[1], entry[2])
    return None


_ITEM_OPENERS = frozenset("、，：；（")  # what opens an item of a list
_NET_WORDS = frozenset("信络民友购店页红速格")  # the second characters of words of the net (网信, 网络, 网民, 网购, 网格…)
_NAME_CLOSERS = frozenset("、，。；：")  # what may close a name of three
_FRACTION_COUNTS = frozenset("一二两三四五六七八九半")  # before 成: tenths (四成, 七八成)
_NUMBER_RUN = frozenset(NUMERALS + "〇○零百千万")  # the characters of a number written out (一九五五年, 一九五○年, 三千五百万)
_IDEOLOGY = re.compile("(?:列宁|恩格斯)?主义")  # what a doctrine's author's name is followed by


def _inside_word(text: str, cand: Candidate) -> bool:
    if cand.label == "PLACE" and text[cand.start - 1:cand.start] in _DIRECTIONS_BEFORE and cand.length >= 3 \
            and cand.name in resources.foreign_countries() and not crosses_word(text, cand.start - 1) \
            and not is_known_place(text[cand.start - 1:cand.end]):
        return True  # 事发地东|巴勒斯坦 (East Palestine, Ohio): a town named after the country, not it (not 中东|巴勒斯坦)
    if cand.label == "PLACE" and (_names_a_street(text, cand) or _names_a_kind(text, cand)
                                  or _TIME_ZONE.match(text, cand.end) or _names_a_water(text, cand)
                                  or _names_something_after_it(text, cand) or _names_a_storm(text, cand)):
        return True  # (北京时间17日, 莫斯科时间今天: a time zone)
    if cand.label == "PLACE" and cand.length == 2 and text[cand.start + 1] in _LEVELS \
            and text.startswith(("级", "（处", "(处", "（市", "(市"), cand.end):
        return True  # 部门和|县（处）级以上干部, 干部和|县（市、区）党政正职: a level, not 和县
    if cand.label == "PLACE" and text[cand.start] == "成" and text[cand.start - 1:cand.start] in _FRACTION_COUNTS:
        return True  # 近四|成|都是贫困户: tenths counted, not 成都
    if cand.label == "PLACE" and cand.length == 2 and text[cand.start] in "同与和跟向对" and text[cand.end - 1] in PARTNER_LETTERS \
            and text.startswith("方", cand.end):
        return True  # 愿同|德方加强…: with the German side, not 同德县
    if cand.label == "PLACE" and cand.length >= 3 and cand.priority < USER and _province_ends_at(text, cand.start):
        return True  # 山东|三省: not 东三省, though the likeliest reading has it
    if cand.label == "PLACE" and text[cand.start - 1:cand.start] == "·" and text[cand.start - 2:cand.start - 1] in TRANSLITERATION \
            and text[cand.end:cand.end + 1] in TRANSLITERATION:
        return True  # 弗朗西斯科·德·|米兰|达: inside a name of parts
    if cand.label == "PERSON" and cand.priority <= HARVEST and text[cand.end:cand.end + 1] in _TOWN_LEVELS:
        return True  # 前往龙泉镇、|王平|镇: a town named like a person another document names
    if cand.label == "PERSON" and cand.length == 2 and is_han(text[cand.end:cand.end + 1]) \
            and (cand.priority <= HARVEST or text[cand.end + 1:cand.end + 2] in _NAME_CLOSERS) \
            and text[cand.end] not in AFTER_NAME and resources.word_tag(text[cand.end]) not in ("d", "p", "c", "v") \
            and person.name_score(text[cand.start:cand.end + 1]) >= (
                2 if text[cand.end + 1:cand.end + 2] in _NAME_CLOSERS else 2.5) \
            and not resources.is_common_word(text[cand.end:cand.end + 2], 20):
        return True  # 最终|刘洪|涛却选择: a longer name that opens with a name of two another document names (or a known
        # one: 党工委副书记|李希|梅，, a name of three closed by punctuation)
    if cand.label == "PERSON" and text.startswith(person.LANDMARK_HEADS, cand.end + 2 * text.startswith("国际", cand.end)):
        return True  # 纽约|肯尼迪|国际机场: a landmark named after a person
    if cand.label == "PERSON" and _IDEOLOGY.match(text, cand.end):
        return True  # 马克思|列宁主义, 列宁|主义: a doctrine named after its author
    if cand.label == "PERSON" and text.startswith(("舰", "”舰", "号舰", "”号"), cand.end):
        return True  # 海军“郑和”舰: a ship named after a person
    if cand.label == "PERSON" and text[cand.start - 1:cand.start] in HYPHENS \
            and text[cand.end:cand.end + 1] in TRANSLITERATION:
        return True  # 尼古拉耶夫-|克里|沃罗格: inside the second name of a pair, not the known 克里
    if cand.label == "ORG" and text[cand.start:cand.end] in ("央行", "中央银行") \
            and any(text[cand.start - k:cand.start] in resources.foreign_countries() for k in range(2, 6)):
        return True  # 日本|央行行长: that country's central bank, not China's
    if cand.label == "COMPANY" and text[cand.start:cand.end].endswith("核电") and text.startswith("站", cand.end):
        return True  # 福清核电|站: the plant, not the firm that runs it
    if cand.label in ("COMPANY", "ORG") and text.startswith("国家", cand.start) \
            and any(text[cand.start - k:cand.start] in resources.world_regions() for k in (2, 3, 4)):
        return True  # 中东欧|国家核电等电力项目: the countries of a region, not the firm
    if cand.label == "ORG" and text.startswith(_COLUMNS, cand.end) and not text.startswith("网站", cand.end) \
            and cand.name in resources.media():
        return True  # 央视快评, 央视网: a column or an outlet of the medium, not the medium (but 今日俄罗斯电视台|网站: its site)
    if _names_an_event(text, cand):
        return True
    if cand.label == "ORG" and text[cand.end - 1] == "网" and text[cand.end:cand.end + 1] in _NET_WORDS:
        return True  # 中国网|信事业, 中国网|民: a word of the net, not the outlet
    if cand.label == "ORG" and text[cand.end - 1] == "部" and text[cand.start - 1:cand.start] == "和" \
            and text[cand.start - 4:cand.start - 3] in _ITEM_OPENERS \
            and all(map(is_han, text[cand.start - 3:cand.start - 1])) \
            and cand.name == text[cand.start:cand.end]:
        return True  # 、欧洲和|外交部, 、经济和|财政部: the end of a ministry abroad named by two fields, not China's
    if cand.label == "ORG" and cand.length <= 3 and text[cand.end - 1] == "党" and cand.name != text[cand.start:cand.end] \
            and text.endswith(_PARTY_QUALIFIERS, 0, cand.start):
        return True  # 圣多美…社会|民主党: the end of another party's name, not the short name of a known one
    if cand.label == "SLOGAN" and (text[cand.start] in _NUMBER_RUN and (text[cand.start - 1:cand.start] in _NUMBER_RUN
                                                                        or text[cand.start - 1:cand.start] == "第")
                                   or text[cand.end - 1] in _NUMBER_RUN and text[cand.end:cand.end + 1] in _NUMBER_RUN):
        return True  # 一|九五|五年: inside a number written out, not the ninth five-year plan; 第|三医|院: an ordinal
    if cand.priority <= HARVEST:
        inside = _crossed(text, cand)
    else:
        inside = cand.label == "PLACE" and _place_inside_word(text, cand) or \
            cand.label == "SLOGAN" and crosses_word(text, cand.end, min_inside=2, side="left") or \
            cand.label == "ORG" and (_ends_inside_word(text, cand) or cand.length == 2 and crosses_word(text, cand.start)
                                     and not reads_as_word(text, cand.start, cand.end)) or \
            cand.label == "COMPANY" and (text.startswith("业", cand.end)  # 北京银行业: the sector
                                         or resources.is_common_word(text[cand.start - 2:cand.start + 2], 50)
                                         or resources.is_common_word(text[cand.end - 2:cand.end + 2], 5)
                                         # (奥林|匹克体育中心, 中国国际航空|航天博览会: a word of four characters across
                                         # an edge)
                                         or cand.end - cand.start == 3 and crosses_word(text, cand.start)
                                         and (crosses_word(text, cand.end)  # 技术创|新和成|果转化: words across both edges
                                              or resources.is_common_word(text[cand.start + 1:cand.end], 100)))
    # (全|国开行|总量: 全国 and 开行 are words)
    return inside and not _place_read_as_word(text, cand) and not _firm_read_as_word(text, cand) and \
        not _known_person_read_whole(text, cand) and \
        not (cand.label == "PLACE" and (place.after_its_parent(text, cand) or place.before_its_child(text, cand)
                                        or _listed_before_a_place(text, cand) or _takes_from_place_after(text, cand)
                                        or cand.priority > CONTEXT and text.startswith(_HEADS_OF_PLACES, cand.end)))


def _names_an_event(text: str, cand: Candidate) -> bool:
    """The party or the congress opens the name of an event: 中共二十大, 中国共产党第二十次全国代表大会 (the congress),
    十四届全国人大三次会议 (a session)."""
    return cand.label == "ORG" and (cand.name == "中国共产党" and org.opens_congress(text, cand.end)
                                    or cand.name in ("全国人大", "全国政协") and bool(_SESSION.match(text, cand.end)))


def _known_person_read_whole(text: str, cand: Candidate) -> bool:
    """A person of the built-in lexicon, of three characters or more, that the likeliest reading keeps whole though a
    word runs across an edge (江泽民|国防: 民国)."""
    entry = builtin().get(cand.name) if cand.label == "PERSON" and cand.length >= 3 else None
    return entry is not None and entry[0] == "PERSON" and reads_as_word(text, cand.start, cand.end)


_DIRECTIONS_BEFORE = frozenset("东西南北")
# Words that open the names of parties abroad, before a short name that would end them: 社会|民主党.
_PARTY_QUALIFIERS = ("社会", "自由", "基督教", "共同", "人民", "统一", "国家", "立宪", "进步", "联合", "劳工", "工人", "伊斯兰",
                     "绿色", "新")

_HEADS_OF_PLACES = ("市长", "州长", "区长", "县长")  # 伦敦金融城|市长: the head of the place, though 城市 is a word


def _firm_read_as_word(text: str, cand: Candidate) -> bool:
    """A rare word runs across an edge of a company's name that needs context, but a company word or what it builds
    follows and the likeliest reading keeps the name whole, without a verb or a function word after it (修正|生物医药产业园:
    正生 is a word; not 中粮|油脂, a firm's name of its own, nor 联想|到产业园)."""
    if cand.label != "COMPANY" or cand.priority != CONTEXT or not company.firm_word_after(text, cand.end):
        return False
    opened = word_read_at(text, cand.start)
    if opened is not None and len(opened) > cand.length and company.firm_word_after(opened, cand.length):
        return True  # 由|中兴公司|承建: the name and the company word read as one word
    after = word_read_at(text, cand.end)
    return after is not None and resources.word_tag(after)[:1] not in _FUNCTION_TAGS \
        and reads_as_word(text, cand.start, cand.end)


_FUNCTION_TAGS = ("v", "p", "d", "c", "u", "r")


def _listed_before_a_place(text: str, cand: Candidate) -> bool:
    """在册亨、罗甸、望谟: a place listed right before another, though a word runs across its start (在册), but not one
    that holds it whole (丹霞山、…, 双江口、…)."""
    if not text.startswith("、", cand.end) or any(
            resources.is_common_word(text[cand.start - k:cand.end], 1) for k in (1, 2) if cand.start >= k):
        return False
    for size in (2, 3, 4):
        entry = builtin().get(text[cand.end + 1:cand.end + 1 + size])
        if entry is not None and entry[0] == "PLACE":
            return True
    return False


_TIME_ZONE = re.compile(r"时间(?:\d|[今明昨前凌上下中晚早])")  # (not 经包头至北京|时间由18小时缩短)
_TYPHOON = re.compile(rf"”(?:等[\d{COUNT_NUMERALS}]*个)?(?:台风|号台风|超强台风)")  # the end of a storm's name: “桦|加沙”等15个台风


def _names_a_storm(text: str, cand: Candidate) -> bool:
    """A place inside the quoted name of a typhoon, after a character of it: “桦加沙”等15个台风, 台风“桦加沙”."""
    opening = text.rfind("“", max(0, cand.start - 4), cand.start)
    return 0 <= opening < cand.start - 1 and text.startswith("”", cand.end) \
        and (_TYPHOON.match(text, cand.end) is not None or text.endswith("台风", 0, opening))


_TOWN_LEVELS = frozenset("镇乡村")  # (not 县区市州: 龚正|市长, 纽森|州长)
_COLUMNS = ("快评", "短评", "锐评", "时评", "网")
_SESSION = re.compile("[一二三四五六七八九十]次(?:全体)?会议")


def _names_a_kind(text: str, cand: Candidate) -> bool:
    """中国特色社会主义, 中国式现代化, 中国人民, 中国现代化建设, 新中国, 美丽中国, 一个中国原则, 发展中国家: the country (or
    the middle of a word) says what kind of thing, people or era is meant; 中国国际进口博览会, 中国质量奖, 中国企业500强:
    it opens the name of an event, an award or a ranking. It is not named as a place."""
    return cand.name == "中国" and text[cand.start:cand.end] == "中国" and (
        text.startswith(_OF_CHINA, cand.end) or text.endswith(_CHINA_OF, 0, cand.start)
        or _EVENT_OF_CHINA.match(text, cand.end) is not None
        or text.endswith("发展", 0, cand.start) and text.startswith("家", cand.end))


_OF_CHINA = ("特色", "式", "人民", "故事", "梦", "化", "方案", "智慧", "声音", "精神", "道路", "制度", "人的", "现代化")
# The rest of the name of an event, award or ranking China opens: a run without punctuation or function words (not
# 中国将举办…大会: a clause) ending in its head.
_EVENT_OF_CHINA = re.compile(r"[^\s，。、；：！？“”（）()的在将是和与及获为对向把被同]{0,8}?"
                             r"(?:奖|节|博览会|交易会|峰会|大会|500强|年度案例|名品)")
_CHINA_OF = ("新", "美丽", "健康", "平安", "数字", "法治", "一个", "网络", "体育", "文化", "交通", "质量", "制造")


def _place_read_as_word(text: str, cand: Candidate) -> bool:
    """A word runs across an edge of a place, but the likeliest reading of the text has the place as a word
    (申建|中国: 建中 is a word; 南宁|都市圈: 宁都 is one) and the place is no everyday word, a short form that needs
    context (新建) outside a list (海城、庄河|上榜: 河上 is a word; 南京、昆山|国家级…试验区) nor a two-character county
    (西区块)."""
    surface = text[cand.start:cand.end]
    listed = text[cand.start - 1:cand.start] in ("、", "和", "与", "及") and (
        text[cand.end:cand.end + 1] in ("、", "，", "。", "；") or place.starts_verb(text, cand.end)
        or place.zone_at(text, cand.end))
    if cand.label != "PLACE" or cand.priority < CONTEXT or cand.priority == CONTEXT and not listed or \
            resources.is_ordinary_word(surface, 3) and not read_as_name(surface) or \
            len(surface) == 2 and surface[-1] in _LEVELS:  # 西区 in 西区块, 成县 in 成县域
        return False
    if reads_as_word(text, cand.start, cand.end):
        return True
    opened = word_read_at(text, cand.start)  # 同|日本国会: a body of the country read as one word
    return opened is not None and opened.startswith(surface) and org.is_foreign_body(opened[len(surface):])


def _crossed(text: str, cand: Candidate) -> bool:
    """A dictionary word runs across the match's edge (荣昌 in 繁荣昌盛, 重庆制造 in 重庆制造业).

    For a formulation only words that take two of its characters count (小县大城建设 is fine), or a frequent verb
    ending at its first (强科技 in 加强科技). For a short form that needs context rare words count too (昆山 in 南昆山); a
    firm's short name of two characters may lie in the middle of no word of four (富力 in 年富力强).
    """
    if cand.label == "PLACE" and text.endswith(("首都", "首府"), 0, cand.start):
        return False  # 越南首都河内|参加 (内参 is a word): a capital named as such
    inside = 2 if cand.label == "SLOGAN" else 1
    rare = 3 if cand.priority == CONTEXT else 50
    if cand.label == "COMPANY" and cand.length == 2 and cand.start and text[cand.start - 1:cand.end + 1] in resources.dictionary():
        return True  # 年|富力|强: a firm's short name of two characters in the middle of an idiom
    if cand.label == "COMPANY" and len(run_on := text[cand.start:cand.end + 2]) == cand.length + 2 \
            and TRANSLITERATION.issuperset(run_on) and not resources.is_common_word(run_on[-2:], 20):
        return True  # 南|伊利|诺伊大学: a transliteration runs on past a foreign firm's short name
    if cand.label == "SLOGAN" and cand.start and resources.word_tag(verb := text[cand.start - 1:cand.start + 1]) == "v" \
            and resources.is_common_word(verb, 1000):
        return True
    if cand.label == "PLACE" and cand.length == 2 and cand.name[-1] == "州" \
            and crosses_word(text, cand.end, min_freq=5, min_inside=2, side="left"):
        return True  # 文山会海: a rarer word that takes the whole short form of an autonomous prefecture
    if cand.label == "PLACE" and cand.priority == CONTEXT and text[cand.end:cand.end + 1] in _LEVELS \
            and text[cand.end:cand.end + 2] not in _LEVEL_WORDS \
            and not resources.is_common_word(text[cand.start:cand.end + 1], 50) \
            and not crosses_word(text, cand.start, min_freq=rare, min_inside=inside, side="right"):
        return False  # 康定|县 (定县 is a word): a short form, then a level (the county's former one too); not 自治区
    if cand.label == "PERSON" and cand.length >= 3 and text[cand.end:cand.end + 1] in _LISTING \
            and not crosses_word(text, cand.start, min_freq=rare, min_inside=inside, side="right"):
        return False  # 丁薛祥|和中央有关部门负责同志 (祥和 is a word): a full name, then a conjunction
    return crosses_word(text, cand.start, min_freq=rare, min_inside=inside, side="right") or \
        crosses_word(text, cand.end, min_freq=rare, min_inside=inside, side="left") and \
        not (cand.label == "PLACE" and (place.opens_zone(text, cand.end) or _opens_route(text, cand))) or \
        cand.label == "PLACE" and (_read_inside_a_name(text, cand)
                                   or cand.length == 2 and _in_a_set_phrase(text, cand, ("i", "l", "nz")))
    # (生命重于|泰山: an idiom that ends with the place)


def _opens_route(text: str, cand: Candidate) -> bool:
    """The place opens a route with 至 or 到, and the word across its end takes its last character only (乐东|至三亚:
    东至 is a county's short form too)."""
    return text[cand.end:cand.end + 1] in ("至", "到") and \
        not crosses_word(text, cand.end, min_freq=3, min_inside=2, side="left")


def _read_inside_a_name(text: str, cand: Candidate) -> bool:
    """A rare word of the dictionary that the likeliest reading keeps holds a two-character place whole with the
    character before (重庆|歌乐山: not 乐山, a city of Sichuan)."""
    if cand.length != 2 or not crosses_word(text, cand.start, min_freq=3, min_inside=2, side="right"):
        return False
    word = word_read_at(text, cand.start - 1)
    return word is not None and len(word) > cand.length


_STREET_HEADS = frozenset("道路街巷沟")


def _names_a_water(text: str, cand: Candidate) -> bool:
    """苏州河, 黄浦江, 胶州湾, 玄武湖: a river, a bay or a lake named after a place, which the dictionary holds as a name
    of its own (not 杭州湾新区, a zone); 黑山峡, a gorge."""
    water = text[cand.start:cand.end + 1]
    if water[-1:] == "峡" and len(water) > 2:  # 黑山峡: a gorge (not 吉安|峡江县)
        return not is_known_place(text[cand.end:cand.end + 2]) and builtin().get(water) is None
    return water[-1:] in "河江湖湾" and resources.word_tag(water) in _WATER_TAGS \
        and not place.opens_zone(text, cand.end + 1) and builtin().get(water) is None


_WATER_TAGS = ("ns", "nr", "nrt")  # the dictionary tags some waters as people's names (玄武湖, 嘉陵江, 洪泽湖)


def _names_something_after_it(text: str, cand: Candidate) -> bool:
    """A place's name that names what follows it: a people (朴世龙（朝鲜族）), a ship (烟台舰), an agreement made there
    (《巴黎协定》) or a round of talks opened there (多哈回合), the means of a haul (江海联运), two states (巴中|两国)."""
    after = text[cand.end:cand.end + 1]
    return after == "族" and cand.name in resources.foreign_countries() \
        or after in _NAMED_AFTER_OPENINGS and text.startswith(_NAMED_AFTER, cand.end) \
        or cand.name[0] in _MEANS and _names_a_haul(text, cand) \
        or after in _OF_TWO_STATES_OPENINGS and _names_a_pair_of_states(text, cand)


_NAMED_AFTER = ("舰", "协定", "公约", "条约", "议定书", "回合")
_NAMED_AFTER_OPENINGS = frozenset(word[0] for word in _NAMED_AFTER)


# Pairs of means of transport joined in one haul (海铁、江海、海河联运; 公铁水联运): no places.
_MEANS = "公铁水海江河空陆"
_JOINT_HAUL = re.compile(f"(?:[{_MEANS}]{{2,3}}[、和与及]?)+联运")


def _names_a_haul(text: str, cand: Candidate) -> bool:
    """江海, 海河 in a list of the pairs of means of transport that 联运 joins."""
    return all(ch in _MEANS for ch in cand.name) and _JOINT_HAUL.match(text, cand.start) is not None


def _names_a_pair_of_states(text: str, cand: Candidate) -> bool:
    """巴中|两国, 中巴|关系: the one-character names of two states, not a city named by the same two characters."""
    return cand.end - cand.start == 2 and all(ch in PARTNER_LETTERS for ch in text[cand.start:cand.end]) \
        and text.startswith(_OF_TWO_STATES, cand.end)


_OF_TWO_STATES = ("两国", "关系", "双方", "双边", "友好", "建交", "友谊", "合作", "全面战略", "伙伴")
_OF_TWO_STATES_OPENINGS = frozenset(word[0] for word in _OF_TWO_STATES)


def _names_a_street(text: str, cand: Candidate) -> bool:
    """泰安道, 龙潭沟: a street or a gully named after a place's short form (not 泰安道路: 道路 is a word)."""
    return text[cand.end:cand.end + 1] in _STREET_HEADS and cand.name != text[cand.start:cand.end] \
        and cand.priority < USER and not resources.is_common_word(text[cand.end:cand.end + 2], 20)


def _place_inside_word(text: str, cand: Candidate) -> bool:
    """A dictionary word takes the place's first two characters: 浮山县 in 罗浮山县镇村 (罗浮山 is a
    rare word: for county-level names rare words count too); or a two-character name runs into a
    word: 海地 in 沿海地区, 成县 in 成县域, 和县 in 和县城, 西区 in 西区块 (not 泸县|属于: a character of place names, no
    word across its start), or rarer words across both its edges (滨江|南段);
    or the text reads as two frequent words across its start, the second very frequent (沿海|城市, 顺应|城市; not
    海城市)."""
    if cand.priority >= USER or text[cand.start - 1:cand.start] in ("和", "与", "及", "同") \
            and cand.name in resources.foreign_countries() \
            and any(is_known_place(text[cand.start - 1 - k:cand.start - 1]) for k in (2, 3, 4)):
        return False  # 巴勒斯坦和|约旦 (和约 is a word): a country listed after another place
    if cand.name[-1] in _LEVELS and text.startswith(cand.name, cand.start) and not crosses_word(text, cand.end) \
            and any(is_known_place(text[cand.start - k:cand.start]) for k in (2, 3)):
        return False  # 山西|夏县 (西夏 is a word): a division printed in full right after the place it lies in
    rare = 5 if cand.name[-1] in _LEVELS else 50
    if cand.length == 2:  # 海地 in 沿海地区; 成县 in 成县域; 中东 in 中东部
        return crosses_word(text, cand.start, side="right") or \
            crosses_word(text, cand.start, min_freq=5, side="right") and crosses_word(text, cand.end, side="left") \
            and not reads_as_word(text, cand.start, cand.end) or \
            cand.name[-1] in _LEVELS and crosses_word(text, cand.end, min_freq=rare, side="left") \
            and not (_place_character(cand.name[0]) and not crosses_word(text, cand.start, min_freq=5)) or \
            text[cand.end - 1:cand.end + 1] in ("东部", "西部", "南部", "北部") or \
            _read_across_its_end(text, cand) or _in_a_set_phrase(text, cand)
    return crosses_word(text, cand.start, min_freq=rare, min_inside=2, side="right") or \
        cand.start > 0 and resources.is_common_word(text[cand.start - 1:cand.start + 1], 100) \
        and resources.is_common_word(text[cand.start + 1:cand.end], 1000) or \
        text[cand.end - 1:cand.end + 1] in _LEVEL_WORDS and is_known_place(text[cand.start:cand.end - 1])
    # (沿海|城市, not 海城市; 西安|区域, not 西安区)


def _in_a_set_phrase(text: str, cand: Candidate, kinds: tuple[str, ...] = ("i", "l")) -> bool:
    """A two-character place at either end of an idiom or set phrase of four (同心|同德, 千山|万水, 长治|久安), not an
    event named after it (武昌起义); `kinds`: the dictionary's tags of such phrases (a short form learnt or needing
    context: also the phrases it tags as proper, 万水|千山)."""
    for start, end in ((cand.start - 2, cand.end), (cand.start, cand.end + 2)):
        entry = resources.dictionary().get(text[start:end]) if start >= 0 else None
        if entry is not None and entry[1] in kinds and entry[0] >= 10 and not text.endswith(_EVENTS, start, end):
            return True
    return False


_EVENTS = ("起义", "战役", "会议", "事变", "运动", "之战")


def _takes_from_place_after(text: str, cand: Candidate) -> bool:
    """A province's short name whose last character opens a longer known place that it takes that character from
    (山东|三省: `_province_ends_at`)."""
    return cand.length == 2 and any(is_known_place(text[cand.end - 1:cand.end - 1 + k]) for k in (3, 4)) \
        and _province_ends_at(text, cand.end - 1)


def _province_ends_at(text: str, at: int) -> bool:
    """A province's short name ends on text[at] (山东|三省: not 东三省), unless a place ends right before that name
    (湖北|京山); a county's does not count (同|安哥拉, 全面完成|武陵山区)."""
    province = short_forms().get(text[at - 1:at + 1]) if at > 0 else None
    return province is not None and province[1] == "province" and not any(
        is_known_place(text[at - k:at]) for k in (2, 3) if at >= k)


def _place_character(char: str) -> bool:
    """A character the dictionary has as a place name and seldom as anything else (泸, 沛, 歙; not 西, 和, 成)."""
    return resources.word_tag(char) == "ns" and not resources.is_common_word(char, 1000)


def _read_across_its_end(text: str, cand: Candidate) -> bool:
    """The likeliest reading has a frequent word, no place's name, across the end of a two-character name (围填|海地|方:
    地方; not 南|美国|家), or a word of the dictionary that opens with the name and goes on (东北虎|豹: a tiger; not 中国队,
    a team)."""
    if any(resources.is_common_word(text[cand.end - 1:cand.end + k], 1000) for k in (1, 2)):  # (before reading: it costs)
        across = word_read_at(text, cand.end - 1)
        if across is not None and len(across) > 1 and resources.is_common_word(across, 1000) \
                and resources.word_tag(across) != "ns":
            return True
    return any(resources.is_common_word(longer := text[cand.start:cand.end + k], 20)
               and resources.word_tag(longer) not in ("ns", "nt") for k in (1, 2))


_LEVEL_WORDS = frozenset(("区域", "县域", "市场", "区位", "区块", "区间"))  # a word opened by a division's last character


_WITH_OTHERS = ("会同", "会商")  # 国家发展改革委|会同有关部门: the body acts jointly with others (委会 is a word)


def _ends_inside_word(text: str, cand: Candidate) -> bool:
    """A dictionary word takes the body's last character: 公安部 in 公安部门, 国防部 in 国防部长,
    中国共产党 in 中国共产党人; not where what follows opens a predicate (民政部|将: 部将 is a word), a title
    (中央组织部|副部长: 部副 is one), the place of a meeting (联合国大会|上) or a frequent word (哈工大|发展), nor where the
    likeliest reading has the body as a word
    and a word of two characters or more after it (对标|世界银行|营商环境: 行营 is a word)."""
    if cand.end - cand.start == 2 and resources.is_common_word(text[cand.end - 1:cand.end + 1], 5000):
        return True  # 进程中共同创造: 共同, a very frequent word, takes the last character of 中共
    if text[cand.end - 1:cand.end + 1] == "部际":
        return True  # 社会信用体系建设|部际联席会议: an inter-ministerial meeting, no ministry
    return cand.priority < USER and text[cand.end:cand.end + 1] not in AFTER_NAME and \
        not text.startswith(_WITH_OTHERS, cand.end) and \
        text[cand.end - 1:cand.end + 1] != "会上" and \
        crosses_word(text, cand.end, min_inside=1, side="left") and not position.opens_title(text, cand.end) \
        and not resources.is_common_word(text[cand.end:cand.end + 2], 5000) \
        and not (len(word_read_at(text, cand.end) or "") >= 2 and reads_as_word(text, cand.start, cand.end))


def _canonical(cand: Candidate, corpus: CorpusLexicon, text: str) -> Candidate:
    """Known, merged and home-relative names: 重庆长安汽车股份有限公司 → 长安汽车 (a known company's
    legal name), 重庆市经信委 → 市经信委 when the corpus is about 重庆市 (a body; a post keeps its place as
    printed: 重庆市人民政府市长)."""
    name = cand.name
    known = corpus.lexicon.get(text[cand.start:cand.end]) if cand.priority >= RULE - 15 else None
    if known is not None and known[0] == cand.label and known[2] >= FULL:
        name = known[1]
    if corpus.home and cand.label == "ORG" and name.startswith(corpus.home) \
            and name[len(corpus.home) - 1] in "市省" and len(name) > len(corpus.home) \
            and name[len(corpus.home)] != name[len(corpus.home) - 1]:  # not 北京市市长 → 市市长
        name = name[len(corpus.home) - 1:]
    name = corpus.canonical.get((cand.label, name), name)
    if corpus.user is not None:
        name = corpus.user.renames.get((cand.label, name), name)
    return cand if name == cand.name else cand._replace(name=name)


def harvest(parsed: ParsedDocument, base: CorpusLexicon | None = None, reuse: Reuse | None = None) -> Harvest:
    """Pass 1 on one document (what pass 2 may take again goes into `reuse`)."""
    text = parsed.text
    base = base or base_lexicon()
    proposed = tagger.propose(parsed) if base.model else []
    found = _analyse(parsed, base, proposed, reuse)
    result = Harvest()
    regions = _regions()
    for cand in found:
        if cand.label == "PLACE" and cand.name in regions:
            result.regions[cand.name] += 1
        if cand.priority == tagger.MODEL:
            result.proposed[(cand.label, text[cand.start:cand.end], cand.name)] += 1
        if cand.priority < RULE - 15:
            continue
        surface = text[cand.start:cand.end]
        if not _spreads(cand, surface):
            continue
        home = _stays_home(cand, surface)
        if home:
            result.scoped[(cand.label, cand.name if cand.label == "PERSON" else surface, cand.name, parsed.document.id)] += 1
        if cand.label == "PERSON":
            if not home:
                result.names[("PERSON", cand.name, cand.name)] += 1
            result.roles[(cand.name, cand.role or "")] += 1
        elif cand.label == "COMPANY":
            country = next((surface[:k] for k in (2, 3, 4) if surface[:k] in resources.foreign_countries()), "")
            rest = surface[len(country):]  # 法国|达飞集团: the firm without its country, which stays a place (not
            if not country or len(rest) >= 3 and not resources.is_ordinary_word(rest) \
                    and not company.only_ordinary_words(rest):  # 科威特|石化, 荷兰|合作银行: ordinary words)
                result.names[("COMPANY", rest, cand.name)] += 1
            short = company.short_name(cand.name)
            if short:
                result.names[("COMPANY", short, cand.name)] += 1
        elif cand.label == "PLACE" and cand.name in county_short_forms() \
                and not is_word_like(county_short_forms()[cand.name]):  # (复兴区: not 复兴 wherever it is a word)
            result.names[("PLACE", county_short_forms()[cand.name], cand.name)] += 1
        if cand.label in ("SLOGAN", "PLACE", "ORG") and cand.priority >= RULE and not home:
            result.names[(cand.label, surface, cand.name)] += 1
    quoted = [c for c in found if c.label == "SLOGAN" and c.priority >= RULE]
    for longer, term in slogan.variants(text, quoted):
        result.names[("SLOGAN~", longer, term)] += 1
    owners: dict[int, Candidate] = {}  # the first company or body ending at each offset
    for c in found:
        if c.label in ("COMPANY", "ORG"):
            owners.setdefault(c.end, c)
    for match in company.ALIAS_INTRO.finditer(text):
        owner = owners.get(match.start() - 1)  # the name right before the bracket
        if owner is not None:
            result.names[(owner.label, match.group(1), owner.name)] += 1
    return result


def _spreads(cand: Candidate, surface: str) -> bool:
    """Whether a name found here may be matched in every document: not a firm's made of ordinary words (城市更新 in
    a list of sectors), which one mistaken reading would spread; names the gazetteer knows do; nor a firm's that opens
    or ends with a digit (360 in 阿里、百度、360等 would be found in 360亿元); nor a term for a kind of things, a formulation
    only where a list decodes it (新兴产业: `slogan.find_kinds`), or a count of aspects (四个方面: where its points follow)."""
    if cand.label == "SLOGAN" and (cand.name in resources.kind_formulations() or slogan.named_where_listed(cand.name)):
        return False
    if cand.label == "COMPANY" and (surface[:1].isdigit() or surface[-1:].isdigit()):
        return False
    if cand.label == "SLOGAN" and surface.isdigit() and len(surface) < 4:
        return False  # “120”: a number every text prints (120多个城市), a code only where it is quoted
    if cand.label == "COMPANY" and not surface.endswith(("集团", "公司", "银行")):  # (交通集团: a province's group)
        halves = len(surface) == 4 and all(resources.is_common_word(half, 100) for half in (surface[:2], surface[2:]))
        return not (company.only_ordinary_words(surface) or halves) or builtin().get(surface) is not None
    return True


def _stays_home(cand: Candidate, surface: str) -> bool:
    """Whether a name found here is matched bare only in the documents that proved it: a person's name that is a frequent
    word too (商务部新闻发言人|高峰, and 迎来|高峰 everywhere else), unless the gazetteer knows it; a formulation that counts
    nothing, quoted here (实现“全覆盖”: a phrase every other text uses bare; “无废城市”, quoted wherever it is one), or a
    counted one that is an abbreviation or attribute of the language the gazetteer does not know as a formulation
    (“两院”院士, “三甲”医院, “双语”教学: bare in every other text; not “三资”, a noun)."""
    if cand.label == "SLOGAN":
        return cand.priority >= RULE and (not slogan.counts(surface) or resources.is_common_word(surface, 30)
                                          and resources.word_tag(surface) != "n" and builtin().get(surface) is None)
    return cand.label == "PERSON" and builtin().get(cand.name) is None and (
        resources.is_common_word(cand.name, 300)
        or resources.is_common_word(cand.name, 100) and resources.word_tag(cand.name) not in ("nr", "nrfg", "nrt"))
    # (赛|龙舟: a word of the language, 230 times in the dictionary, not a name)


def corpus_lexicon(harvests: Iterable[Harvest], base: CorpusLexicon | None = None) -> CorpusLexicon:
    """The pass-1 lexicon plus everything the corpus proved in pass 1."""
    base = base or base_lexicon()
    total = Harvest()
    for part in harvests:
        total.update(part)
    lexicon = base.lexicon.copy()
    slogans = {surface for (label, surface, _name) in total.names if label == "SLOGAN"}
    canonical: dict[tuple[str, str], str] = {}
    for (label, surface, name), _count in sorted(total.names.items()):
        if label == "SLOGAN~":
            # “四链”融合: one entity; the longer form is canonical when it is itself quoted somewhere
            if surface in slogans:
                canonical[("SLOGAN", name)] = surface
                lexicon.add(name, "SLOGAN", surface, HARVEST + 1)
            else:
                lexicon.add(surface, "SLOGAN", name, HARVEST)
            continue
        if len(surface) >= 2 and not (label == "SLOGAN" and slogan.quoted_only(surface)):
            lexicon.add(surface, label, name, HARVEST)
    scopes: dict[str, set[str]] = {}
    for label, surface, name, document in sorted(total.scoped):
        if label == "SLOGAN" and slogan.quoted_only(surface):
            continue
        if surface not in lexicon:
            lexicon.add(surface, label, name, HARVEST)
        if lexicon.get(surface) == (label, name, HARVEST):
            scopes.setdefault(surface, set()).add(document)
    tagger.add_names(lexicon, total.proposed)
    roles: dict[str, Counter] = {}
    for (name, role), count in total.roles.items():
        roles.setdefault(name, Counter())[role] += count
    only_role = {name: next(iter(c)) for name, c in roles.items() if len(c) == 1 and next(iter(c))}
    if base.user is not None:  # the user's renames and merges win over the corpus's merges
        protected = {key for key in base.user.renames} | {(label, target) for (label, _), target in base.user.renames.items()}
        canonical = {key: value for key, value in canonical.items() if key not in protected}
    bare = any(label == "ORG" and surface[:1] == "市" for label, surface, _name in total.names)
    return CorpusLexicon(lexicon, only_role, canonical, base.bans, _home(total.regions) if bare else None, base.user,
                         base.model, {surface: frozenset(documents) for surface, documents in scopes.items()})


@lru_cache(maxsize=None)
def _regions() -> frozenset[str]:
    return frozenset(d.name for d in resources.divisions() if d.level in ("province", "city"))


def _home(regions: Counter) -> str | None:
    """The province or city that dominates the corpus (at least 30% of such mentions), if any (asked only of a corpus
    that names bodies of a city bare, 市政府, 市经信委: a city's paper, not national news about 北京市人民政府)."""
    total = sum(regions.values())
    if not total:
        return None
    name, count = min(regions.items(), key=lambda item: (-item[1], item[0]))
    return name if count >= 3 and count >= 0.3 * total and name.endswith("市") else None


def extract(parsed: ParsedDocument, corpus: CorpusLexicon, reuse: Reuse | None = None) -> DocumentResult:
    """Pass 2 on one document: mentions with original offsets, and HOLDS relations (with what pass 1
    left in `reuse`)."""
    found = _bloc_as_body(parsed.text, _analyse(parsed, corpus, reuse=reuse))
    found = _qualified_counts(_envoys_of(parsed.text, _dotted_in_full(_full_forms(found))))
    document = parsed.document
    starts = [b[0] for b in parsed.bounds]
    definitions = _definitions(parsed, found)
    slogans = [c for c in found if c.label == "SLOGAN"]
    if renamed := defines.printed_names_of_other_parts(parsed.text, definitions, slogans):
        found = [c._replace(name=renamed[c.name]) if c.label == "SLOGAN" and c.name in renamed else c for c in found]
        definitions = [replace(d, name=renamed.get(d.name, d.name)) for d in definitions]
    mentions = []
    for cand in found:
        raw_start, raw_end = parsed.clean.span_to_raw(cand.start, cand.end)
        sentence = max(0, bisect_right(starts, cand.start) - 1)
        role = cand.role or (corpus.roles.get(cand.name) if cand.label == "PERSON" else None)
        by = _source(cand, parsed.text[cand.start:cand.end]) if corpus.model else None
        mentions.append(Mention(document.id, cand.label, document.text[raw_start:raw_end], cand.name, raw_start, raw_end,
                                sentence, role, by))
    relations = _holds(parsed, found, starts) + _defines(parsed, definitions, starts) + _promotes(parsed, found)
    return DocumentResult(document.id, tuple(mentions), tuple(sorted(set(relations), key=_relation_order)))


# What shows 东盟 as a party of diplomacy, not a region: its chair, secretary general, summit or members, joining it,
# China's relations with it (中国和东盟建立对话关系, 中国-东盟关系; not 对东盟出口, 深耕东盟市场).
_BLOC_AS_PARTY = re.compile("东盟(?:轮值主席国|秘书长|秘书处|峰会|成员国|成立|领导人)|加入东盟|(?:中国|中方|我国)(?:和|同|与)东盟"
                            "|东盟[-－—]中国|中国[-－—]东盟(?:关系|合作)|东盟(?:和|与|同)中国")


def _bloc_as_body(text: str, found: list[Candidate]) -> list[Candidate]:
    """东盟 a body (ORG) throughout a document that shows it as a party of diplomacy (`_BLOC_AS_PARTY`), else a region."""
    if "东盟" not in text or not _BLOC_AS_PARTY.search(text):
        return found
    return [c._replace(label="ORG") if c.label == "PLACE" and c.name == "东盟" else c for c in found]


_SHORT_FORM = 6  # the fewest characters of a body or post read as the short form of a longer one
# The bodies whose committees and offices are named with them once, then alone: 全国人大|宪法和法律委员会.
_PARENT_BODY = re.compile(r"(?:全国|省|市|自治区|区|县)?(?:人大常委会|人大|政协)|常委会")


def _full_forms(found: list[Candidate]) -> list[Candidate]:
    """Committees and offices of a legislature or a CPPCC, and their posts, printed in short form where the document
    also names them with their parent body, take the full name: 宪法和法律委员会副主任委员 → 全国人大宪法和法律委员会副主任委员
    (the one full form that ends with it; none when two do)."""
    names = {(c.label, c.name) for c in found if c.label in ("ORG", "POSITION")}
    fulls: dict[tuple[str, str], set[str]] = {}
    for label, name in names:
        parent = _PARENT_BODY.match(name)
        if parent and len(name) - parent.end() >= _SHORT_FORM:
            fulls.setdefault((label, name[parent.end():]), set()).add(name)
    longer = {key: next(iter(full)) for key, full in fulls.items() if key in names and len(full) == 1}
    return [c._replace(name=longer[(c.label, c.name)]) if (c.label, c.name) in longer else c for c in found] \
        if longer else found


def _dotted_in_full(found: list[Candidate]) -> list[Candidate]:
    """A person named by one part of a name of parts the document prints in full takes the full name: 佐科 → 佐科·维多多,
    普京 → 弗拉基米尔·普京 (the first or the last part of just one such name)."""
    dotted = {c.name for c in found if c.label == "PERSON" and "·" in c.name}
    if not dotted:
        return found
    owners: dict[str, set[str]] = {}
    for name in dotted:
        parts = name.split("·")
        for part in {parts[0], parts[-1]}:
            if len(part) >= 2:
                owners.setdefault(part, set()).add(name)
    full = {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}
    return [c._replace(name=full[c.name]) if c.label == "PERSON" and c.name in full else c for c in found]


# A count, then a word that only qualifies what is counted: 三大|重点|工程 is 三大工程 where the text names that too.
_QUALIFIED_KIND = re.compile(rf"(.*?(?:[{COUNT_NUMERALS}]+|\d+)[大个项条类])(?:重点|主要|重大|核心|关键)(.{{2,4}})")


def _qualified_counts(found: list[Candidate]) -> list[Candidate]:
    """A counted formulation with a qualifier after its count takes the name without it where the document names that
    formulation too (我国启动…三大工程 … 启动A，B，C三大重点工程: one formulation)."""
    slogans = {c.name for c in found if c.label == "SLOGAN"}
    plain = {}
    for name in slogans:
        match = _QUALIFIED_KIND.fullmatch(name)
        if match and match.group(1) + match.group(2) in slogans:
            plain[name] = match.group(1) + match.group(2)
    return [c._replace(name=plain[c.name]) if c.label == "SLOGAN" and c.name in plain else c for c in found] \
        if plain else found


def _envoys_of(text: str, found: list[Candidate]) -> list[Candidate]:
    """An envoy's post (特别代表, 特使) takes the post, and the name, of whom the envoy represents, printed right before it:
    国家主席习近平|特别代表, 习近平主席|特别代表, 联合国秘书长|特别代表."""
    envoys = [c for c in found if c.label == "POSITION" and c.name in ENVOYS]
    if not envoys:
        return found
    by_end = {c.end: c for c in found if c.label in ("PERSON", "POSITION")}
    widened, inside = {}, set()
    for envoy in envoys:
        start, taken = envoy.start, []
        for _ in range(2):  # a title and a name, in either order
            before = by_end.get(start)
            if before is None or before.start >= start:
                break
            start = before.start
            taken.append(before)
        if start < envoy.start:
            widened[envoy] = envoy._replace(start=start, name=text[start:envoy.end])
        if len(taken) == 1 and taken[0].label == "POSITION":
            inside.add(taken[0])  # 法国总统|特别代表: no post of its own, only the envoy's title
    return [widened.get(c, c) for c in found if c not in inside]


def _source(cand: Candidate, surface: str) -> str:
    """How a mention was found: "model" (a name the tagger proposed, here or elsewhere in the corpus),
    "lexicon" (the built-in or the user's) or "rule" (a pattern, here or where pass 1 learnt the name)."""
    if cand.priority == tagger.MODEL:
        return "model"
    entry = builtin().get(surface)
    return "lexicon" if cand.priority == USER or entry is not None and entry[0] == cand.label else "rule"


def _relation_order(r: Relation):
    return (r.sentence, r.kind, r.source, r.target, r.note or "", r.start, r.end)


def _sentence_span(parsed: ParsedDocument, index: int) -> tuple[int, int]:
    sentence = parsed.sentences[index] if parsed.sentences else None
    return (sentence.start, sentence.end) if sentence else (0, 0)


def _definitions(parsed: ParsedDocument, found: list[Candidate]) -> list[defines.Definition]:
    """The decodings the document states for the formulations found in it."""
    slogans = [c for c in found if c.label == "SLOGAN"]
    definitions = defines.find_definitions(parsed.text, slogans, list(parsed.bounds))
    decoded = {d.name for d in definitions if d.role == "part" and "(等)" not in d.note
               and "(numbered headings)" not in d.note and defines.RUN_IN not in d.note}  # (some of the parts only:
    # the parts numbered elsewhere may still give them all; an annex's headings, run-in headings: the points where the
    # text names it are evidence too)
    definitions += defines.find_section_parts(parsed.text, [s for s in slogans if s.name not in decoded],
                                              parsed.paragraphs)
    decoded |= {d.name for d in definitions if d.role == "part"}
    definitions += defines.find_named_groups(parsed.text, [s for s in slogans if s.name not in decoded], found)
    decoded |= {d.name for d in definitions if d.role == "part"}
    definitions += defines.find_known_parts(parsed.text, [s for s in slogans if s.name not in decoded],
                                            parsed.paragraphs)
    decoded |= {d.name for d in definitions if d.role == "part"}
    definitions += defines.find_marked_lists(parsed.text, [s for s in slogans if s.name not in decoded],
                                             list(parsed.bounds))
    decoded |= {d.name for d in definitions if d.role == "part"}
    definitions += defines.find_steps(parsed.text, [s for s in slogans if s.name not in decoded])
    decoded |= {d.name for d in definitions if d.role == "part"}
    definitions += defines.find_listed_before(parsed.text, [s for s in slogans if s.name not in decoded])
    definitions += defines.find_initials(parsed.text, [s for s in slogans if s.name not in decoded], parsed.paragraphs)
    return definitions + defines.printed_again(parsed.text, definitions, slogans, list(parsed.bounds))


def _defines(parsed: ParsedDocument, definitions: list[defines.Definition], starts: list[int]) -> list[Relation]:
    relations = []
    for d in map(defines.known_parts_as_printed, definitions):
        index = max(0, bisect_right(starts, d.start) - 1)
        raw = parsed.clean.span_to_raw(d.start, d.end)
        for part in d.parts:
            relations.append(Relation("DEFINES", entity_id("SLOGAN", d.name), entity_id("SLOGAN", part),
                                      parsed.document.id, index, raw[0], raw[1], d.note))
    return relations


def _promotes(parsed: ParsedDocument, found: list[Candidate]) -> list[Relation]:
    relations = []
    for a in promotes.attribute(parsed.text, parsed.paragraphs, list(parsed.bounds), found):
        start, end = _sentence_span(parsed, a.sentence)
        relations.append(Relation("PROMOTES", entity_id("PERSON", a.speaker), entity_id("SLOGAN", a.slogan),
                                  parsed.document.id, a.sentence, start, end))
    return relations


def _stacked_after(text: str, post: Candidate, positions: dict[int, Candidate]) -> list[Candidate]:
    """The posts stacked after `post`, each after a 、 (…副院长、审判委员会委员), or joined by 和, 及 or 兼 (任…国务院副总理和
    中央军委副主席兼总参谋长)."""
    stack = []
    while text[post.end:post.end + 1] in ("、", "和", "及", "兼") and post.end + 1 in positions:
        post = positions[post.end + 1]
        stack.append(post)
    return stack


def _ends_in_duties(text: str, post: Candidate, positions: dict[int, Candidate]) -> bool:
    """Whether `post`, or the last of the posts stacked after it, is followed by 职务 or 资格 (免去毕井泉|第十四届全国政协
    常委、经济委员会副主任职务)."""
    return text.startswith(("职务", "资格"), [post, *_stacked_after(text, post, positions)][-1].end)


_PRAISE_BEFORE_NAME = re.compile("[，、](?:中国共产党的|我国)?[^，。；、]{0,8}?(?:优秀党员|共产主义战士|革命家|社会活动家|优秀领导干部)$")
# Between a person and a post taken, left or won.
_WHEN = re.compile(r"(?:今天|昨天|当天|日前|近日|\d{1,2}日)(?:（[^（）]{1,12}）)?")
_MANNER = re.compile("全票|高票|再次|正式|顺利|成功|首次|开始|又")  # how a post is taken, between the name and the verb
_STATED_AS = re.compile("[。；\n]?")  # what opens a sentence that states a person's post (。李鸿忠为大会秘书长。)
_ELECTED = re.compile("，祝贺[他她其](?:再次)?(?:当选|连任|担任|就任|出任|荣任)(?:新一任)?")  # a post a person is congratulated on, after his name
_BARE_TITLES_AFTER = frozenset(("主席", "总书记", "总理", "总统", "委员长", "首相", "国王", "女王", "委员", "代表"))  # after a name
_AS_ENVOY = re.compile("(?:将|还将)?作为")  # the post one acts in, or is sent as (…将作为|习近平主席特使出席)
_SERVED_LATER = re.compile("，(?:曾经?|先后|历)(?:任|担任)过?")  # the posts a person named first held (…，曾任|…)
_TERMS_OF = re.compile(r"(?:中国共产党|中共|党的)?(?:第?[一二三四五六七八九十]{1,3}届、?)+")  # the terms a post was held in
_IDENTITY = re.compile("，(?:生前|现|曾经?|原)?(?:是|系|任|担任)(?:原|前)?|(?:生前)?(?:是|系)(?:原|前)?")  # a post said of a person
# named first: 邱建军，生前是…副所长, 石强是|越西县就业局局长, 严胜雄是原|上海市农委副主任, 杨秀珠，曾担任|浙江省建设厅副厅长


def _posts_among_identities(text: str, start: int, positions: dict[int, Candidate],
                             persons_by_start: dict[int, Candidate]) -> list[Candidate]:
    """The posts said of a person among the clauses of what they are, each a clause of its own after the first, up to
    the full stop (钱正英同志是|我国水利和电力战线的杰出领导人，中国工程院资深院士，|…全国委员会副主席。), no other
    person named there."""
    stop = text.find("。", start)
    stop = len(text) if stop < 0 else stop
    if any(start < other < stop for other in persons_by_start):
        return []
    return [post for at, post in positions.items() if start < at < stop and text[at - 1] == "，"
            and text[post.end:post.end + 1] in ("，", "。")]


def _listed_up_to(text: str, last: Candidate, persons_by_end: dict[int, Candidate]) -> list[Candidate]:
    """`last` and the names listed right before it, joined by 、 (杨小伟、景亚萍、|郭继孚), the last first."""
    listed = [last]
    while text[listed[-1].start - 1:listed[-1].start] == "、" and listed[-1].start - 1 in persons_by_end:
        listed.append(persons_by_end[listed[-1].start - 1])
    return listed


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a clause after a colon or semicolon."""
    return start == 0 or text[start - 1] in "。：:；\n"


def _holds(parsed: ParsedDocument, found: list[Candidate], starts: list[int]) -> list[Relation]:
    """HOLDS for titles right before a name (with stacks joined by 、, 兼 or 及, and shared by the names listed after it),
    titles right after it (a bare one, or a post whose 职务 is given or taken, and the titles stacked on it) and posts
    taken or left after a verb (王伟同志不再担任…，改任…)."""
    text = parsed.text
    positions_by_end = {}
    person_line_ends = {c.start for c in found if c.label == "PERSON" and text[c.end:c.end + 1] in ("\n", "")}
    for c in found:
        if c.label == "POSITION":
            gap = len(text[c.end:c.end + 4]) - len(text[c.end:c.end + 4].lstrip(" \u3000"))
            positions_by_end[c.end + gap] = c  # 广东省省长 王伟中: a title and a name apart in a header
            if text[c.end:c.end + 1] == "是":
                positions_by_end.setdefault(c.end + 1, c)  # 大会的执行主席是|杜青林、罗富和: who holds it, after a copula
            spaced = len(text[c.end:c.end + 5]) - len(text[c.end:c.end + 5].lstrip(" \u3000\n"))
            if text[c.end:c.end + 1] == "\n" and text.count("\n", c.end, c.end + spaced) == 1 \
                    and c.end + spaced in person_line_ends:
                positions_by_end[c.end + spaced] = c  # 国务院总理⏎　李克强: the author's title and name, a line each
    all_positions = {c.start: c for c in found if c.label == "POSITION"}
    positions_by_start = {c.start: c for c in found if c.label == "POSITION"  # 习近平总书记; 免去杨小伟…副主任职务
                          and (c.priority == WEAK or _ends_in_duties(text, c, all_positions)) and c.name not in ENVOYS}
    pairs: list[tuple[Candidate, Candidate]] = []
    titled: dict[int, list[Candidate]] = {}  # the end of a person titled right before → those titles
    persons_by_end = {c.end: c for c in found if c.label == "PERSON"}
    served_later = _SERVED_LATER.search(text) is not None  # (the texts that tell posts of a life: few)
    for cand in sorted((c for c in found if c.label == "PERSON"), key=lambda c: c.start):
        pos = positions_by_end.get(cand.start)
        if pos is None and (praise := _PRAISE_BEFORE_NAME.search(text, max(0, cand.start - 20), cand.start)):
            pos = positions_by_end.get(praise.start())  # …中央委员会主席，|中国共产党的优秀党员|罗豪才同志: an obituary's
            # words of praise between the posts and the name
        titles = []
        while pos is not None:
            titles.append(pos)
            before = positions_by_end.get(pos.start - 1) if pos.start > 0 and text[pos.start - 1] in "、兼，及" \
                else positions_by_end.get(pos.start) if text[pos.start - 1:pos.start] in (" ", "\u3000") else None
            # (中国人民大学副校长 社会学教授 洪大用: a caption's posts, spaced)
            envoy = positions_by_end.get(pos.start)
            if before is None and envoy is not None and envoy.name.endswith(ENVOY_WORDS):
                titles.append(envoy)  # 习近平主席特别代表|中共中央政治局常委、中央纪委书记李希: the envoy's post, then their own
                break
            before = before or (envoy if not pos.name.endswith(position.STAFF_WORDS) else None)  # 非洲联盟轮值主席|
            # 卢旺达总统卡加梅: two posts side by side, both held (not 联合国秘书长|叙利亚问题特使…: whom the envoy serves)
            pos = before if before is not None and before.start not in persons_by_end \
                and (text[pos.start - 1] != "，" or _opens_sentence(text, before.start)
                     or text[before.start - 1:before.start] in "，、") \
                else None  # 甘肃省委原常委，|省政府原党组副书记、副省长宋亮: the posts of a sentence that opens with them;
            # …政治局委员、中央书记处书记，|第十五届中央政治局常委、…，中华全国总工会原主席尉健行: a chain of clauses of posts
            # (not 穆罕默德|亲王、沙特商务大臣卡斯比: a title said after another name)
        if not titles and cand.start > 0 and text[cand.start - 1] == "、" and cand.end not in all_positions:
            titles = titled.get(cand.start - 1, [])  # 全国人大代表尹同跃、杭侃: the names listed after a title share it
            # (not …国王西哈莫尼、诺罗敦·西哈努克|亲王: a name with a title of its own)
        elif not titles and cand.start > 0 and text[cand.start - 1] == "和":
            shared = titled.get(cand.start - 1, [])
            titles = shared if len(shared) == 1 and "副" in shared[0].name else []  # 全国政协副主席董建华和|梁振英: a
            # deputy's post, which several hold (not 国家主席习近平和|王沪宁, nor …部长崔龙海和|宋涛 after a stack of posts)
        titled[cand.end] = titles
        pairs += [(cand, title) for title in titles]
    persons_by_start = {c.start: c for c in found if c.label == "PERSON"}
    places_by_start = {c.start: c for c in found if c.label == "PLACE"}
    for cand in persons_by_start.values():
        if text[cand.end:cand.end + 1] in "（(" and (post := all_positions.get(cand.end + 1) or (
                all_positions.get(cand.end + 2) if text[cand.end + 1:cand.end + 2] in "原前" else None)) is not None:
            pairs += [(cand, held) for held in [post, *_stacked_after(text, post, all_positions)]]  # 金育辉（|吉林省副省长，…）
        elected = _ELECTED.match(text, cand.end)  # 致电卡斯特，祝贺他当选|智利共和国总统
        if elected and (post := all_positions.get(elected.end())) is not None:
            pairs.append((cand, post))
        last = cand
        while text.startswith("、", last.end) and last.end + 1 in persons_by_start:
            last = persons_by_start[last.end + 1]  # 陈斯喜、王晓|辞去…: the names listed before the verb share it
        at = last.end + 2 if text.startswith("同志", last.end) else last.end
        titled_after = all_positions.get(at)
        if titled_after is not None and titled_after.name in _BARE_TITLES_AFTER:
            at = titled_after.end  # 习近平主席|连任中共中央总书记: the title said after the name, then the verb
        when = _WHEN.match(text, at)
        at = when.end() if when and text.startswith(person.TAKING_POSTS, when.end()) else at  # …斯迈洛夫今天（1月11日）|被任命为
        then = person.AND_THEN.match(text, at)
        at = then.end() if then else at  # 王沪宁出席会议并|当选会长: what the person did first, then the post taken
        manner = _MANNER.match(text, at)
        at = manner.end() if manner and text.startswith(person.TAKING, manner.end()) else at  # 习近平总书记全票|当选…
        identity = _IDENTITY.match(text, at)  # 邱建军，生前是|…派出所副所长
        verb = identity.group() if identity else next((v for v in person.TAKING if text.startswith(v, at)), None) \
            or ("为" if text.startswith("为", at) and (
                text[cand.start - 1:cand.start] == "以"
                or _STATED_AS.fullmatch(text, cand.start - 1 if cand.start else 0, cand.start)
                and (held := all_positions.get(at + 1)) is not None and text[held.end:held.end + 1] in "。；") else None)
        # (以姚志胜|为|团长的; 。李鸿忠|为|大会秘书长。)
        pos = next((p for new in person.NEW_TERM if (p := all_positions.get(at + len(verb) + len(new))) is not None
                    and text.startswith(new, at + len(verb))), None) if verb else None  # (…被任命为新一任|…总理)
        if pos is None and (served := position.SERVED_AT.match(text, at)):
            pos = all_positions.get(served.end())  # 焦裕禄当年在兰考当|县委书记时: a post held at a place
        if pos is None and (envoy := _AS_ENVOY.match(text, at)):
            pos = all_positions.get(envoy.end())  # 张高丽将作为|习近平主席特使出席: the envoy one is sent as,
            pos = pos if pos is not None and (pos.name.endswith(ENVOY_WORDS) or pos.end not in persons_by_start) \
                else None  # 习近平同志作为|中共中央总书记、国家主席…: the posts one acts in (not a title before a name)
        if pos is None and identity and (terms := _TERMS_OF.match(text, identity.end())) and terms.end() > identity.end():
            pos = all_positions.get(terms.end()) or (all_positions.get(identity.end() + 2) if text.startswith(
                "党的", identity.end()) else None)  # 谷牧同志是|中国共产党第十一届、十二届|中央书记处书记: the terms of a
            # post (江泽民同志是党的|第十三届中央委员会总书记: the terms printed in it)
        if pos is None and identity and (province := places_by_start.get(identity.end())) is not None:
            pos = all_positions.get(province.end)  # 廖俊波同志生前是福建省|南平市委常委: the province before the post
        later = None
        if served_later and text[cand.start - 1:cand.start] in ("", "。", "\n"):
            full_stop = text.find("。", at)
            served = _SERVED_LATER.search(text, at, full_stop if full_stop >= 0 else len(text))
            if served and not any(at < other < served.start() for other in persons_by_start):
                later = (all_positions.get(served.end()), served)  # 。经叔平同志是…的优秀代表，曾任|…副主席，…主席:
                # the posts of a life, told of the person the sentence opens with
        for pos, identity in ([] if pos is None and later else [(pos, identity)]) + ([later] if later else []):
            if identity is not None:
                pairs += [(cand, post) for post in _posts_among_identities(text, identity.end(), all_positions,
                                                                            persons_by_start)]
            while pos is not None:  # 王伟同志不再担任…驻会副主任，改任…副主任
                stack = [pos, *_stacked_after(text, pos, all_positions)]  # 黄强同志任吉林省委委员、常委、书记: each seat
                pairs += [(cand, post) for post in stack]
                pos = stack[-1]
                verb = next((v for v in person.TAKING if text.startswith("，" + v, pos.end)), None)
                following = all_positions.get(pos.end + 1) if identity and text.startswith("，", pos.end) else None
                pos = all_positions.get(pos.end + 1 + len(verb)) if verb else following  # …书记，|国务院原副总理，|…
    for post in all_positions.values():  # 时任浙江省委书记的|习近平同志: the posts a person held then
        then = [post] if text.endswith("时任", 0, post.start) else []
        while then and text.startswith("、", then[-1].end) and then[-1].end + 1 in all_positions:
            then.append(all_positions[then[-1].end + 1])  # 时任中共中央政治局常委、中央书记处书记、国家副主席的|习近平
        if then and text.startswith("的", then[-1].end) and then[-1].end + 1 in persons_by_start:
            pairs += [(persons_by_start[then[-1].end + 1], held) for held in then]
        elif (opening := person.captioned_name(text, post)) is not None and opening in persons_by_start:
            pairs.append((persons_by_start[opening], post))  # 。杨忠民，|中国铁路总公司副总工程师。
        elif text.endswith(("担任", *person.TAKING_POSTS), 0, post.start) and text.startswith("的", post.end):
            stop = min((at for at in (text.find("。", post.end), text.find("等", post.end)) if at >= 0),
                       default=len(text))
            pairs += [(holder, post) for at, holder in persons_by_start.items() if post.end < at < stop]
            # 担任中央代表团副团长的|…李干杰，…张国清，…; 同时被推选为主席团常务主席的还有|李干杰、李鸿忠…: the post
            # each of those listed after it holds
    appointed = {c.start: c for c in found if c.label == "POSITION" and person.appointee_before(text, c.start)}
    for post in all_positions.values():  # 李先念、薄一波两位|副总理: each of the names counted before the title
        if (last := person.counted_after_names(text, post.start, persons_by_end)) is not None \
                and not post.name.endswith(position.COLLECTIVE):  # (…、李显龙等|新方领导人: who they are, no post)
            pairs += [(holder, post) for holder in _listed_up_to(text, persons_by_end[last], persons_by_end)]
    for cand in found:
        comrade = person.comrade_before(text, cand.end + 2)  # 任命洪亮同志为…, 免去邹加怡同志…职务
        noted = person.note_after_name(text, cand.end) if cand.label == "PERSON" else 0  # 吴爱英(女)|为…
        after = positions_by_start.get(cand.end + comrade) or appointed.get(cand.end + 1 + comrade + noted) \
            if cand.label == "PERSON" else None
        if after is None:
            continue
        stack = [after] + list(takewhile(lambda post: post.end not in persons_by_start,
                                         _stacked_after(text, after, all_positions))) \
            if after.start in appointed or after.start == cand.end else [after]
        # (任命茅仲华为最高人民法院副院长、审判委员会委员; 习近平总书记、国家主席: each post of the stack; not
        # 穆罕默德亲王、|沙特商务大臣|卡斯比: a post another name follows)
        holders = _listed_up_to(text, cand, persons_by_end) if after.priority > WEAK or after.start in appointed \
            else [cand]  # 撤销杨小伟、景亚萍、郭继孚|…委员资格; 免去张常韧、柯汉民的…副检察长、…委员职务: each name listed
        pairs += [(holder, post) for holder in holders for post in stack]
    relations = []
    for who, pos in dict.fromkeys(pairs):  # (a post found twice: by a verb and among the clauses of what one is)
        index = max(0, bisect_right(starts, who.start) - 1)
        start, end = _sentence_span(parsed, index)
        relations.append(Relation("HOLDS", entity_id("PERSON", who.name), entity_id("POSITION", pos.name),
                                  parsed.document.id, index, start, end))
    return relations
