"""Decode the bytes of an input file: BOMs, UTF-8, GB18030/GBK and others."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from policykg.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Return the text and a warning (or None); raise InputError when it is not text.

    BOMs decide first, then strict UTF-8, then strict GB18030 (a superset of GBK
    and GB2312, the usual legacy encoding of Chinese text), then charset-normalizer.
    """
    if not data.strip():
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
        return data.decode("utf-8"), None
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    try:
        text = data.decode("gb18030")
        if _looks_like_text(text):
            return text, None
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding and _looks_like_text(str(best)):
        return str(best), None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if _looks_like_text(text) and bad <= max(8, len(text) // 100):
        return text, f"{bad} undecodable byte sequence(s) replaced with U+FFFD (first at byte {first_bad})"
    raise InputError(name, "cannot decode: not UTF-8, GB18030 or another known text encoding")


def _looks_like_text(text: str) -> bool:
    """Few control characters and replacement characters."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad <= len(sample) // 200
