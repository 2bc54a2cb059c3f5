"""Character classes shared by the extractors."""
from __future__ import annotations

import atexit
import re
from functools import lru_cache
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
try:
    from re import _constants, _parser
except ImportError:  # Python 3.10
    import sre_constants as _constants
    import sre_parse as _parser

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from policykg.extract import compiled
from policykg.vocabulary import BODIES_BEFORE_QUOTES, HAN, NUMERALS

_LITERAL, _IN, _SUBPATTERN, _BRANCH = _constants.LITERAL, _constants.IN, _constants.SUBPATTERN, _constants.BRANCH
_MAX_REPEAT, _MIN_REPEAT = _constants.MAX_REPEAT, _constants.MIN_REPEAT
_ASSERT, _ASSERT_NOT, _AT = _constants.ASSERT, _constants.ASSERT_NOT, _constants.AT

PUNCT = set("，。、；：！？“”‘’（）《》〈〉「」『』【】—…·,.;:!?()[]\"' \n\t/|-")

# Characters of transliterated foreign names (Xinhua's tables, the common part).
DASHES = "—－-"  # what joins two places or parties in a name (中国—东盟, 龙头山镇-沙坝村)
MODALS = ("要", "须", "必须", "将", "应", "应当", "需", "需要", "可")  # before a verb: what should or will be done
HYPHENS = ("-", "－", "‐")  # what joins the parts of a double-barrelled name (亨尼斯-普拉斯哈特)
TRANSLITERATION = set(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜多厄恩尔法凡菲费芬丰弗福夫盖冈戈格"
    "根古瓜哈海汉豪赫亨胡霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛"
    "马玛迈麦曼梅蒙米摩莫姆穆纳奈南内尼涅纽努诺帕潘佩皮普齐奇乔切琼萨塞桑森沙莎舍什施斯松苏索塔泰坦汤特提"
    "图托瓦万威韦维温沃乌伍西希谢辛雅亚扬耶伊因尤约泽扎詹兹佐茨顿娜妮丝露黛琪薇夏延默舒英圭贡铁思斐瑟娅丽珀翁茹嘉赛锡喀阔易夫卜罕娃契热明敏若哲隆楞申义欣侯瑙恰钦丘屈廷滕旺芒休昆庞彭别琴赞额柳廉范腓烈东修良边叶略富历措宁婉武哥翰木逊保云敦文那素蓬唐济季津采伏久连歇门绍珍祖通汗嘎考孔瑞·")


# A body's quoted name after a word of its kind (极端组织“伊斯兰国”, 库尔德武装“叙利亚民主军”): no formulation, wherever quoted.
QUOTED_BODY = re.compile(rf"(?:{'|'.join(BODIES_BEFORE_QUOTES)})(?:——)?“([^“”，。\n]{{2,12}})”")  # (组成新组织——“叙利亚民主阵线”)


# A military company known by its quoted honorific name: 某旅“狼牙山五壮士连”, “大功三连”, “硬骨头六连”.
_QUOTED_UNIT = re.compile(rf"(?:(?<=[旅团部军师])“|“(?=[{HAN}]{{2,8}}[{NUMERALS}]连”))([{HAN}]{{2,10}}连)”")


def quoted_bodies(text: str) -> list[re.Match]:
    """The matches of `QUOTED_BODY` and `_QUOTED_UNIT` in `text`."""
    bodies = list(QUOTED_BODY.finditer(text)) if any(kind + "“" in text or kind + "——“" in text
                                                     for kind in BODIES_BEFORE_QUOTES) else []
    return bodies + list(_QUOTED_UNIT.finditer(text)) if "连”" in text else bodies


def unquoted(text: str) -> str:
    """`text` without its double quote marks (“三个代表”重要思想 → 三个代表重要思想)."""
    return text.replace("“", "").replace("”", "")


def clause_start(text: str, end: int, floor: int = 0) -> int:
    """Where the clause that runs to `end` starts: after the last comma, full stop, semicolon, colon or line break
    (not before `floor`)."""
    return max(floor, max(text.rfind(mark, floor, end) for mark in "，。；：\n") + 1)


def transliterated_before(text: str, end: int, longest: int) -> int:
    """The start of the run of up to `longest` transliterated characters (no dot) that ends at `end`."""
    start = end
    while start > 0 and end - start < longest and text[start - 1] in TRANSLITERATION and text[start - 1] != "·":
        start -= 1
    return start


def transliterated_after(text: str, start: int, longest: int) -> int:
    """The end of the run of up to `longest` transliterated characters (no dot) that starts at `start`."""
    end = start
    while end < len(text) and end - start < longest and text[end] in TRANSLITERATION and text[end] != "·":
        end += 1
    return end


