"""PROMOTES: attribute the formulations of reported speech to the official who says it.

"袁家军强调，要……做大做强“33618”……" makes 袁家军 the speaker of that sentence;
the speaker carries over to the next sentences of the same paragraph until
another speaker (or "会议强调") takes over. "他强调" refers back to the last
person named earlier in the same article. A paragraph that opens with a quote
closed by "……。”杨晓云说" gives the quoted sentences to that speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from policykg.extract.candidates import Candidate
from policykg.extract.person import MET
from policykg.vocabulary import SPEECH_VERBS, alternation

_VERB = alternation(SPEECH_VERBS + ("部署", "希望"))
_FILLER = r"(?:在[^，。“”]{0,14}?(?:中|上|时)|最后|还|也|进一步|同时|特别|再次|代表|[^，。“”]{0,4}?时)?"
_AFTER_PERSON = re.compile(_FILLER + _VERB)
_PRONOUN = re.compile(r"(?:他|她)" + _FILLER + _VERB)
_COLLECTIVE = re.compile(r"(?:会议|大会|会上|全会|文件|报告|意见|方案|通知)" + _FILLER + _VERB)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str  # person name
    slogan: str
    sentence: int  # sentence index


def attribute(text: str, paragraphs, bounds: list[tuple[int, int]], found: list[Candidate]) -> list[Attribution]:
    """Speaker → formulation pairs, one per sentence in which the formulation is said."""
    persons = _Spans(c for c in found if c.label == "PERSON" and not c.role)
    slogans = _Spans(c for c in found if c.label == "SLOGAN")
    results: list[Attribution] = []
    article_starts: dict[int, int] = {}
    for para in paragraphs:
        article_starts.setdefault(para.article, para.start)
    sentence_index = 0
    for para in paragraphs:
        indexes = []
        while sentence_index < len(bounds) and bounds[sentence_index][0] < para.end:
            if bounds[sentence_index][0] >= para.start:
                indexes.append(sentence_index)
            sentence_index += 1
        speaker: str | None = None
        for position, i in enumerate(indexes):
            a, b = bounds[i]
            said = _speaker(text, a, b, persons, article_starts[para.article])
            if said == "":
                speaker = None
            elif said is not None:
                speaker = said
                if position and text[a:b] and text[para.start] == "“" and text[bounds[indexes[position - 1]][1] - 1] == "”":
                    for j in indexes[:position]:
                        results += _said(speaker, slogans, j, bounds[j])
            if speaker:
                results += _said(speaker, slogans, i, (a, b))
    return sorted(set(results), key=lambda r: (r.sentence, r.speaker, r.slogan))


class _Spans:
    """Candidates sorted by start, found by the range their start falls in (work per sentence stays
    bounded by the candidates near it)."""

    def __init__(self, candidates):
        self.items = sorted(candidates, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]

    def within(self, a: int, b: int) -> list[Candidate]:
        """The candidates that start in [a, b), in order."""
        return self.items[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    def last_before(self, a: int, floor: int, text: str) -> Candidate | None:
        """The last candidate that starts before `a` but not before `floor`, passing over those named as whom someone
        met (王沪宁…会见|傅崐萁率领的…。|他表示: 王沪宁), unless only such are there."""
        k = bisect_left(self.starts, a) - 1
        last = k
        while k >= 0 and self.starts[k] >= floor and text.endswith(MET, 0, self.starts[k]):
            k -= 1
        k = k if k >= 0 and self.starts[k] >= floor else last
        return self.items[k] if k >= 0 and self.starts[k] >= floor else None


def _said(speaker: str, slogans: _Spans, index: int, span: tuple[int, int]) -> list[Attribution]:
    return [Attribution(speaker, s.name, index) for s in slogans.within(*span)]


def _speaker(text: str, a: int, b: int, persons: _Spans, article_start: int) -> str | None:
    """The person who speaks in text[a:b]; "" for a collective speaker; None when nobody does."""
    for person in persons.within(a, b):
        if _AFTER_PERSON.match(text, person.end) and _clause_start(text, a, person.start):
            return person.name
    if _PRONOUN.match(text, a) or (text[a] == "”" and _PRONOUN.match(text, a + 1)):
        earlier = persons.last_before(a, article_start, text)
        return earlier.name if earlier else None
    if _COLLECTIVE.match(text, a):
        return ""
    return None


def _clause_start(text: str, a: int, start: int) -> bool:
    """Whether the person opens a clause: only a title, a quote or a place/body name before it."""
    if start - a > 30:
        return False
    before = text[a:start]
    return "，" not in before and "。" not in before
