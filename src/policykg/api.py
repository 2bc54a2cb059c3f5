"""The Python API: build a knowledge graph from paths, inspect it, write it out."""
from __future__ import annotations

import csv
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from policykg.corpus import Corpus, Processed
from policykg.errors import InputError, PolicyKGError
from policykg.extract.user import load_user_lexicon
from policykg.graph import analytics, tables
from policykg.graph.build import GraphBuilder, GraphOptions
from policykg.model import Mention, Relation, split_entity_id

FORMATS = ("html", "graphml", "gexf", "json", "csv", "parquet", "neo4j-csv")


def mention_record(m: Mention) -> dict:
    record = {"doc": m.doc, "label": m.label, "text": m.text, "name": m.name, "start": m.start, "end": m.end,
              "sentence": m.sentence}
    if m.role:
        record["role"] = m.role
    return record


_quote = json.encoder.encode_basestring  # how json.dumps(..., ensure_ascii=False) writes a string


def mention_line(m: Mention) -> str:
    """`json.dumps(mention_record(m), ensure_ascii=False)` and a newline, without the dict (the same bytes)."""
    role = f', "role": {_quote(m.role)}' if m.role else ""
    return (f'{{"doc": {_quote(m.doc)}, "label": {_quote(m.label)}, "text": {_quote(m.text)}, '
            f'"name": {_quote(m.name)}, "start": {int(m.start)}, "end": {int(m.end)}, '
            f'"sentence": {int(m.sentence)}{role}}}\n')


def relation_record(r: Relation) -> dict:
    record = {"doc": r.doc, "relation": r.kind, "source": split_entity_id(r.source)[1],
              "target": split_entity_id(r.target)[1], "sentence": r.sentence, "start": r.start, "end": r.end}
    if r.note:
        record["note"] = r.note
    return record


def process(paths: Iterable[str | os.PathLike], on_error: Callable[[InputError], None] | None = None,
            manifest: str | os.PathLike | None = None, jobs: int = 1,
            lexicon: str | os.PathLike | None = None, include: Iterable[str] = (),
            exclude: Iterable[str] = ()) -> Iterator[Processed]:
    """Both extraction passes over the documents under `paths`, one processed document at a time.

    `include`/`exclude`: glob patterns for the files found in folders (`policykg.ingest.readers.discover`).
    """
    user = load_user_lexicon(lexicon) if lexicon else None
    return Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, user=user, include=include,
                  exclude=exclude).process()


@dataclass
class KnowledgeGraph:
    """A built graph with the documents and mentions behind it."""

    graph: nx.MultiDiGraph
    documents_list: list[dict] = field(default_factory=list)
    mentions_list: list[Mention] = field(default_factory=list)
    periods: dict[str, nx.MultiDiGraph] = field(default_factory=dict)  # one graph per year or month, if asked

    @property
    def nodes(self) -> pd.DataFrame:
        return tables.nodes_table(self.graph)

    @property
    def edges(self) -> pd.DataFrame:
        return tables.edges_table(self.graph)

    @property
    def mentions(self) -> pd.DataFrame:
        return tables.mentions_table(self.mentions_list)

    @property
    def documents(self) -> pd.DataFrame:
        return tables.documents_table(self.documents_list)

    def ego(self, name: str, radius: int = 1) -> nx.MultiDiGraph:
        return analytics.ego(self.graph, name, radius)

    def path(self, source: str, target: str) -> list[dict]:
        return analytics.shortest_path(self.graph, source, target)

    def write(self, folder: str | os.PathLike, formats: Iterable[str] = FORMATS, title: str = "policykg") -> list[Path]:
        """Write the graph in the given formats; returns the files written."""
        written = write_outputs(self.graph, self.documents_list, folder, formats, title, mentions=self.mentions_list)
        return written + write_periods(self.periods, folder)


