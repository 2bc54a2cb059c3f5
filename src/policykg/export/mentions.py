"""The mention files of a build, streamed while it runs: mentions.jsonl (with the relation records),
mentions.csv and mentions.parquet, in the columns of `policykg.records`."""
from __future__ import annotations

import csv
import json
import os
import shutil
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policykg.io import AtomicFiles
from policykg.model import Mention, entity_id
from policykg.records import (MENTION_COLUMNS, MENTION_TYPES, arrow_schema, mention_columns, mention_line,
                              mention_rows, relation_line)


@dataclass(frozen=True)
class MentionFiles:
    """How a MentionWriter left its files, so that a later build can extend them."""

    stats: tuple[tuple[str, int, int], ...]  # (file name, size, mtime in ns) of each file written
    row_groups: int  # Parquet row groups written in full
    pending: tuple[Mention, ...]  # the mentions of the last, partial row group

    def unchanged(self, folder: str | os.PathLike) -> bool:
        """Whether the files in `folder` are still the ones written."""
        for name, size, mtime in self.stats:
            try:
                stat = (Path(folder) / name).stat()
            except OSError:
                return False
            if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
                return False
        return True


class MentionWriter:
    """Streams mentions to mentions.jsonl (with relation records), mentions.csv and mentions.parquet.

    Each file is written under a temporary name and renamed by `close()`, so an
    interrupted build leaves the previous outputs untouched. Given the `MentionFiles`
    of an earlier writer (see `ended()`), it starts from that writer's files (in
    `previous`, by default `folder`), so the result is what one writer given both runs'
    documents would have written; the old files are copied by a thread meanwhile.
    """

    ROW_GROUP = 50_000  # mentions per Parquet row group (at least)

    def __init__(self, folder: str | os.PathLike, formats: Iterable[str] = ("jsonl", "csv", "parquet"),
                 extend: MentionFiles | None = None, previous: str | os.PathLike | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.previous = Path(previous) if previous is not None else self.folder
        self.formats = set(formats)
        self._files = AtomicFiles()  # final path → temporary path, renamed into place by close()
        self._tails: dict[Path, Path] = {}  # temporary path → file of the new lines, appended at close()
        self._jsonl = self._open("mentions.jsonl", extend) if "jsonl" in self.formats else None
        self._csv = self._open("mentions.csv", extend) if "csv" in self.formats else None
        if self._csv is not None:
            if extend is None:
                self._csv.write(",".join(MENTION_COLUMNS) + "\n")
            # the csv module with pandas' to_csv settings: the same bytes, without a DataFrame per document
            self._csv_rows = csv.writer(self._csv, lineterminator="\n")
        self._parquet = None
        self._row_groups = 0
        self._batch: list[Mention] = []
        self._ended: MentionFiles | None = None
        self._restoring: threading.Thread | None = None
        self._restore_error: BaseException | None = None
        if extend is not None:
            self._batch = list(extend.pending) if "parquet" in self.formats else []
            self._row_groups = extend.row_groups
            self._restoring = threading.Thread(target=self._restore, args=(extend.row_groups,), daemon=True)
            self._restoring.start()

    def _temp(self, name: str) -> Path:
        """The temporary path of output `name`, renamed into place (or removed) by close()."""
        return self._files.path(self.folder / name)

    def _open(self, name: str, extend: MentionFiles | None):
        temp = self._temp(name)
        if extend is not None:
            tail = self._tails[temp] = temp.with_name(temp.name + ".tail")
            return open(tail, "w", encoding="utf-8", newline="\n")
        return open(temp, "w", encoding="utf-8", newline="\n")

    def _restore(self, row_groups: int) -> None:
        """Copy the earlier files: JSONL and CSV whole, the Parquet file's full row groups."""
        try:
            for final, temp in list(self._files.temps.items()):
                if temp in self._tails:
                    shutil.copyfile(self.previous / final.name, temp)
            if row_groups and "parquet" in self.formats:
                import pyarrow.parquet as pq

                old = pq.ParquetFile(self.previous / "mentions.parquet")
                for group in range(row_groups):
                    self._parquet_writer().write_table(old.read_row_group(group))
        except BaseException as err:  # raised again by the main thread in _wait()
            self._restore_error = err

    def _wait(self) -> None:
        if self._restoring is not None:
            self._restoring.join()
            self._restoring = None
            if self._restore_error is not None:
                raise self._restore_error

    def write(self, processed) -> None:
        """Add the mentions and relations of one processed document (`policykg.run.Processed`)."""
        mentions = processed.result.mentions
        if self._jsonl is not None:
            self._jsonl.write("".join(map(mention_line, mentions)))
            self._jsonl.write("".join(map(relation_line, processed.result.relations)))
        if self._csv is not None and mentions:
            self._csv_rows.writerows(mention_rows(mentions))
        if "parquet" in self.formats:
            self._batch.extend(mentions)
            if len(self._batch) >= self.ROW_GROUP:
                self._flush()
                self._row_groups += 1

    def _flush(self) -> None:
        import pyarrow as pa

        # columns straight into Arrow (the writer's schema, so the same file as through a DataFrame)
        self._write_parquet(pa.Table.from_pydict(mention_columns(self._batch), schema=_schema()))
        self._batch = []

    def _write_parquet(self, table) -> None:
        self._wait()
        self._parquet_writer().write_table(table)

    def _parquet_writer(self):
        import pyarrow.parquet as pq

        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._temp("mentions.parquet"), _schema(), compression="zstd")
        return self._parquet

    def close(self, ok: bool = True) -> None:
        """Rename the finished files into place (ok) or delete them."""
        pending = tuple(self._batch)
        try:
            if ok and "parquet" in self.formats:
                self._flush()
            self._wait()
        except BaseException:
            ok = False
            raise
        finally:
            self._finish(ok, pending)

    def _finish(self, ok: bool, pending: tuple[Mention, ...]) -> None:
        if self._restoring is not None:
            self._restoring.join()
        for handle in (self._jsonl, self._csv, self._parquet):
            if handle is not None:
                handle.close()
        for temp, tail in self._tails.items():
            if ok:
                with open(temp, "ab") as target, open(tail, "rb") as source:
                    shutil.copyfileobj(source, target)
            tail.unlink(missing_ok=True)
        finals = sorted(self._files.temps)
        if not ok:
            self._files.discard()
            return
        self._files.commit()
        stats = tuple((final.name, (st := final.stat()).st_size, st.st_mtime_ns) for final in finals)
        self._ended = MentionFiles(stats, self._row_groups, pending)

    def ended(self) -> MentionFiles:
        """How the files were left (after a successful `close()`)."""
        if self._ended is None:
            raise RuntimeError("the mention files are not written yet")
        return self._ended

    def __enter__(self) -> MentionWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(ok=exc_type is None)


