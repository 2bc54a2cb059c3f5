"""PLACE: divisions, functional zones, economic regions, countries, towns and communities.

Gazetteer hits come from the lexicon; this module adds what patterns find next to
them: zones named after a place (璧山高新区) and the towns, streets and
communities that follow a district (九龙坡区二郎街道云泽路社区); and the countries
named by one character in bilateral phrases (中美关系, 中新互联互通).
"""
from __future__ import annotations

import re

from policykg.extract.candidates import RULE, Candidate
from policykg.extract.resources import dictionary, is_common_word
from policykg.extract.text import LEFT_STOPS, crosses_word

_ZONE = re.compile(r"(?:高新区|经开区|高新技术产业开发区|经济技术开发区|新区|自贸片区|综保区|综合保税区|开发区|工业园区|产业园区|工业园|园区|科学城)")
_LEVELS = set("省市县区镇乡村街道社组")
_SUBUNIT = re.compile(r"([\u4e00-\u9fff]{1,5}?)(街道|镇|乡|社区|村)(?![民委干级庄落长里])")


def _plausible_subunit(text: str, sub: re.Match) -> bool:
    """二郎街道, 澄江镇; not 推进城乡 (城乡 is a word), 是制造重镇 nor 县镇村 (levels, not a name)."""
    name = sub.group(1)
    joint = text[sub.start(2) - 1:sub.end(2)]
    return (not is_common_word(sub.group()) and not any(ch in LEFT_STOPS for ch in name)
            and not set(name) <= _LEVELS
            and not is_common_word(joint, 20) and not crosses_word(text, sub.end()))


def find_places(text: str, places: list[Candidate]) -> list[Candidate]:
    """Zones and sub-units attached to the gazetteer places already found."""
    found: list[Candidate] = []
    frontier = sorted(places, key=lambda c: c.start)
    while frontier:
        extended = []
        for place in frontier:
            zone = _ZONE.match(text, place.end)
            if zone:
                surface = text[place.start:zone.end()]
                found.append(Candidate(place.start, zone.end(), "PLACE", surface, RULE))
                continue
            sub = _SUBUNIT.match(text, place.end)
            if sub and _plausible_subunit(text, sub):
                cand = Candidate(sub.start(), sub.end(), "PLACE", sub.group(), RULE)
                found.append(cand)
                extended.append(cand)
        frontier = extended
    return found


ABBREVIATIONS = {  # one-character names of countries and blocs, as in 中美关系
    "中": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国", "朝": "朝鲜", "英": "英国",
    "法": "法国", "德": "德国", "意": "意大利", "印": "印度", "欧": "欧盟", "非": "非洲", "澳": "澳大利亚",
    "加": "加拿大", "越": "越南", "老": "老挝", "柬": "柬埔寨", "泰": "泰国", "缅": "缅甸", "菲": "菲律宾",
    "新": "新加坡", "埃": "埃及", "墨": "墨西哥", "蒙": "蒙古",
}
_BILATERAL = re.compile(
    f"([{''.join(ABBREVIATIONS)}]{{2,3}})"
    "(?=关系|两国|三国|双方|建交|会谈|会晤|峰会|首脑|元首|领导人|外长|合作|贸易|经贸|友好|友谊|战略|对话|"
    "论坛|联合声明|互联互通|自贸)")
_NAME_TAGS = ("ns", "nz", "nt", "nr", "t")  # how jieba's dictionary tags 中美, 中欧, 中日 …


def find_country_pairs(text: str) -> list[Candidate]:
    """Each country of 中美关系, 中俄两国, 中日韩合作 (not 非法贸易: an everyday word)."""
    found: list[Candidate] = []
    for match in _BILATERAL.finditer(text):
        letters = match.group(1)
        if match.start() and text[match.start() - 1] in ABBREVIATIONS:  # four in a row: not a phrase of names
            continue
        freq, tag = dictionary().get(letters, (0, ""))
        if len(set(letters)) < len(letters) or (freq >= 50 and tag not in _NAME_TAGS) or letters in ("美德",):
            continue
        found += [Candidate(match.start() + i, match.start() + i + 1, "PLACE", ABBREVIATIONS[ch], RULE)
                  for i, ch in enumerate(letters)]
    return found