def load(folder: str | os.PathLike) -> KnowledgeGraph:
    """A build output folder read back: the graph from its tables (Parquet, else CSV), documents and mentions."""
    folder = Path(folder)
    suffix = "parquet" if (folder / "nodes.parquet").is_file() else "csv"
    if not (folder / f"nodes.{suffix}").is_file():
        raise PolicyKGError(f"{folder}: no nodes.parquet or nodes.csv; is it the output folder of policykg build?")
    graph = tables.graph_from_tables(tables.read_table(folder / f"nodes.{suffix}"),
                                     tables.read_table(folder / f"edges.{suffix}"))
    documents = tables.read_table(folder / f"documents.{suffix}").to_dict("records") \
        if (folder / f"documents.{suffix}").is_file() else []
    mentions = []
    if (folder / f"mentions.{suffix}").is_file():
        for row in tables.read_table(folder / f"mentions.{suffix}").to_dict("records"):
            role = row["role"] if isinstance(row["role"], str) and row["role"] else None
            mentions.append(Mention(row["doc"], row["label"], row["text"], row["name"], int(row["start"]),
                                    int(row["end"]), int(row["sentence"]), role))
    return KnowledgeGraph(graph, documents, mentions)


def build(paths: Iterable[str | os.PathLike], options: GraphOptions | None = None,
          on_error: Callable[[InputError], None] | None = None, manifest: str | os.PathLike | None = None,
          keep_mentions: bool = True, mention_sink: Callable[[Processed], None] | None = None,
          jobs: int = 1, cache: str | os.PathLike | None = None,
          lexicon: str | os.PathLike | None = None, by: str | None = None, include: Iterable[str] = (),
          exclude: Iterable[str] = ()) -> KnowledgeGraph:
    """Extract from the documents under `paths` (folders' files filtered by the `include` and
    `exclude` glob patterns) and build the graph.

    `jobs` worker processes extract in parallel (same output as one); `cache` is a
    SQLite file that makes rebuilds after adding documents extract only what changed;
    `lexicon` is a user lexicon (YAML or CSV, see `policykg.extract.user`); `by`
    ("year" or "month") also builds one graph per period from the dated documents.
    """
    if by not in (None, "year", "month"):
        raise ValueError(f"by must be year or month, not {by!r}")
    user = load_user_lexicon(lexicon) if lexicon else None
    corpus = Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, cache=cache, user=user, include=include,
                    exclude=exclude)
    return aggregate(corpus.process(), options, keep_mentions=keep_mentions, mention_sink=mention_sink, by=by)


