"""What the PDF, Word and HTML readers hand over: text laid out one paragraph per line, with blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.model import Block

_LATIN = re.compile(r"[0-9A-Za-z]")
_SPACES = re.compile(r"[ \r\n\f\v\u00a0\ufeff]+")


@dataclass(frozen=True)
class Laid:
    """A file's text, its blocks, what its own metadata says (title, date, source) and partial problems."""

    text: str
    blocks: tuple[Block, ...]
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def word_break(left: str, right: str) -> bool:
    """Whether two lines of a paragraph ending and starting with these characters join with a space:
    between Latin letters or a letter and a digit, not between digits (a number broken across lines)."""
    return bool(_LATIN.match(left) and _LATIN.match(right)) and not (left.isdigit() and right.isdigit())


class Layout:
    """Paragraphs added in reading order become the text (one per line) and its blocks."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.blocks: list[Block] = []
        self.length = 0

    def add(self, text: str, kind: str = "paragraph", page: int | None = None, joined: bool = False) -> None:
        """Add a paragraph; `joined` continues the last one (a paragraph running on in the next column
        or page; a space is put between two Latin words).

        Runs of spaces and line breaks become one space, tabs (between table cells) and
        ideographic spaces stay, the ends are stripped; a paragraph of white space is left out.
        """
        text = _SPACES.sub(" ", text).strip()
        if not text:
            return
        separator = "" if not self.pieces else "\n" if not joined else \
            " " if word_break(self.pieces[-1][-1], text[0]) else ""
        if separator:
            self.pieces.append(separator)
            self.length += 1
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        self.blocks.append(Block(start, self.length, kind, page))

    def laid(self, meta: dict[str, str] | None = None, warnings: list[str] | tuple[str, ...] = ()) -> Laid:
        return Laid("".join(self.pieces), tuple(self.blocks), dict(meta or {}), tuple(warnings))
