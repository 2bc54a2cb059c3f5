"""Decode the bytes of an input file: BOMs, UTF-8, GB18030/GBK, Big5, Shift-JIS and others.

A file that is UTF-8 but for a few bad bytes is read as UTF-8 (with a warning), not as another
encoding that happens to accept the bytes. Bytes that are not UTF-8 are tried as the legacy CJK
encodings, and the reading with the largest share of common characters wins (GB18030 reads Big5 or
Shift-JIS bytes without an error, as nonsense made of rare characters). A warning goes with a reading
that is uncertain or does not look like Chinese text.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from policykg.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings of CJK text: name shown to the user, the codec, the lead and trail bytes of its most
# common characters (GB2312 level 1, Big5 常用字, JIS level 1 kanji with kana).
LEGACY = (
    ("GB18030", "gb18030", ((range(0xB0, 0xD8), range(0xA1, 0xFF)),)),
    ("Big5", "big5", ((range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),)),
    ("Shift-JIS", "cp932", ((range(0x88, 0x99), [*range(0x40, 0x7F), *range(0x80, 0xFD)]),
                            (range(0x82, 0x84), [*range(0x40, 0x7F), *range(0x80, 0xFD)]))),
)
SURE = 0.8  # share of common characters above which a legacy reading needs no warning
CHINESE = 0.3  # a text with less CJK among its non-ASCII characters does not read as Chinese
SAMPLE = 20_000  # characters looked at to judge a reading
# Runs of characters (counted by removing them: one match a run, not one a character)
_WIDE = re.compile(r"[^\x00-\x7f\s]+")  # non-ASCII, not a space
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af\U00020000-\U0003ffff—…“”‘’·]+")


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Return the text and a warning (or None); raise InputError when it is not text.

    BOMs decide first, then strict UTF-8, then UTF-8 with a few bad bytes replaced, then the legacy
    CJK encodings (`LEGACY`, best reading first), then charset-normalizer.
    """
    if not data or data.isspace():  # (not data.strip(): no copy of a large file)
        raise InputError(name, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as err:
                raise InputError(name, f"starts with a {encoding} byte order mark but does not decode ({err.reason})")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        return text, _not_chinese(text)
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = _count(_WIDE, text) - bad
    if good >= bad and bad <= max(3, good // 10):  # UTF-8 with a few bad bytes, not another encoding
        return text, f"{bad} byte sequence(s) that are not UTF-8 replaced with U+FFFD (first at byte {first_bad})"
    readings = sorted(((_common_share(text, label), label, text) for label, codec, _ in LEGACY
                       if (text := _strict(data, codec)) is not None and _looks_like_text(text)),
                      key=lambda reading: -reading[0])
    if readings:
        share, label, text = readings[0]
        if share >= SURE and (len(readings) == 1 or readings[1][0] < share - 0.1):
            return text, None if label == "GB18030" else _not_chinese(text)
        others = ", ".join(f"{other} {100 * s:.0f} %" for s, other, _ in readings[1:])
        return text, (f"encoding uncertain: read as {label} ({100 * share:.0f} % common characters"
                      f"{'; ' + others if others else ''}); save the file as UTF-8 to be sure")
    from charset_normalizer import from_bytes  # (the last resort: not imported for the files read before)

    best = from_bytes(data).best()
    if best is not None and best.encoding and _looks_like_text(str(best)):
        return str(best), _not_chinese(str(best)) or f"encoding uncertain: read as {best.encoding}"
    if _looks_like_text(text) and bad <= max(8, len(text) // 100):
        return text, f"{bad} undecodable byte sequence(s) replaced with U+FFFD (first at byte {first_bad})"
    raise InputError(name, "cannot decode: not UTF-8, GB18030 or another known text encoding")


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> bool:
    """Few control characters and replacement characters."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad <= len(sample) // 200


@lru_cache(maxsize=None)
def _common(label: str) -> frozenset[str]:
    """The common characters of a legacy encoding, with the CJK punctuation and full-width forms."""
    _, codec, ranges = next(entry for entry in LEGACY if entry[0] == label)
    chars = {chr(cp) for cp in (*range(0x3000, 0x3040), *range(0xFF00, 0xFF61), 0x2014, 0x2026, 0x201C, 0x201D,
                                0x2018, 0x2019, 0x00B7)}  # (not the half-width katakana from U+FF61)
    for leads, trails in ranges:
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    pass
    return frozenset(chars)


def _count(pattern: re.Pattern, text: str) -> int:
    """The characters of a sample of `text` that `pattern` (runs of a class of characters) matches."""
    sample = text[:SAMPLE]
    return len(sample) - len(pattern.sub("", sample))


def _common_share(text: str, label: str) -> float:
    """The share of the non-ASCII characters of `text` (a sample) that are common in encoding `label`."""
    wide = "".join(_WIDE.findall(text[:SAMPLE]))
    if not wide:
        return 1.0
    common = _common(label)
    return sum(1 for ch in wide if ch in common) / len(wide)


def _not_chinese(text: str) -> str | None:
    """A warning when the non-ASCII characters of `text` are mostly not CJK (mojibake, a wrong encoding)."""
    if text.isascii():
        return None
    wide = _count(_WIDE, text)
    if wide < 20:
        return None
    share = _count(_CJK, text) / wide
    if share >= CHINESE:
        return None
    return (f"does not read as Chinese: {100 * share:.0f} % of its non-ASCII characters are CJK "
            "(mojibake, or a wrong encoding?)")