def aggregate(processed_documents: Iterable[Processed], options: GraphOptions | None = None,
              keep_mentions: bool = True, mention_sink: Callable[[Processed], None] | None = None,
              by: str | None = None, builder: GraphBuilder | None = None,
              periods: dict[str, GraphBuilder] | None = None) -> KnowledgeGraph:
    """The graph of processed documents given in corpus order (shared by `build` and `policykg.distributed`).

    `builder` and `periods` (one builder per year or month) continue builders fed before.
    """
    if by not in (None, "year", "month"):
        raise ValueError(f"by must be year or month, not {by!r}")
    builder = builder if builder is not None else GraphBuilder(options)
    period_builders = periods if periods is not None else {}
    mentions: list[Mention] = []
    for processed in processed_documents:
        builder.add(processed)
        date = processed.document.date
        if by and date and len(date) >= (4 if by == "year" else 7):
            key = date[:4] if by == "year" else date[:7]
            if key not in period_builders:
                period_builders[key] = GraphBuilder(options)
            period_builders[key].add(processed)
        if keep_mentions:
            mentions.extend(processed.result.mentions)
        if mention_sink is not None:
            mention_sink(processed)
    built = {key: b.build() for key, b in sorted(period_builders.items())}
    return KnowledgeGraph(builder.build(), builder.documents, mentions, built)


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats in FORMATS order; ValueError names any unknown one."""
    formats = list(formats)
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    return [f for f in FORMATS if f in formats]


PARALLEL_EDGES = 5_000  # graphs with fewer edges are written faster than a process starts
CHILD_FORMATS = ("html", "gexf")  # written by a second process when `jobs` > 1 (about half the time)


def write_outputs(graph: nx.MultiDiGraph, documents: list[dict], folder: str | os.PathLike,
                  formats: Iterable[str] = FORMATS, title: str = "policykg",
                  mentions: list[Mention] | None = None, max_nodes: int = 10_000, jobs: int = 1) -> list[Path]:
    """Write the requested formats into `folder`, each file atomically; the HTML page keeps the
    `max_nodes` most important nodes (and says what it left out). With `jobs` > 1 a large
    graph's HTML page and GEXF file are written by a second process meanwhile."""
    chosen = check_formats(formats)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    elsewhere = [f for f in chosen if f in CHILD_FORMATS] \
        if jobs > 1 and graph.number_of_edges() >= PARALLEL_EDGES and len(chosen) > 1 else []
    if not elsewhere:
        return _write_formats(graph, documents, folder, chosen, title, mentions, max_nodes)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(_write_formats, graph, documents, folder, elsewhere, title, None, max_nodes)
        here = _write_formats(graph, documents, folder, [f for f in chosen if f not in elsewhere], title,
                              mentions, max_nodes)
        try:
            there = future.result()
        except BrokenProcessPool:
            raise PolicyKGError(f"the process writing {' and '.join(elsewhere)} into {folder} died "
                                "(out of memory?); rerun with --jobs 1") from None
    return there + here


def _write_formats(graph: nx.MultiDiGraph, documents: list[dict], folder: Path, formats: list[str], title: str,
                   mentions: list[Mention] | None, max_nodes: int) -> list[Path]:
    from policykg.export.gexf import write_gexf
    from policykg.export.graphml import write_graphml
    from policykg.export.html import write_html
    from policykg.export.json import write_json
    from policykg.export.neo4j_admin import write_neo4j_admin

    written: list[Path] = []
    if "html" in formats:
        write_html(graph, folder / "graph.html", title=title, documents=documents, max_nodes=max_nodes)
        written.append(folder / "graph.html")
    if "gexf" in formats:
        write_gexf(graph, folder / "graph.gexf")
        written.append(folder / "graph.gexf")
    if "graphml" in formats:
        write_graphml(graph, folder / "graph.graphml")
        written.append(folder / "graph.graphml")
    if "json" in formats:
        write_json(graph, folder / "graph.json")
        written.append(folder / "graph.json")
    if "csv" in formats or "parquet" in formats:
        frames = {"nodes": tables.nodes_table(graph), "edges": tables.edges_table(graph),
                  "documents": tables.documents_table(documents)}
        if mentions is not None:
            frames["mentions"] = tables.mentions_table(mentions)
        for suffix in ("csv", "parquet"):
            if suffix in formats:
                for name, frame in frames.items():
                    tables.write_table(frame, folder / f"{name}.{suffix}")
                    written.append(folder / f"{name}.{suffix}")
    if "neo4j-csv" in formats:
        write_neo4j_admin(graph, folder / "neo4j")
        written += [folder / "neo4j" / "nodes.csv", folder / "neo4j" / "relationships.csv"]
    return written


