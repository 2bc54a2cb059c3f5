"""Small frozen records that carry data between the stages of policykg.

Offsets (`start`, `end`) always index the document's original decoded text, so
`document.text[m.start:m.end] == m.text` holds for every mention. A field or variable named
`doc` holds a document's id; a `Document` itself is called `document`.
"""
from __future__ import annotations

from dataclasses import dataclass

LABELS = ("PERSON", "POSITION", "PLACE", "COMPANY", "ORG", "SLOGAN")
RELATIONS = ("HOLDS", "DEFINES", "PROMOTES")


@dataclass(frozen=True, slots=True)
class Block:
    """Where a stretch `text[start:end]` of a document read from a PDF, Word or HTML file came from."""

    start: int
    end: int
    kind: str  # title, heading, paragraph, table (a row), caption
    page: int | None = None  # PDF: 1-based page number


@dataclass(frozen=True, slots=True)
class Document:
    """One input text: a file, or one row of a JSONL/CSV corpus.

    Documents read from PDF, Word and HTML files carry `blocks`: their text is laid out by the
    reader, one paragraph per line, so its line breaks are paragraph breaks and are kept.
    """

    id: str
    text: str
    source: str = ""
    date: str | None = None  # ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    title: str | None = None
    date_origin: str | None = None  # field, metadata, filename, text
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of document `doc` (its id), with its paragraph and article numbers."""

    doc: str
    index: int
    start: int
    end: int
    paragraph: int
    article: int
    text: str  # the repaired text of the sentence (line breaks removed, characters as printed)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in a document (`doc` is the document's id)."""

    doc: str
    label: str
    text: str  # surface as in the original input (may contain line breaks)
    name: str  # canonical name
    start: int
    end: int
    sentence: int
    role: str | None = None  # e.g. "reporter", "photographer" for PERSON
    by: str | None = None  # with --model: how it was found, "rule", "lexicon" or "model"

    @property
    def key(self) -> str:
        return entity_id(self.label, self.name)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed relation between two entities, with the sentence that states it (in document `doc`)."""

    kind: str  # HOLDS, DEFINES, PROMOTES
    source: str  # entity id
    target: str  # entity id
    doc: str
    sentence: int
    start: int  # evidence offsets in the original text
    end: int
    note: str | None = None  # e.g. "count 4/4" for DEFINES


def entity_id(label: str, name: str) -> str:
    """The identity key of an entity: its label and canonical name."""
    return f"{label}:{name}"


def split_entity_id(key: str) -> tuple[str, str]:
    """(label, name) of an entity id."""
    label, _, name = key.partition(":")
    return label, name