# Characters that end a name-like run when scanning left from a suffix (的 is not
# here: 美的, 重庆美的通用制冷设备有限公司).
CONJUNCTIONS = set("与和及或并")
# After a quoted name that something or someone goes by (素有“江海门户”之称, 拥有“竹类博物馆”美誉): no formulation, no body.
EPITHET_AFTER = ("之称", "的美誉", "之美誉", "美誉", "的称号", "的雅称", "的美称", "美称")
MAKING = re.compile("做[实强大优精好]")  # a verb of what is done to a firm or a region (做实|金控集团, 做强|都市圈)
LEFT_STOPS = set("在由与和及对向从把被将于到至给同跟以据经为是了着过让等并或其该各每这那此而")
BRINGING = ("落地", "落户", "引进", "签约", "入驻", "招引", "引入", "携手")  # verbs that bring a firm or body to a place
MEETING_VERBS = ("会见", "会晤", "接见", "会谈", "看望", "拜会", "约见", "召见", "宴请", "出席", "主持", "参加", "举行")  # (平壤|会见…)
LEFT_STOP_WORDS = BRINGING + ("位于", "来自", "包括", "旗下", "联合", "依托", "推动", "支持", "通过", "其中", "以及",
                   "作为", "成立", "组建", "牵头", "依靠", "参观", "走进", "记者", "近日", "目前", "如今", "据悉", "同时",
                   "成为", "获批", "设立", "打造", "建设", "发挥", "完善", "强化", "推进", "深化", "加快", "引导", "办好",
                   "抓好", "培育", "壮大", "做强", "新组建", "重组", "整合", "举办", "主办", "承办", "会见", "会晤",
                   "接见", "率领", "出席", "欢迎", "访问", "看望", "慰问", "当选", "荣获", "获得", "新增",
                   "提高", "担任", "改任", "出任", "兼任", "任命", "增补", "免去", "撤销", "播出", "专访", "采访", "认识", "今晚",
                   "例如", "比如", "譬如", "诸如", "单位", "零售商", "承包商", "开发商", "运营商", "供应商", "服务商")


@lru_cache(maxsize=2)
def sentence_openings(text: str) -> tuple[int, ...]:
    """Where each sentence or line of `text` opens: its start and every offset after a line break, 。, ！ or ？."""
    return tuple(sorted({0, *(at for mark in "\n。！？" for at in all_after(text, mark))}))


