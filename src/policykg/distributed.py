"""The two-pass extraction on a Dask cluster; the graph aggregated from Parquet.

    from policykg.distributed import build_distributed
    kg = build_distributed(["corpus/"], "out/parts")          # a LocalCluster on this machine
    kg.write("out")

    from distributed import Client
    client = Client("tcp://scheduler:8786")                    # a real cluster
    kg = build_distributed(["/shared/corpus"], "/shared/out/parts", client=client)

How it runs:

1. The driver lists the input files (`policykg.ingest.readers.discover`, the same
   order as the local path) and makes a `dask.bag` of them, cut into contiguous
   partitions (`partitions`, default four per worker thread; a file is never split).
2. Pass 1: every partition reads its files and harvests its documents; the
   harvests are merged on the cluster with `Harvest.update` (a tree reduction).
3. The driver turns the merged harvest into the corpus lexicon and broadcasts it to
   every worker (`client.scatter(..., broadcast=True)`).
4. Pass 2: every partition reads its files again, extracts with the lexicon and
   writes four Parquet files into `output_folder`: ``documents/``, ``sentences/``,
   ``mentions/`` and ``relations/`` (``part-NNNNNN.parquet``, NNNNNN = the number
   of the partition's first input file), plus ``parts.json`` listing them in order.
5. The driver reads the partitions back in document order and aggregates the graph
   with the code of the local path (`policykg.api.aggregate`), so the graph, the
   documents and the mentions are the same as `policykg.api.build` gives.

Only the harvest, the lexicon and one partition at a time pass through the driver.
`aggregate_parquet(output_folder)` rebuilds the graph from the Parquet alone (say
with other graph options) without running the cluster again.

On a real cluster:

- every worker needs policykg (and its dependencies) installed, in the same version
  as the driver: ``pip install policykg[dask]`` from the same checkout or wheel in
  the workers' environment (or a Docker image used by the scheduler and workers);
- the input paths and `output_folder` must be on storage that the driver and every
  worker see under the same path (NFS, a cluster file system, a shared volume):
  workers open the input files by the paths the driver found, and the driver reads
  the Parquet partitions the workers wrote;
- start the scheduler with ``dask scheduler`` (port 8786) and the workers with
  ``dask worker tcp://scheduler:8786 --nthreads 1 --nworkers N`` (extraction is
  pure Python, so one thread per worker process), then pass
  ``client=Client("tcp://scheduler:8786")``.

There is no extraction cache on this path (the local `--jobs` path has one); a
rerun extracts everything again.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.extract import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest
from policykg.extract.pipeline import base_lexicon
from policykg.graph.build import GraphOptions
from policykg.ingest import parse, readers
from policykg.model import Block, Document, Mention, Relation, Sentence

TABLES = ("documents", "sentences", "mentions", "relations")
FLUSH_DOCUMENTS = 1000  # documents per Parquet row group

_STRING = "string"
_INT = "int64"
SCHEMAS = {
    "documents": [("n", _INT), ("id", _STRING), ("source", _STRING), ("date", _STRING), ("title", _STRING),
                  ("date_origin", _STRING), ("text", _STRING), ("blocks", _STRING)],
    "sentences": [("n", _INT), ("index", _INT), ("start", _INT), ("end", _INT), ("paragraph", _INT),
                  ("article", _INT), ("text", _STRING)],
    "mentions": [("n", _INT), ("doc", _STRING), ("label", _STRING), ("name", _STRING), ("text", _STRING),
                 ("start", _INT), ("end", _INT), ("sentence", _INT), ("role", _STRING), ("entity", _STRING)],
    "relations": [("n", _INT), ("kind", _STRING), ("source", _STRING), ("target", _STRING), ("doc", _STRING),
                  ("sentence", _INT), ("start", _INT), ("end", _INT), ("note", _STRING)],
}

# (file number, the input file with its document id and manifest fields)
FileTask = tuple[int, readers.Source]


# --- reading inputs: the same documents, in the same order, as policykg.ingest.read_documents ---------------

def file_tasks(paths: Iterable[str | os.PathLike], manifest: str | os.PathLike | None = None,
               include: Iterable[str] = (), exclude: Iterable[str] = ()) -> tuple[list[FileTask], list[tuple]]:
    """The input files under `paths` in corpus order.

    Also the problems met (missing paths, bad manifests) as (file number, 0, error):
    number of the file before which `read_documents` would have reported them.
    """
    tasks: list[FileTask] = []
    problems: list[tuple] = []

    def on_error(error: InputError) -> None:
        problems.append((len(tasks), 0, error.source, error.reason, error.line))

    for source in readers.sources([str(p) for p in paths], on_error, manifest, include, exclude):
        tasks.append((len(tasks), source))
    return tasks, problems


class _Errors:
    """InputErrors met on a worker, sent back as plain tuples (InputError does not pickle):
    (number of the file, 1, source, reason, line)."""

    def __init__(self):
        self.items: list[tuple] = []
        self.file = -1

    def __call__(self, error: InputError) -> None:
        self.items.append((self.file, 1, error.source, error.reason, error.line))


def _partition_documents(tasks: Iterable[FileTask], errors: _Errors) -> Iterator[Document]:
    for task in tasks:
        errors.file = task[0]
        yield from readers.read_source(task[1], errors)


# --- the tasks that run on the workers -------------------------------------------------------------------

def harvest_partition(tasks: Iterable[FileTask], base: CorpusLexicon) -> tuple[Harvest, list[tuple]]:
    """Pass 1 on a partition: the merged harvest of its documents and the input errors met."""
    errors = _Errors()
    total = Harvest()
    for doc in _partition_documents(tasks, errors):
        total.update(harvest(parse(doc), base))
    return total, errors.items


def merge_harvests(parts: Iterable[tuple[Harvest, list[tuple]]]) -> tuple[Harvest, list[tuple]]:
    total, errors = Harvest(), []
    for part, part_errors in parts:
        total.update(part)
        errors.extend(part_errors)
    return total, errors


def _arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, pa.string() if kind == _STRING else pa.int64()) for name, kind in SCHEMAS[table]])


class _PartitionWriter:
    """Four Parquet files of one partition, written under temporary names and renamed when complete."""

    def __init__(self, folder: Path, name: str):
        import pyarrow.parquet as pq

        self.paths = {table: folder / table / f"{name}.parquet" for table in TABLES}
        self.temps = {table: path.with_name(f".{path.name}.{os.getpid()}.tmp") for table, path in self.paths.items()}
        self.writers = {}
        for table, temp in self.temps.items():
            temp.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(temp, _arrow_schema(table), compression="zstd")
        self.rows: dict[str, dict[str, list]] = {}
        self._reset()

    def _reset(self) -> None:
        self.rows = {table: {name: [] for name, _ in SCHEMAS[table]} for table in TABLES}

    def add(self, n: int, doc: Document, sentences: tuple[Sentence, ...], result: DocumentResult) -> None:
        rows = self.rows
        for name, value in (("n", n), ("id", doc.id), ("source", doc.source), ("date", doc.date),
                            ("title", doc.title), ("date_origin", doc.date_origin), ("text", doc.text),
                            ("blocks", json.dumps([astuple(b) for b in doc.blocks]) if doc.blocks else None)):
            rows["documents"][name].append(value)
        table = rows["sentences"]
        for s in sentences:
            for name, value in (("n", n), ("index", s.index), ("start", s.start), ("end", s.end),
                                ("paragraph", s.paragraph), ("article", s.article), ("text", s.text)):
                table[name].append(value)
        table = rows["mentions"]
        for m in result.mentions:
            for name, value in (("n", n), ("doc", m.doc), ("label", m.label), ("name", m.name), ("text", m.text),
                                ("start", m.start), ("end", m.end), ("sentence", m.sentence), ("role", m.role),
                                ("entity", m.key)):
                table[name].append(value)
        table = rows["relations"]
        for r in result.relations:
            for name, value in (("n", n), ("kind", r.kind), ("source", r.source), ("target", r.target),
                                ("doc", r.doc), ("sentence", r.sentence), ("start", r.start), ("end", r.end),
                                ("note", r.note)):
                table[name].append(value)

    def flush(self) -> None:
        import pyarrow as pa

        for table, writer in self.writers.items():
            columns = self.rows[table]
            if columns["n"]:
                writer.write_table(pa.Table.from_pydict(columns, schema=_arrow_schema(table)))
        self._reset()

    def close(self) -> None:
        self.flush()
        for table, writer in self.writers.items():
            writer.close()
            os.replace(self.temps[table], self.paths[table])

    def abort(self) -> None:
        for table, writer in self.writers.items():
            writer.close()
            self.temps[table].unlink(missing_ok=True)


def extract_partition(tasks: Iterable[FileTask], corpus: CorpusLexicon, folder: str) -> dict:
    """Pass 2 on a partition: extract and write its Parquet files; returns what it wrote."""
    tasks = list(tasks)
    counts = {"documents": 0, "chars": 0, "mentions": 0, "relations": 0}
    if not tasks:
        return {"name": None, "first_file": -1, "files": 0, **counts, "errors": []}
    errors = _Errors()
    name = f"part-{tasks[0][0]:06d}"
    writer = _PartitionWriter(Path(folder), name)
    try:
        for n, doc in enumerate(_partition_documents(tasks, errors)):
            parsed = parse(doc)
            result = extract(parsed, corpus)
            writer.add(n, doc, parsed.sentences, result)
            counts["documents"] += 1
            counts["chars"] += len(doc.text)
            counts["mentions"] += len(result.mentions)
            counts["relations"] += len(result.relations)
            if (n + 1) % FLUSH_DOCUMENTS == 0:
                writer.flush()
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return {"name": name, "first_file": tasks[0][0], "files": len(tasks), **counts, "errors": errors.items}


# --- reading the Parquet back ----------------------------------------------------------------------------

def _columns(path: Path, table: str) -> dict[str, list]:
    import pyarrow.parquet as pq

    data = pq.read_table(path, schema=_arrow_schema(table))
    return {name: data.column(name).to_pylist() for name in data.column_names}


def read_partition(folder: str | os.PathLike, name: str) -> Iterator:
    """The processed documents of one partition (`policykg.corpus.Processed`), in order."""
    from policykg.corpus import Processed

    folder = Path(folder)
    docs = _columns(folder / "documents" / f"{name}.parquet", "documents")
    sents = _columns(folder / "sentences" / f"{name}.parquet", "sentences")
    ments = _columns(folder / "mentions" / f"{name}.parquet", "mentions")
    rels = _columns(folder / "relations" / f"{name}.parquet", "relations")
    s_i = m_i = r_i = 0
    s_n, m_n, r_n = len(sents["n"]), len(ments["n"]), len(rels["n"])
    for n, doc_id, source, date, title, origin, text, blocks in zip(
            docs["n"], docs["id"], docs["source"], docs["date"], docs["title"], docs["date_origin"], docs["text"],
            docs["blocks"]):
        document = Document(doc_id, text, source, date, title, origin,
                            tuple(Block(*b) for b in json.loads(blocks)) if blocks else ())
        start = s_i
        while s_i < s_n and sents["n"][s_i] == n:
            s_i += 1
        sentences = tuple(Sentence(doc_id, *values) for values in zip(
            sents["index"][start:s_i], sents["start"][start:s_i], sents["end"][start:s_i],
            sents["paragraph"][start:s_i], sents["article"][start:s_i], sents["text"][start:s_i]))
        start = m_i
        while m_i < m_n and ments["n"][m_i] == n:
            m_i += 1
        mentions = tuple(Mention(*values) for values in zip(
            ments["doc"][start:m_i], ments["label"][start:m_i], ments["text"][start:m_i], ments["name"][start:m_i],
            ments["start"][start:m_i], ments["end"][start:m_i], ments["sentence"][start:m_i],
            ments["role"][start:m_i]))
        start = r_i
        while r_i < r_n and rels["n"][r_i] == n:
            r_i += 1
        relations = tuple(Relation(*values) for values in zip(
            rels["kind"][start:r_i], rels["source"][start:r_i], rels["target"][start:r_i], rels["doc"][start:r_i],
            rels["sentence"][start:r_i], rels["start"][start:r_i], rels["end"][start:r_i], rels["note"][start:r_i]))
        yield Processed(document, sentences, DocumentResult(doc_id, mentions, relations))


def read_processed(folder: str | os.PathLike) -> Iterator:
    """All processed documents written by `build_distributed` into `folder`, in corpus order."""
    folder = Path(folder)
    try:
        listing = json.loads((folder / "parts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise PolicyKGError(f"{folder}: no readable parts.json; is it the output_folder of build_distributed?") \
            from err
    for part in listing["parts"]:
        yield from read_partition(folder, part["name"])


def aggregate_parquet(folder: str | os.PathLike, options: GraphOptions | None = None, keep_mentions: bool = True,
                      mention_sink: Callable | None = None, by: str | None = None):
    """The knowledge graph of the Parquet partitions in `folder` (what `build_distributed` returns)."""
    from policykg.api import aggregate

    return aggregate(read_processed(folder), options, keep_mentions=keep_mentions, mention_sink=mention_sink, by=by)


# --- the driver --------------------------------------------------------------------------------------------

def local_client(n_workers: int | None = None, threads_per_worker: int = 1):
    """A `distributed.Client` on a new LocalCluster: worker processes, no dashboard, quiet logs."""
    from distributed import Client, LocalCluster

    if n_workers is None:
        n_workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # no dashboard; the scheduler's small HTTP server (health, metrics) on a free port, not on 8787
    cluster = LocalCluster(n_workers=max(1, n_workers), threads_per_worker=threads_per_worker, processes=True,
                           dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                           silence_logs=logging.ERROR)
    return Client(cluster)


def _clear(folder: Path) -> None:
    """Remove the partitions of an earlier run, so the folder holds one consistent Parquet dataset."""
    (folder / "parts.json").unlink(missing_ok=True)
    for table in TABLES:
        for old in (folder / table).glob("part-*.parquet"):
            old.unlink()


def build_distributed(paths: Iterable[str | os.PathLike], output_folder: str | os.PathLike, client=None,
                      options: GraphOptions | None = None, partitions: int | None = None, *,
                      on_error: Callable[[InputError], None] | None = None,
                      manifest: str | os.PathLike | None = None, lexicon: str | os.PathLike | None = None,
                      keep_mentions: bool = True, mention_sink: Callable | None = None, by: str | None = None,
                      include: Iterable[str] = (), exclude: Iterable[str] = ()):
    """Extract the documents under `paths` on a Dask cluster and build the graph (a `policykg.api.KnowledgeGraph`).

    `client` is a `distributed.Client`; without one a LocalCluster with one
    single-threaded worker process per core is started and closed again.
    `output_folder` receives the Parquet partitions (documents, sentences,
    mentions, relations; see the module docstring) and must be on storage the
    workers share with the driver. `partitions` is the number of bag partitions
    (default: four per worker thread, at most one per input file). The other
    arguments are those of `policykg.api.build`, whose result this equals.
    """
    import dask.bag as db

    from policykg.api import aggregate
    from policykg.extract.user import load_user_lexicon

    if by not in (None, "year", "month"):
        raise ValueError(f"by must be year or month, not {by!r}")
    reported: set[str] = set()

    def report(error: InputError) -> None:  # the same problem is met in both passes: report it once
        if error.message not in reported:
            reported.add(error.message)
            if on_error is not None:
                on_error(error)

    user = load_user_lexicon(lexicon) if lexicon else None
    base = base_lexicon(user)
    tasks, problems = file_tasks(paths, manifest, include, exclude)
    folder = Path(output_folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    _clear(folder)
    if not tasks:  # nothing to read: no cluster needed
        _report(problems, report)
        return aggregate(iter(()), options, keep_mentions=keep_mentions, mention_sink=mention_sink, by=by)
    own_client = client is None
    if own_client:
        client = local_client()
    try:
        threads = sum(client.nthreads().values()) or 1
        count = max(1, min(len(tasks), partitions or 4 * threads))
        files = db.from_sequence(tasks, npartitions=count)

        base_ref = client.scatter(base, broadcast=True, hash=False)
        pass_one = files.map_partitions(_harvest_partition_list, base_ref).reduction(
            merge_harvests, merge_harvests, split_every=8)
        total, errors = client.compute(pass_one).result()
        _report(problems + errors, report)  # in the order the local path meets them
        corpus = corpus_lexicon([total], base)

        corpus_ref = client.scatter(corpus, broadcast=True, hash=False)
        pass_two = files.map_partitions(_extract_partition_list, corpus_ref, str(folder))
        parts = client.compute(pass_two).result()
        parts = sorted((p for p in parts if p["files"]), key=lambda p: p["first_file"])
        _report([error for part in parts for error in part.pop("errors")], report)
        listing = {"documents": sum(p["documents"] for p in parts), "chars": sum(p["chars"] for p in parts),
                   "parts": parts}
        temp = folder / f".parts.json.{os.getpid()}.tmp"
        temp.write_text(json.dumps(listing, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(temp, folder / "parts.json")
        del base_ref, corpus_ref
    finally:
        if own_client:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    return aggregate(read_processed(folder), options, keep_mentions=keep_mentions, mention_sink=mention_sink, by=by)


def _report(errors: list[tuple], report: Callable[[InputError], None]) -> None:
    for _file, _stage, source, reason, line in sorted(errors, key=lambda e: (e[0], e[1])):
        report(InputError(source, reason, line))


def _harvest_partition_list(tasks: Iterable[FileTask], base: CorpusLexicon) -> list:
    return [harvest_partition(tasks, base)]


def _extract_partition_list(tasks: Iterable[FileTask], corpus: CorpusLexicon, folder: str) -> list:
    return [extract_partition(tasks, corpus, folder)]
