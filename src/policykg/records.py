"""The flat forms of the records in `policykg.model`: JSON records, table columns and their types.

Columns are derived from the dataclass fields, so a new field of `Mention` reaches mentions.jsonl,
mentions.csv and .parquet, the Dask partitions and `policykg.load` without further edits (only the
fast JSON line writer `mention_line` is spelled out; a test holds it to `mention_record`).
"""
from __future__ import annotations

import json
import types
from collections.abc import Sequence
from dataclasses import astuple, fields
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import Union, get_args, get_origin, get_type_hints

from policykg.model import Block, Document, Mention, Relation, Sentence, split_entity_id


OPTIONAL_MENTION_FIELDS = ("role", "by")  # in a mention's JSON record only when set


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@lru_cache(maxsize=None)
def field_types(cls: type) -> dict[str, str]:
    """Field name → "int" for whole numbers, "str" for the others (optional strings included)."""
    hints = get_type_hints(cls)
    return {f.name: "int" if hints[f.name] is int else "str" for f in fields(cls)}


@lru_cache(maxsize=None)
def field_kinds(cls: type) -> dict[str, frozenset[type]]:
    """Field name → the Python types its values may have (int, str, and NoneType for an optional field)."""
    kinds = {}
    for name, hint in get_type_hints(cls).items():
        union = isinstance(hint, types.UnionType) or get_origin(hint) is Union
        kinds[name] = frozenset(get_args(hint) if union else (get_origin(hint) or hint,))
    return kinds


class RecordError(ValueError):
    """Stored columns that do not make records of the expected shape."""


def record_columns(cls: type, records: Sequence, given: tuple[str, ...] = ()) -> list[list]:
    """The fields of `records` as one list per field (in field order), without the `given` fields."""
    return [list(map(attrgetter(name), records)) for name in field_names(cls) if name not in given]


def records_from_columns(cls: type, columns, given: dict[str, object] | None = None) -> tuple:
    """The records of `record_columns` output, the `given` fields set to one value for all; RecordError
    when the columns are not lists of one length holding values of the fields' types."""
    given = given or {}
    kinds = field_kinds(cls)
    stored = [name for name in field_names(cls) if name not in given]
    if type(columns) is not list or len(columns) != len(stored):
        raise RecordError(f"{len(stored)} columns of {cls.__name__} expected")
    count = len(columns[0]) if columns else 0
    for name, column in zip(stored, columns):
        if type(column) is not list or len(column) != count or not set(map(type, column)) <= kinds[name]:
            raise RecordError(f"bad {cls.__name__}.{name} column")
    values = iter(columns)
    return tuple(map(cls, *(repeat(given[name], count) if name in given else next(values)
                            for name in field_names(cls))))


# Mention tables: the document and the entity first, the other fields in record order, the entity id last.
MENTION_COLUMNS = ("doc", "label", "name", *(f for f in field_names(Mention) if f not in ("doc", "label", "name")),
                   "entity")
MENTION_TYPES = {**field_types(Mention), "entity": "str"}
_MENTION_ROW = attrgetter(*("key" if column == "entity" else column for column in MENTION_COLUMNS))

# A document's long fields: its text and, read from a PDF, Word or HTML file, the blocks of its layout.
LONG_FIELDS = ("text", "blocks")
_SHORT_FIELDS = tuple(f for f in field_names(Document) if f not in LONG_FIELDS)

# The documents table: the document's short fields and counts; for a laid-out document its text and blocks.
DOCUMENT_COLUMNS = (*_SHORT_FIELDS, "chars", "sentences", "mentions", *LONG_FIELDS)

# Tables of whole records (the Dask partitions): the long fields of a document last (blocks as JSON text), a
# sentence without its document id (the partition's document number `n` stands for it).
PARTITION_COLUMNS = {
    "documents": (*_SHORT_FIELDS, *LONG_FIELDS),
    "sentences": tuple(f for f in field_names(Sentence) if f != "doc"),
    "mentions": MENTION_COLUMNS,
    "relations": field_names(Relation),
}
PARTITION_TYPES = {"documents": field_types(Document), "sentences": field_types(Sentence),
                   "mentions": MENTION_TYPES, "relations": field_types(Relation)}


