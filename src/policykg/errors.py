"""Errors that carry a one-line message for the user."""
from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")


def printable(text: str, replacement: str | None = None) -> str:
    """`text` without lone surrogates, so it can be written as UTF-8 (`text` itself when it has none): each
    replaced by `replacement`, or shown as an escape: the bytes of a file name that is not UTF-8 (Python's
    surrogate escapes) as \\xNN, other lone surrogates as \\uNNNN."""
    if _SURROGATES.search(text) is None:
        return text
    if replacement is not None:
        return _SURROGATES.sub(replacement, text)
    return _SURROGATES.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if 0xDC80 <= ord(m.group()) <= 0xDCFF
                           else f"\\u{ord(m.group()):04x}", text)


class PolicyKGError(Exception):
    """An error the CLI prints as one line, without a traceback."""


class OutputRefused(PolicyKGError, ValueError):
    """The output folder or file given may not be written (the command line exits with 2, as for a bad option)."""


class InputError(PolicyKGError):
    """A problem with one input (file or row); the run goes on with the others."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(self.message)

    def __reduce__(self):
        return type(self), (self.source, self.reason, self.line)

    @property
    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return printable(f"{where}: {self.reason}")


class InputNote(InputError):
    """Not a problem: an input left out on purpose (a README in a folder), said once; never raised."""
