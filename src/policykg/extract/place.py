"""PLACE: divisions, functional zones, economic regions, countries, towns and communities.

Gazetteer hits come from the lexicon; this module adds what patterns find next to
them: zones named after a place (璧山高新区) and the towns, streets and
communities that follow a district (九龙坡区二郎街道云泽路社区).
"""
from __future__ import annotations

import re

from policykg.extract.candidates import RULE, Candidate
from policykg.extract.resources import is_common_word
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