def arrow_schema(columns: Sequence[str], types: dict[str, str]):
    """The Arrow schema of a table: int64 for "int" columns, string for the others."""
    import pyarrow as pa

    return pa.schema([(column, pa.int64() if types[column] == "int" else pa.string()) for column in columns])


def mention_rows(mentions: Sequence[Mention]) -> list[tuple]:
    """One tuple per mention, in MENTION_COLUMNS order."""
    return list(map(_MENTION_ROW, mentions))


def mention_columns(mentions: Sequence[Mention]) -> dict[str, list]:
    """The mention table as lists, one per column of MENTION_COLUMNS."""
    rows = mention_rows(mentions)
    return {column: [row[i] for row in rows] for i, column in enumerate(MENTION_COLUMNS)}


def mention_from_row(row: dict) -> Mention:
    """A mention from a row of a mention table (as `policykg.graph.tables.read_table` gives it)."""
    values = {}
    for name, kind in field_types(Mention).items():
        value = row[name]
        if kind == "int":
            value = int(value)
        elif not isinstance(value, str) or not value:  # a missing optional value: NaN, None or ""
            value = None
        values[name] = value
    return Mention(**values)


def document_record(document: Document, sentences: int, mentions: int) -> dict:
    """A row of the documents table (text and blocks only for a document read from a PDF, Word or HTML file)."""
    record = {name: getattr(document, name) for name in _SHORT_FIELDS}
    record.update(chars=len(document.text), sentences=sentences, mentions=mentions)
    if document.blocks:
        record.update(text=document.text, blocks=[{name: value for name in field_names(Block)
                                                   if (value := getattr(block, name)) is not None}
                                                  for block in document.blocks])
    return record


def blocks_json(blocks: tuple[Block, ...]) -> str | None:
    """The blocks of a document as compact JSON text (None when there are none)."""
    return json.dumps([astuple(block) for block in blocks]) if blocks else None


def blocks_from_json(text: str | None) -> tuple[Block, ...]:
    return tuple(Block(*values) for values in json.loads(text)) if text else ()


def mention_record(m: Mention) -> dict:
    """The JSON record of a mention (the record contract of eval/score.py): its fields, `role` and `by`
    only when set."""
    record = {name: getattr(m, name) for name in field_names(Mention)}
    for name in OPTIONAL_MENTION_FIELDS:
        if not record[name]:
            del record[name]
    return record


_quote = json.encoder.encode_basestring  # how json.dumps(..., ensure_ascii=False) writes a string


def mention_line(m: Mention) -> str:
    """`json.dumps(mention_record(m), ensure_ascii=False)` and a newline, without the dict (the same bytes)."""
    role = f', "role": {_quote(m.role)}' if m.role else ""
    by = f', "by": {_quote(m.by)}' if m.by else ""
    return (f'{{"doc": {_quote(m.doc)}, "label": {_quote(m.label)}, "text": {_quote(m.text)}, '
            f'"name": {_quote(m.name)}, "start": {int(m.start)}, "end": {int(m.end)}, '
            f'"sentence": {int(m.sentence)}{role}{by}}}\n')


def relation_record(r: Relation) -> dict:
    """The JSON record of a relation: names instead of entity ids, `note` only when set."""
    record = {"doc": r.doc, "relation": r.kind, "source": split_entity_id(r.source)[1],
              "target": split_entity_id(r.target)[1], "sentence": r.sentence, "start": r.start, "end": r.end}
    if r.note:
        record["note"] = r.note
    return record


def relation_line(r: Relation) -> str:
    return json.dumps(relation_record(r), ensure_ascii=False) + "\n"


# tabs and line breaks (any that str.splitlines() knows) inside a field of a table line become spaces
_TSV = str.maketrans({ch: " " for ch in "\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"})


def mention_tsv(m: Mention) -> str:
    """The `policykg extract --format table` line of a mention (with `--model`, how it was found last)."""
    by = f"\t{m.by}" if m.by else ""
    return "\t".join(field.translate(_TSV) for field in (m.doc, m.label, m.name, m.text)) + f"\t{m.start}\t{m.end}{by}\n"


def relation_tsv(r: Relation) -> str:
    """The `policykg extract --format table` line of a relation."""
    record = relation_record(r)
    fields = (r.doc, r.kind, record["source"], record["target"])
    return "\t".join(field.translate(_TSV) for field in fields) + f"\t{r.start}\t{r.end}\n"