def all_after(text: str, word: str) -> list[int]:
    """Every offset right after `word` in `text`."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at + len(word))
        at = text.find(word, at + 1)
    return found


def _ends_noun(text: str, i: int) -> bool:
    """Whether the character at `i` ends a common noun of two characters (数据), not a word of its own."""
    entry = (_WORDS or _load_words()).get(text[i - 1:i + 1])
    return entry is not None and entry[0] >= 50 and entry[1][:1] == "n"


def _opens_word(text: str, i: int) -> bool:
    """Whether the character at `i` opens a word of two characters with the next (就业)."""
    entry = (_WORDS or _load_words()).get(text[i:i + 2])
    return entry is not None and entry[0] >= 50


_FIRM_SUFFIX = re.compile("(?:股份)?(?:有限)?(?:责任)?公司$|集团(?:有限公司)?$")


def trim_left(text: str, start: int, end: int, place_ends: dict[int, int]) -> int:
    """Where a name ending at `end` starts, given the maximal name-like run text[start:end].

    Cuts after the last stop word, conjunction (与, 和) or preposition; a list item or
    bracketed name that begins with a place keeps its prepositions (重庆中科云从科技有限公司).
    Cuts after 的 too, unless the name starts with a place and the 的 comes later
    (重庆美的通用制冷设备有限公司). `place_ends` maps each PLACE's start to its end.
    """
    list_item = start in place_ends and (start == 0 or text[start - 1] in "、（(：:，,；;\n ")
    stops = CONJUNCTIONS if list_item else LEFT_STOPS
    best = start
    for i in range(start, end):
        if text[i] in stops and i in place_ends and i in place_ends.values():
            continue  # 新疆|于田|瑰觅…公司: a place after a place, though it opens with a preposition
        if list_item and i > start and text[i] in LEFT_STOPS and i + 1 in place_ends and i not in place_ends:
            best = i + 1  # 北京市公安机关以…罪对|北京长峰医院股份有限公司: a clause that opens with a place, then the name
            continue
        if text[i] in stops and not (i > start and _ends_noun(text, i)) \
                or (text[i] == "就" or text[i] in "可且" and i == start) and not list_item and not _opens_word(text, i) \
                or text[i] == "了" and not _opens_word(text, i):
            best = i + 1  # (not 据 of 北京数据集团: it ends a noun; but 并 of 合并|库尔勒银行; 奥巴马就|马来西亚航空公司, not
            # …就业服务公司; 。可|大港公司…, ，且|百度公司: but, and, opening the clause; not 可口可乐公司; 成立了|文化旅游公司:
            # a verb done, not 了解)
    base, span = best, text[best:end]
    suffix = _FIRM_SUFFIX.search(span)
    cut = suffix.start() if suffix else len(span)  # (the span ends before the head or holds it)
    for word in LEFT_STOP_WORDS:
        pos = span.rfind(word)
        if pos >= 0 and pos + len(word) == cut:  # 中国中信|建设|公司: the firm's line, not a verb before its name
            pos = span.rfind(word, 0, cut - 1)
        if pos >= 0:
            best = max(best, base + pos + len(word))
    k = text.rfind("的", best, end)
    if k >= 0:
        place_end = place_ends.get(best)
        if place_end is None or k <= place_end:
            best = k + 1
    return best


def crosses_word(text: str, pos: int, min_freq: int = 50, min_inside: int = 1, side: str = "both") -> bool:
    """Whether a dictionary word (two to four characters) runs across position `pos`.

    `min_inside` characters of the word must lie on `side` ("left" or "right") of `pos`
    (both sides when side is "both").
    """
    if pos <= 0 or pos >= len(text) or not ("\u4e00" <= text[pos - 1] <= "\u9fff" and "\u4e00" <= text[pos] <= "\u9fff"):
        return False
    words = _WORDS or _load_words()
    if min_freq >= 1:  # every word looked up below holds the pair of characters at `pos`: most pairs are in none
        bit = (ord(text[pos - 1]) * _PAIR_FACTOR + ord(text[pos])) & _PAIR_MASK
        if not _PAIRS[bit >> 3] >> (bit & 7) & 1:
            return False
    for left, right in _WORD_SPANS[side, min_inside]:
        if left <= pos:
            entry = words.get(text[pos - left:pos + right])
            if entry is not None and entry[0] >= min_freq:
                return True
    return False


_WORDS: dict[str, tuple[int, str]] = {}  # the dictionary, once loaded
_PAIRS = b""  # its `word_pairs`, loaded with it


def _load_words() -> dict[str, tuple[int, str]]:
    global _WORDS, _PAIRS
    from policykg.extract import compiled
    from policykg.extract.resources import dictionary

    _PAIRS = compiled.word_pairs()
    _WORDS = dictionary()
    return _WORDS


_PAIR_BITS = 22  # a filter of 2 ** 22 bits: about 7 % of the pairs in none of the words pass it
PAIRS_SIZE = 1 << (_PAIR_BITS - 3)  # its bytes (512 kB)
_PAIR_MASK = (1 << _PAIR_BITS) - 1
_PAIR_FACTOR = 0x9E3779B1


def word_pairs(words: dict[str, tuple[int, str]]) -> bytes:
    """A filter of the pairs of characters side by side in the dictionary's words of two to four characters with a
    frequency of 1 or more: the bit of each such pair (its characters' code points hashed) is set; a pair whose bit
    is not set is in none of them (`crosses_word`)."""
    bits = bytearray(PAIRS_SIZE)
    for word, (freq, _) in words.items():
        if 2 <= len(word) <= 4 and freq >= 1:
            for i in range(len(word) - 1):
                bit = (ord(word[i]) * _PAIR_FACTOR + ord(word[i + 1])) & _PAIR_MASK
                bits[bit >> 3] |= 1 << (bit & 7)
    return bytes(bits)


# (characters left of the position, characters right of it) of the words `crosses_word` looks up, by
# (side, min_inside)
_WORD_SPANS = {(side, inside): tuple((left, right) for left in (1, 2, 3) for right in (1, 2, 3) if left + right <= 4
                                     and not (side == "left" and left < inside) and not (side == "right" and right < inside))
               for side in ("left", "right", "both") for inside in (1, 2, 3)}


_SCANS: ContextVar[dict | None] = ContextVar("scans", default=None)  # see `keeping_scans`


class keeping_scans:
    """Within it, `scan` keeps the matches it finds in `kept` (one document's) and gives them again for the
    same text: pass 2 runs some steps again on the text pass 1 scanned, with other candidates. (A class: a
    generator's context costs more, some 20 times a document.)"""

    __slots__ = ("kept", "token")

    def __init__(self, kept: dict) -> None:
        self.kept = kept

    def __enter__(self) -> None:
        self.token = _SCANS.set(self.kept)

    def __exit__(self, *exc) -> None:
        _SCANS.reset(self.token)


def scan(finder: re.Pattern | Callable[[str], Iterable[re.Match]], text: str) -> Iterable[re.Match]:
    """The matches of a pattern (`finditer`, or the same found with the other patterns' openings: `_Openings`) or
    of a function in the whole of `text` (see `keeping_scans`)."""
    kept = _SCANS.get()
    if kept is not None:
        scanned = kept.get(id(finder))  # (by identity: a pattern's hash is worked out from its code at each call)
        if scanned is not None and scanned[0] is finder and scanned[1] is text:
            return scanned[2]
    matches = _OPENINGS.matches(finder, text) if isinstance(finder, re.Pattern) else finder(text)
    if kept is not None:
        matches = list(matches)
        kept[id(finder)] = (finder, text, matches)
    return matches


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match starts at one of `starts` (ascending), tried there only: the
    scan of a pattern that opens with a repeat, or with many alternatives of common characters, is slow."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                end = match.end()
                yield match


def starts_before(text: str, marks: Iterable[str], most: int, least: int = 0) -> list[int]:
    """The positions `least` to `most` characters before each occurrence of `marks` in `text`, ascending: where a
    pattern whose matches hold one of the marks that far from their start is tried (`matches_at`)."""
    starts: set[int] = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            starts.update(range(max(0, at - most), at - least + 1))
            at = text.find(mark, at + 1)
    return sorted(starts)


class _Openings:
    """One scan of a text for the openings of many patterns (the literal strings each match of a pattern opens with,
    `_heads`), by an automaton of all of them; each pattern is then tried only where one of its openings is
    (`matches_at`): Python's `re` tries a pattern that opens with alternatives or a set of characters at each
    character that may open it (about 6 ns a character, some 30 patterns over each text), the automaton finds the
    openings of all at once. The matches are those of `finditer`, whichever way they are found.

    A pattern is tried alone (`finditer`) when its openings came after the automaton was built (it is built anew, with
    them, for the next text: the first text's patterns are mostly tried alone), when its openings are not known, and
    where they are so frequent that trying it at each would be slower; and every pattern in the first text until a
    second one comes or several are scanned ahead (a process for one sentence works out no openings: 10 ms). The
    openings worked out are kept in the cache folder for the next processes (parsing the patterns again took 25 ms)."""

    def __init__(self) -> None:
        self.patterns: dict[int, tuple] = {}  # id(pattern) → (pattern, the numbers of its openings and the highest, or None)
        self.literals: dict[str, int] = {}  # opening → its number
        self.built: tuple = (None, 0)  # (the automaton of the first n openings, n)
        self.last: tuple = (None, {}, 0)  # (the last text scanned, the starts of each opening in it, how many were sought)
        self.ahead: dict[int, tuple] = {}  # id(text) → the same for texts scanned ahead (`scan_ahead`)
        self.first: str | None = None  # the one text patterns were asked for in so far
        self.several = False  # whether they were asked for in several texts (or several were scanned ahead)
        self.kept: dict | None = None  # the openings of patterns kept by earlier processes (`compiled.read_openings`)
        self.new = False  # whether this process worked out openings they did not keep

    def matches(self, pattern: re.Pattern, text: str) -> Iterable[re.Match]:
        """The matches of `pattern.finditer(text)`."""
        if not self.several:
            if self.first is None or self.first is text:
                self.first = text
                return pattern.finditer(text)
            self.several, self.first = True, None
        known = self.patterns.get(id(pattern))  # (by identity, as in `scan`)
        if known is None or known[0] is not pattern:
            known = self.patterns[id(pattern)] = (pattern, self._register(pattern))
        if known[1] is None:
            return pattern.finditer(text)
        numbers, highest = known[1]
        last = self.last
        if last[0] is not text:
            last = self.ahead.pop(id(text), None)
            if last is None or last[0] is not text:
                last = self._scan(text)
                if last is None:
                    return pattern.finditer(text)
            self.last = last
        if highest >= last[2]:
            return pattern.finditer(text)  # (its openings came after the automaton was built)
        found = last[1]
        present = numbers.intersection(found)  # (a loop over `found`: fewer)
        if not present:
            return ()
        starts = sorted({start for number in present for start in found[number]})
        if len(starts) * 64 > len(text):
            return pattern.finditer(text)  # so many openings that the engine's own scan is quicker
        return matches_at(pattern, text, starts)

    def _register(self, pattern: re.Pattern) -> tuple[frozenset[int], int] | None:
        heads = self._heads(pattern)
        if heads is None:
            return None
        numbers = frozenset(self.literals.setdefault(head, len(self.literals)) for head in sorted(heads))
        return numbers, max(numbers)

    def _heads(self, pattern: re.Pattern) -> frozenset[str] | None:
        """`_heads_of(pattern)`, as kept by an earlier process when it was (and kept for the next ones when not)."""
        if not isinstance(pattern.pattern, str):
            return _heads_of(pattern)
        if self.kept is None:
            self.kept = compiled.read_openings()
        key = (pattern.pattern, pattern.flags)
        if key in self.kept:
            heads = self.kept[key]
            return frozenset(heads) if heads is not None else None
        found = _heads_of(pattern)
        self.kept[key] = sorted(found) if found is not None else None
        if not self.new:
            self.new = True
            atexit.register(compiled.write_openings, self.kept)
        return found

    def _scan(self, text: str) -> tuple | None:
        """(text, the starts of each opening in it, how many openings were sought), or None for a text the automaton
        cannot take."""
        automaton, size = self.built
        if size < len(self.literals):  # openings came since it was built (the first text's patterns)
            automaton, size = self.built = (AhoCorasick(list(self.literals), matchkind=MatchKind.Standard,
                                                        implementation=Implementation.DFA), len(self.literals))
        try:
            found = automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate (the readers leave none)
            return None
        starts: dict[int, list[int]] = {}
        for number, start, _ in found:
            starts.setdefault(number, []).append(start)
        return text, starts, size

    def scan_ahead(self, texts: list[str]) -> None:
        """Scan `texts` now, one after the other, for `matches` to take when their turn comes (in place of those
        scanned ahead before)."""
        self.ahead = {}
        if len(texts) > 1:
            self.several, self.first = True, None
        if self.literals:
            for text in texts:
                scanned = self._scan(text)
                if scanned is not None:
                    self.ahead[id(text)] = scanned


_OPENINGS = _Openings()


def scan_openings(texts: list[str]) -> None:
    """The shared scan for the patterns' openings (`_Openings`) of the texts to be worked on next, made now, one text
    after the other (see `policykg.extract.pipeline.scan_ahead`)."""
    _OPENINGS.scan_ahead(texts)
_MAX_HEADS = 2000  # openings of a pattern at most (a level and each department: 1,400)
_OPENING_CHARS = 3  # openings cut to their first characters: an automaton of half the size, a few more starts tried


def _heads_of(pattern: re.Pattern) -> frozenset[str] | None:
    """The literal strings every match of `pattern` opens with (`_heads`, cut to `_OPENING_CHARS`), or None when they
    are not known."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.DOTALL) or isinstance(pattern.pattern, bytes):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        heads = {head[:_OPENING_CHARS] for head, _ in _heads(parsed)}
        heads = {head for head in heads if not any(head[:size] in heads for size in range(1, len(head)))}  # 、 for 、组织部
        if len(heads) == 1 and parsed[0][0] is _LITERAL:
            return None  # `re` itself skips to the literal a pattern opens with
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return None
    return frozenset(heads) if heads and all(heads) else None


def _heads(items) -> list[tuple[str, bool]]:
    """[(literal, whole)] for a parsed sequence of `re` items: each match of the sequence opens with one of the
    literals; `whole`: the literal is all of that match. Look-arounds and anchors match no character: they are passed
    over (the literals are what the characters must be, not all a match needs)."""
    out = [("", True)]
    for op, av in items:
        if op in (_ASSERT, _ASSERT_NOT, _AT):
            continue
        if op is _LITERAL:
            alternatives = [(chr(av), True)]
        elif op is _IN and len(av) <= 40 and all(kind is _LITERAL for kind, _ in av):
            alternatives = [(chr(char), True) for _, char in av]  # a set of a few characters: [省市]
        elif op is _SUBPATTERN and not av[1] and not av[2]:
            alternatives = _heads(av[3])
        elif op is _BRANCH:
            alternatives = [head for alternative in av[1] for head in _heads(alternative)]
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
            alternatives = [(head, False) for head, _ in _heads(av[2])]
        else:
            alternatives = []
        if not alternatives or len(out) * len(alternatives) > _MAX_HEADS:
            return [(head, False) for head, _ in out]
        out = [(head + more, whole) for head, _ in out for more, whole in alternatives]
        if not all(whole for _, whole in out):
            return [(head, False) for head, _ in out]
    return out
