"""The JSON forms of what the run layer stores on disk or sends between processes: a document's
extraction (sentences, mentions, relations), a harvest and a lexicon signature.

JSON only: reading these back never runs code (the cache of an output folder may come from anyone).
Records go column by column (`policykg.records.record_columns`), the document id once; decoding checks
every column's types and raises `CodecError` for anything else, so a damaged or foreign blob is
detected where it is read.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

from policykg.extract import DocumentResult, Harvest
from policykg.model import Mention, Relation, Sentence
from policykg.records import RecordError, field_names, record_columns, records_from_columns

FORMAT = 2  # the layout of the blobs below (2: harvests carry the names that stay in their documents)
# the version of what this module writes: a record with other fields makes stored blobs stale
VERSION = f"{FORMAT};" + ";".join(f"{cls.__name__}({','.join(field_names(cls))})"
                                  for cls in (Sentence, Mention, Relation))

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_SURROGATES = re.compile("[\ud800-\udfff]")


class CodecError(ValueError):
    """A blob that is not what the codec wrote."""


def dumps(value) -> bytes:
    """JSON as UTF-8 bytes; lone surrogates (of file names that are not UTF-8) written as \\u escapes."""
    text = _encode(value)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # only lone surrogates cannot be encoded
        return _SURROGATES.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def loads(blob) -> object:
    """The inverse of `dumps`; CodecError for anything else."""
    if type(blob) is not bytes:
        raise CodecError(f"a {type(blob).__name__}, not bytes")
    try:
        return json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise CodecError(f"not JSON ({type(err).__name__})") from None


def encode_extraction(sentences: tuple[Sentence, ...], result: DocumentResult) -> bytes:
    """A document's sentences and extraction (pass 2)."""
    return dumps([result.doc, record_columns(Sentence, sentences, ("doc",)),
                  record_columns(Mention, result.mentions, ("doc",)),
                  record_columns(Relation, result.relations, ("doc",))])


def decode_extraction(blob) -> tuple[tuple[Sentence, ...], DocumentResult]:
    value = loads(blob)
    if type(value) is not list or len(value) != 4 or type(value[0]) is not str:
        raise CodecError("not an extraction")
    doc = {"doc": value[0]}
    try:
        sentences = records_from_columns(Sentence, value[1], doc)
        result = DocumentResult(value[0], records_from_columns(Mention, value[2], doc),
                                records_from_columns(Relation, value[3], doc))
    except RecordError as err:
        raise CodecError(str(err)) from None
    return sentences, result


def encode_harvest(harvest: Harvest) -> bytes:
    """What pass 1 learnt from a document."""
    return dumps(harvest_value(harvest))


def decode_harvest(blob) -> Harvest:
    return harvest_from_value(loads(blob))


# Harvest's Counters and the lengths of their keys: names and proposed (label, surface, name), roles
# (name, role), regions (name), scoped (label, surface, name, document id)
_HARVEST_KEYS = {"names": 3, "roles": 2, "regions": 1, "proposed": 3, "scoped": 4}


def harvest_value(harvest: Harvest) -> list:
    """A harvest as JSON values: its Counters as [key..., count] rows."""
    return [[[*key, count] if width > 1 else [key, count] for key, count in getattr(harvest, name).items()]
            for name, width in _HARVEST_KEYS.items()]


def harvest_from_value(value) -> Harvest:
    if type(value) is not list or len(value) != len(_HARVEST_KEYS):
        raise CodecError("not a harvest")
    counters = {}
    for rows, (name, width) in zip(value, _HARVEST_KEYS.items()):
        if type(rows) is not list or not all(type(row) is list and len(row) == width + 1 and
                                             all(type(x) is str for x in row[:width]) and type(row[width]) is int
                                             for row in rows):
            raise CodecError("not a harvest")
        counters[name] = Counter({(row[0] if width == 1 else tuple(row[:width])): row[width] for row in rows})
    return Harvest(**counters)


def encode_signature(signature: dict) -> bytes:
    """A lexicon signature (`policykg.run.cache.lexicon_signature`: surface → list of JSON scalars and lists)."""
    return dumps(sorted(signature.items()))


def decode_signature(blob) -> dict:
    return signature_from_value(loads(blob))


def signature_from_value(value) -> dict:
    if type(value) is not list or not all(type(item) is list and len(item) == 2 and type(item[0]) is str and
                                          type(item[1]) is list for item in value):
        raise CodecError("not a lexicon signature")
    return dict(value)


def mentions_value(mentions) -> list:
    """Mentions of any documents as JSON columns."""
    return record_columns(Mention, mentions)


def mentions_from_value(value) -> tuple[Mention, ...]:
    try:
        return records_from_columns(Mention, value)
    except RecordError as err:
        raise CodecError(str(err)) from None


def signature_digest(signature: dict | None) -> str | None:
    """A short digest of a lexicon signature (None for none)."""
    if signature is None:
        return None
    return hashlib.sha256(encode_signature(signature)).hexdigest()[:16]