def _schema():
    return arrow_schema(MENTION_COLUMNS, MENTION_TYPES)


def offsets(mentions: Iterable[Mention]) -> Iterator[tuple]:
    """(document, entity id, start, end, sentence) of each of `mentions`."""
    return ((m.doc, m.key, m.start, m.end, m.sentence) for m in mentions)


def mention_offsets(folder: str | os.PathLike, mentions: Iterable[Mention] | None = None
                    ) -> Iterator[tuple[str, str, int, int, int]] | None:
    """(document, entity id, start, end, sentence) of each mention in corpus order, read as it goes:
    `mentions` when given, else the mention file a build streamed into `folder` (mentions.parquet, else
    .csv, else .jsonl); None when there is none."""
    folder = Path(folder)
    if mentions is not None:
        return offsets(mentions)
    if (folder / "mentions.parquet").is_file():
        return _parquet_offsets(folder / "mentions.parquet")
    if (folder / "mentions.csv").is_file():
        return _csv_offsets(folder / "mentions.csv")
    if (folder / "mentions.jsonl").is_file():
        return _jsonl_offsets(folder / "mentions.jsonl")
    return None


def _parquet_offsets(path: Path):
    import pyarrow.parquet as pq

    columns = ["doc", "entity", "start", "end", "sentence"]
    for batch in pq.ParquetFile(path).iter_batches(batch_size=65_536, columns=columns):
        table = batch.to_pydict()
        yield from zip(*(table[c] for c in columns))


def _csv_offsets(path: Path):
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["doc"], row["entity"], int(row["start"]), int(row["end"]), int(row["sentence"])


def _jsonl_offsets(path: Path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if "label" in record:  # not a relation record
                yield (record["doc"], entity_id(record["label"], record["name"]), record["start"], record["end"],
                       record["sentence"])
