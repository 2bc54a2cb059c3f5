"""Split repaired text into paragraphs, articles and sentences.

A newspaper page holds several articles. Each paragraph is classified as a
headline, a byline/credit, a photo caption, a marker such as "（上接01版）", or body text; a new
article starts at a headline that opens the page or follows a byline or credit.
Headlines inside an article (sub-heads) stay with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ingest.repair import CleanText, is_deck, repair
from policykg.model import Document, Sentence
from policykg.vocabulary import BYLINE_ROLE, HAN

_ROLE = BYLINE_ROLE
BYLINE = re.compile(
    rf"^[（(]?(?:本报讯)?[（(]?(?:新重庆-)?[{HAN}]{{0,8}}{_ROLE}"
    rf"(?:[ \u3000]+[{HAN}·]{{1,4}}|[ \u3000]*{_ROLE})*[ \u3000]*(?:摄影报道|报道)?[）)]?$"
    rf"|^据《[^》]{{1,20}}》$|^据[{HAN}\-]{{2,20}}$"
    rf"|^[{HAN}]{{2,4}}[ ]*摄(?:/[{HAN}]{{2,8}})?$"
)
MARKER = re.compile(r"^[（(](?:上接|下转|转|接)[^）)]{1,10}[）)]$")
_CAPTION_CREDIT = re.compile(rf"(?:特约摄影|摄影|摄)[ \u3000]*[{HAN}]{{2,4}}(?:/[{HAN}]{{2,6}})?$|"
                             rf"[{HAN}]{{2,4}}[ \u3000]*摄/[{HAN}]{{2,6}}$")
_LIST_ITEM = re.compile(r"^[-*•]\s")
_SENTENCE = re.compile(r"[^。！？!?…\n]*(?:[。！？!?]+|…+|$)[”’」』）)]*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int  # clean offsets
    end: int
    kind: str  # headline, byline, marker, body
    article: int


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A document with its repaired text and its structure (clean offsets)."""

    document: Document
    clean: CleanText
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]  # raw offsets, for output
    bounds: tuple[tuple[int, int], ...]  # clean (start, end) of each sentence

    @property
    def text(self) -> str:
        return self.clean.text


def classify(text: str) -> str:
    """headline, byline, caption (a photo caption ending with its credit), marker or body."""
    if MARKER.match(text):
        return "marker"
    if _LIST_ITEM.match(text):
        return "body"
    if BYLINE.match(text):
        return "byline"
    if "摄" in text[-40:] and _CAPTION_CREDIT.search(text[-40:]):
        return "caption"
    if "。" not in text and not text.rstrip("”’」』）)").endswith(("！", "？", "!", "?", "…", "：")) \
            and (len(text) <= 40 or (len(text) <= 80 and is_deck(text))):
        return "headline"
    return "body"


def parse(document: Document) -> ParsedDocument:
    """Repair the text of `document` and segment it."""
    clean = repair(document.text, keep_breaks=bool(document.blocks))
    text = clean.text
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    bounds: list[tuple[int, int]] = []
    article = 0
    previous_kind = None
    pos = 0
    for index, para in enumerate(text.split("\n")):
        start, end = pos, pos + len(para)
        pos = end + 1
        kind = classify(para)
        if kind == "headline" and previous_kind not in (None, "headline", "marker") and \
                (previous_kind == "byline" or para.startswith("#")):
            article += 1
        paragraphs.append(Paragraph(index, start, end, kind, article))
        previous_kind = kind
        for match in _SENTENCE.finditer(text, start, end):
            a, b = match.span()
            while a < b and text[a] == " ":
                a += 1
            if a >= b:
                continue
            raw_start, raw_end = clean.span_to_raw(a, b)
            sentences.append(Sentence(document.id, len(sentences), raw_start, raw_end, index, article,
                                      clean.printed[a:b]))
            bounds.append((a, b))
    return ParsedDocument(document, clean, tuple(paragraphs), tuple(sentences), tuple(bounds))
