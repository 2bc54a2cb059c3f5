"""Candidate spans proposed by the extractors, and how overlaps are resolved."""
from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter
from typing import NamedTuple

from policykg.vocabulary import BRANCHES, POSTED_OFFICES

# Which labels may sit inside a longer span of another label and still be kept.
NESTABLE = {
    "POSITION": frozenset({"PLACE", "ORG", "COMPANY"}),
    "PLACE": frozenset({"PLACE"}),  # the place a zone is named after (阳江 in 阳江渔港经济区)
    "ORG": frozenset({"COMPANY", "SLOGAN"}),  # the company an institute belongs to (中国移动 in 中国移动齐鲁创新院), a
    # formulation it is named after (“一带一路”国际技术转移中心)
}

# Evidence strength: the user's lexicon first, then anchored rules, full names, harvested names, short forms.
USER = 60
RULE = 50
FULL = 40
HARVEST = 30
SHORT = 20
CONTEXT = 15  # a short form that is a place only with context (in a list of places, after its province)
WEAK = 10


class Candidate(NamedTuple):
    """A proposed mention (a light tuple: extraction makes many of them)."""

    start: int  # offsets into the clean text
    end: int
    label: str
    name: str
    priority: int = FULL
    role: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a consistent set: the longest span wins an overlap, then the stronger evidence.

    Spans nested inside a kept span are kept when NESTABLE allows it (渝北区 inside
    the position 渝北区委书记); other overlaps are dropped.
    """
    order = sorted(set(candidates), key=lambda c: (c.start - c.end, -c.priority, c.start, c.label, c.name))  # longest first
    kept: list[Candidate] = []
    starts: list[int] = []  # top-level spans, disjoint, sorted by start
    tops: list[Candidate] = []
    nested: dict[str, tuple[list[int], list[int]]] = {}  # label → starts and ends of its kept nested spans
    inside: dict[Candidate, list[Candidate]] = {}  # a top-level span → the spans kept inside it
    for cand in order:
        i = bisect_right(starts, cand.start) - 1
        clash = None
        if i >= 0 and tops[i].end > cand.start:
            clash = tops[i]
        elif i + 1 < len(tops) and tops[i + 1].start < cand.end:
            clash = tops[i + 1]
        if clash is None:
            kept.append(cand)
            starts.insert(i + 1, cand.start)
            tops.insert(i + 1, cand)
        elif (clash.start <= cand.start and cand.end <= clash.end and clash.length > cand.length
              and _nests(cand, clash) and not _overlaps(nested.get(cand.label), cand)
              and all(_nests(cand, inner) or _second_place(cand, inner, inside[clash]) for inner in inside.get(clash, ())
                      if inner.start <= cand.start and cand.end <= inner.end and inner.length > cand.length)):
            kept.append(cand)  # the longest of overlapping nested spans of a label (贵州省商务厅, not also 省商务厅),
            inside.setdefault(clash, []).append(cand)  # and what a kept one holds as its own (not 亚洲 in 美国亚洲协会)
            spans = nested.setdefault(cand.label, ([], []))
            k = bisect_right(spans[0], cand.start)
            spans[0].insert(k, cand.start)
            spans[1].insert(k, cand.end)
        elif clash.start <= cand.start and cand.end <= clash.end and any(
                _parent_of_unit(cand, inner) or _party_of_organ(cand, inner) for inner in inside.get(clash, ())):
            kept.append(cand)  # 中央电视台 in 中央电视台驻北京记者站 in the post …记者站站长, 老挝人民革命党 in 老挝人民革命党中央 in
            # the post …中央总书记: the parent of a unit or the party of an organ kept inside a post (its span lies inside
            # the unit's, which stands for both among the nested spans)
    kept.sort(key=itemgetter(0, 1, 2, 3))  # start, end, label, name
    return kept


def _second_place(cand: Candidate, outer: Candidate, kept: list[Candidate]) -> bool:
    """A division right after the place that opens a body's name (陕西省|宝鸡市 in 陕西省宝鸡市交通局; not 美国|亚洲 in
    美国亚洲协会)."""
    return cand.label == "PLACE" and outer.label == "ORG" and cand.name[-1] in "省市县区州盟旗" and any(
        k.label == "PLACE" and k.start == outer.start and k.end == cand.start for k in kept)


def _nests(cand: Candidate, outer: Candidate) -> bool:
    """Whether `cand` is kept inside the longer `outer`: by NESTABLE, or as the place a body is named after when it
    opens the body's name and is no short form that needs context (福建省 in 福建省人民政府, 俄罗斯 in 俄罗斯外交部;
    not 崖州 in 崖州湾国家实验室), or as the party whose organ it opens; no place inside a village's name (溪村 in 龙溪村,
    榆林 in 老榆林村)."""
    return cand.label in NESTABLE.get(outer.label, ()) and not _village_end(cand, outer) or \
        outer.label == "ORG" and cand.start == outer.start and cand.priority > CONTEXT and cand.label == "PLACE" or \
        _party_of_organ(cand, outer) or _host_of_mission(cand, outer) or _parent_of_unit(cand, outer) or \
        cand.label == "PERSON" and outer.label == "ORG" and "思想" in outer.name[cand.end - outer.start:][:16]
    # (朝鲜劳动党 in …党中央政治局; 习近平 in 习近平新时代中国特色社会主义思想研究中心: the thought's author)


def _village_end(cand: Candidate, outer: Candidate) -> bool:
    """A village of one character and 村 ending a village's name (溪村 in 龙溪村), or a place inside a village's name
    after its first character (榆林 in 老榆林村): no place of its own."""
    return outer.name[-1:] == "村" and (cand.length == 2 and cand.end == outer.end and cand.name[-1:] == "村"
                                       or cand.label == outer.label == "PLACE" and outer.start < cand.start
                                       and cand.end < outer.end)


# The ends of an institution of its own that a body runs, named after it (中国科学院|工业人工智能研究院, 新华社|新疆分社,
# 中非合作论坛|北京峰会, 中央电视台驻北京记者站); not a department of the body (国务院|办公厅, 中共中央|宣传部), nor a
# university's hospitals and colleges (北京大学人民医院 is one name).
_UNITS_OF_THEIR_OWN = ("研究所", "研究院", "研究中心", "中心", "论坛", "峰会", "分社", "分台", "观测站", "实验室", "天文台", "博物馆",
                       "研究室", "分行", "分公司") + POSTED_OFFICES + BRANCHES


def _party_of_organ(cand: Candidate, outer: Candidate) -> bool:
    """The party whose organ's name it opens (朝鲜劳动党 in 朝鲜劳动党中央政治局): both kept."""
    return cand.label == outer.label == "ORG" and cand.start == outer.start and cand.priority > CONTEXT \
        and cand.name.endswith("党")


