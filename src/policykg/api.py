"""The Python API: build a knowledge graph from paths, inspect it, write it out."""
from __future__ import annotations

import csv
import json
import os
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
            lexicon: str | os.PathLike | None = None) -> Iterator[Processed]:
    """Both extraction passes over the documents under `paths`, one processed document at a time."""
    user = load_user_lexicon(lexicon) if lexicon else None
    return Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, user=user).process()


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
          lexicon: str | os.PathLike | None = None, by: str | None = None) -> KnowledgeGraph:
    """Extract from the documents under `paths` and build the graph.

    `jobs` worker processes extract in parallel (same output as one); `cache` is a
    SQLite file that makes rebuilds after adding documents extract only what changed;
    `lexicon` is a user lexicon (YAML or CSV, see `policykg.extract.user`); `by`
    ("year" or "month") also builds one graph per period from the dated documents.
    """
    if by not in (None, "year", "month"):
        raise ValueError(f"by must be year or month, not {by!r}")
    user = load_user_lexicon(lexicon) if lexicon else None
    corpus = Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, cache=cache, user=user)
    return aggregate(corpus.process(), options, keep_mentions=keep_mentions, mention_sink=mention_sink, by=by)


def aggregate(processed_documents: Iterable[Processed], options: GraphOptions | None = None,
              keep_mentions: bool = True, mention_sink: Callable[[Processed], None] | None = None,
              by: str | None = None) -> KnowledgeGraph:
    """The graph of processed documents given in corpus order (shared by `build` and `policykg.distributed`)."""
    if by not in (None, "year", "month"):
        raise ValueError(f"by must be year or month, not {by!r}")
    builder = GraphBuilder(options)
    period_builders: dict[str, GraphBuilder] = {}
    mentions: list[Mention] = []
    for processed in processed_documents:
        builder.add(processed)
        date = processed.document.date
        if by and date and len(date) >= (4 if by == "year" else 7):
            key = date[:4] if by == "year" else date[:7]
            period_builders.setdefault(key, GraphBuilder(options)).add(processed)
        if keep_mentions:
            mentions.extend(processed.result.mentions)
        if mention_sink is not None:
            mention_sink(processed)
    periods = {key: b.build() for key, b in sorted(period_builders.items())}
    return KnowledgeGraph(builder.build(), builder.documents, mentions, periods)


def write_outputs(graph: nx.MultiDiGraph, documents: list[dict], folder: str | os.PathLike,
                  formats: Iterable[str] = FORMATS, title: str = "policykg",
                  mentions: list[Mention] | None = None, max_nodes: int = 10_000) -> list[Path]:
    """Write the requested formats into `folder`, each file atomically; the HTML page keeps the
    `max_nodes` most important nodes (and says what it left out)."""
    from policykg.export.gexf import write_gexf
    from policykg.export.graphml import write_graphml
    from policykg.export.html import write_html
    from policykg.export.json import write_json
    from policykg.export.neo4j_admin import write_neo4j_admin

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    written: list[Path] = []
    if "html" in formats:
        write_html(graph, folder / "graph.html", title=title, documents=documents, max_nodes=max_nodes)
        written.append(folder / "graph.html")
    if "graphml" in formats:
        write_graphml(graph, folder / "graph.graphml")
        written.append(folder / "graph.graphml")
    if "gexf" in formats:
        write_gexf(graph, folder / "graph.gexf")
        written.append(folder / "graph.gexf")
    if "json" in formats:
        write_json(graph, folder / "graph.json")
        written.append(folder / "graph.json")
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


class MentionWriter:
    """Streams mentions to mentions.jsonl (with relation records), mentions.csv and mentions.parquet.

    Each file is written under a temporary name and renamed by `close()`, so an
    interrupted build leaves the previous outputs untouched.
    """

    def __init__(self, folder: str | os.PathLike, formats: Iterable[str] = ("jsonl", "csv", "parquet")):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.formats = set(formats)
        self._temps: dict[Path, Path] = {}  # final path → temporary path
        self._jsonl = self._open("mentions.jsonl") if "jsonl" in self.formats else None
        self._csv = self._open("mentions.csv") if "csv" in self.formats else None
        if self._csv is not None:
            self._csv.write(",".join(tables.MENTION_COLUMNS) + "\n")
            # the csv module with pandas' to_csv settings: the same bytes, without a DataFrame per document
            self._csv_rows = csv.writer(self._csv, lineterminator="\n")
        self._parquet = None
        self._batch: list[Mention] = []

    def _temp(self, name: str) -> Path:
        final = self.folder / name
        temp = self.folder / f".{name}.{os.getpid()}.tmp"
        self._temps[final] = temp
        return temp

    def _open(self, name: str):
        return open(self._temp(name), "w", encoding="utf-8", newline="\n")

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
            if len(self._batch) >= 50_000:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _mention_schema()
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._temp("mentions.parquet"), schema, compression="zstd")
        batch = self._batch
        # columns straight into Arrow (the writer's schema, so the same file as through a DataFrame)
        columns = {"doc": [m.doc for m in batch], "label": [m.label for m in batch], "name": [m.name for m in batch],
                   "text": [m.text for m in batch], "start": [m.start for m in batch], "end": [m.end for m in batch],
                   "sentence": [m.sentence for m in batch], "role": [m.role for m in batch],
                   "entity": [m.key for m in batch]}
        self._parquet.write_table(pa.Table.from_pydict(columns, schema=schema))
        self._batch = []

    def close(self, ok: bool = True) -> None:
        """Rename the finished files into place (ok) or delete them."""
        if ok and "parquet" in self.formats:
            self._flush()
        for handle in (self._jsonl, self._csv, self._parquet):
            if handle is not None:
                handle.close()
        for final, temp in self._temps.items():
            if ok:
                os.replace(temp, final)
            else:
                temp.unlink(missing_ok=True)

    def __enter__(self) -> MentionWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(ok=exc_type is None)


def _mention_schema():
    import pyarrow as pa

    return pa.schema([("doc", pa.string()), ("label", pa.string()), ("name", pa.string()), ("text", pa.string()),
                      ("start", pa.int64()), ("end", pa.int64()), ("sentence", pa.int64()), ("role", pa.string()),
                      ("entity", pa.string())])

