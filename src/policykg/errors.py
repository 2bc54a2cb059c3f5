"""Errors that carry a one-line message for the user."""
from __future__ import annotations


class PolicyKGError(Exception):
    """An error the CLI prints as one line, without a traceback."""


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
        return f"{where}: {self.reason}"


class InputNote(InputError):
    """Not a problem: an input left out on purpose (a README in a folder), said once; never raised."""