def _parent_of_unit(cand: Candidate, outer: Candidate) -> bool:
    """A body the gazetteer or a rule names in full, opening the name of an institution it runs (国家统计局 in
    国家统计局中国经济景气监测中心): both kept."""
    return cand.label == outer.label == "ORG" and cand.start == outer.start and cand.priority >= FULL \
        and outer.end - cand.end >= 3 and outer.name.endswith(_UNITS_OF_THEIR_OWN)


def _host_of_mission(cand: Candidate, outer: Candidate) -> bool:
    """The country a mission is sent to, inside its name (墨西哥 in 中国驻墨西哥大使馆)."""
    at = cand.start - outer.start
    return cand.label == "PLACE" and outer.label == "ORG" and at >= 1 and outer.name[at - 1:at] == "驻" \
        and outer.name.endswith(_MISSIONS) and cand.end - outer.start + 1 < len(outer.name)


_MISSIONS = ("使馆", "领事馆", "代表团") + POSTED_OFFICES


def _overlaps(spans: tuple[list[int], list[int]] | None, cand: Candidate) -> bool:
    """Whether `cand` overlaps one of `spans` (disjoint, sorted): only the last one starting before its end can."""
    if spans is None:
        return False
    k = bisect_right(spans[0], cand.end - 1) - 1
    return k >= 0 and spans[1][k] > cand.start
