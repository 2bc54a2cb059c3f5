"""The tables as files: nodes, edges, documents and (when given) mentions, as CSV or Parquet.

The mention files of a build are streamed by `policykg.export.mentions.MentionWriter` instead.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from policykg.graph.tables import write_table

if TYPE_CHECKING:
    from policykg.export import Content


def write_csv(content: Content, folder: Path) -> list[Path]:
    """The `csv` writer of `policykg.export.WRITERS`: folder/{nodes,edges,documents,mentions}.csv."""
    return _write(content, folder, "csv")


def write_parquet(content: Content, folder: Path) -> list[Path]:
    """The `parquet` writer of `policykg.export.WRITERS`: folder/{nodes,edges,documents,mentions}.parquet."""
    return _write(content, folder, "parquet")


def _write(content: Content, folder: Path, suffix: str) -> list[Path]:
    written = []
    for name, frame in content.tables.items():
        write_table(frame, folder / f"{name}.{suffix}")
        written.append(folder / f"{name}.{suffix}")
    return written