def write_periods(periods: dict[str, nx.MultiDiGraph], folder: str | os.PathLike) -> list[Path]:
    """One folder per period (by_period/2024/...) with GraphML, GEXF and the node and edge tables."""
    written: list[Path] = []
    for key, graph in periods.items():
        written += write_outputs(graph, [], Path(folder) / "by_period" / key, ["graphml", "gexf", "csv"])
    return written


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
    of an earlier writer (see `ended()`), it starts from that writer's files, so the
    result is what one writer given both runs' documents would have written; the old
    files are copied by a thread meanwhile.
    """

    ROW_GROUP = 50_000  # mentions per Parquet row group (at least)

    def __init__(self, folder: str | os.PathLike, formats: Iterable[str] = ("jsonl", "csv", "parquet"),
                 extend: MentionFiles | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.formats = set(formats)
        self._temps: dict[Path, Path] = {}  # final path → temporary path
        self._tails: dict[Path, Path] = {}  # temporary path → file of the new lines, appended at close()
        self._jsonl = self._open("mentions.jsonl", extend) if "jsonl" in self.formats else None
        self._csv = self._open("mentions.csv", extend) if "csv" in self.formats else None
        if self._csv is not None:
            if extend is None:
                self._csv.write(",".join(tables.MENTION_COLUMNS) + "\n")
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
        final = self.folder / name
        temp = self.folder / f".{name}.{os.getpid()}.tmp"
        self._temps[final] = temp
        return temp

    def _open(self, name: str, extend: MentionFiles | None):
        temp = self._temp(name)
        if extend is not None:
            tail = self._tails[temp] = self.folder / f".{name}.{os.getpid()}.tail.tmp"
            return open(tail, "w", encoding="utf-8", newline="\n")
        return open(temp, "w", encoding="utf-8", newline="\n")

    def _restore(self, row_groups: int) -> None:
        """Copy the earlier files: JSONL and CSV whole, the Parquet file's full row groups."""
        try:
            for final, temp in self._temps.items():
                if temp in self._tails:
                    shutil.copyfile(final, temp)
            if row_groups and "parquet" in self.formats:
                import pyarrow.parquet as pq

                old = pq.ParquetFile(self.folder / "mentions.parquet")
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

    def write(self, processed: Processed) -> None:
        mentions = processed.result.mentions
        if self._jsonl is not None:
            self._jsonl.write("".join(map(mention_line, mentions)))
            for r in processed.result.relations:
                self._jsonl.write(json.dumps(relation_record(r), ensure_ascii=False) + "\n")
        if self._csv is not None and mentions:
            self._csv_rows.writerows([m.doc, m.label, m.name, m.text, m.start, m.end, m.sentence, m.role or "", m.key]
                                     for m in mentions)
        if "parquet" in self.formats:
            self._batch.extend(mentions)
            if len(self._batch) >= self.ROW_GROUP:
                self._flush()
                self._row_groups += 1

    def _flush(self) -> None:
        import pyarrow as pa

        batch = self._batch
        # columns straight into Arrow (the writer's schema, so the same file as through a DataFrame)
        columns = {"doc": [m.doc for m in batch], "label": [m.label for m in batch], "name": [m.name for m in batch],
                   "text": [m.text for m in batch], "start": [m.start for m in batch], "end": [m.end for m in batch],
                   "sentence": [m.sentence for m in batch], "role": [m.role for m in batch],
                   "entity": [m.key for m in batch]}
        self._write_parquet(pa.Table.from_pydict(columns, schema=_mention_schema()))
        self._batch = []

    def _write_parquet(self, table) -> None:
        self._wait()
        self._parquet_writer().write_table(table)

    def _parquet_writer(self):
        import pyarrow.parquet as pq

        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._temp("mentions.parquet"), _mention_schema(), compression="zstd")
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
        for final, temp in self._temps.items():
            if ok:
                os.replace(temp, final)
            else:
                temp.unlink(missing_ok=True)
        if ok:
            stats = tuple((final.name, (st := final.stat()).st_size, st.st_mtime_ns) for final in sorted(self._temps))
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


def _mention_schema():
    import pyarrow as pa

    return pa.schema([("doc", pa.string()), ("label", pa.string()), ("name", pa.string()), ("text", pa.string()),
                      ("start", pa.int64()), ("end", pa.int64()), ("sentence", pa.int64()), ("role", pa.string()),
                      ("entity", pa.string())])

