"""The two passes on a Dask cluster; the processed documents read back from Parquet.

    from policykg.run.dask import build_distributed
    kg = build_distributed(["corpus/"], "out/parts")          # a LocalCluster on this machine
    kg.write("out")

    from distributed import Client
    client = Client("tcp://scheduler:8786")                    # a real cluster
    kg = build_distributed(["/shared/corpus"], "/shared/out/parts", client=client)

`policykg build --dask` (`policykg.run.folder.build_folder(..., dask=...)`) runs the same `Dask` runner
and writes the outputs of the local path. How it runs:

1. The driver lists the input files (the order of the local path) and makes a `dask.bag` of them,
   cut into contiguous partitions (`partitions`, default four per worker thread; a file is never split).
2. Pass 1: every partition reads its files and harvests its documents; the harvests are merged on
   the cluster with `Harvest.update` (a tree reduction).
3. The driver turns the merged harvest into the corpus lexicon and broadcasts it to every worker
   (`client.scatter(..., broadcast=True)`).
4. Pass 2: every partition reads its files again, extracts with the lexicon and writes four Parquet
   files into the parts folder: ``documents/``, ``sentences/``, ``mentions/`` and ``relations/``
   (``part-NNNNNN.parquet``, NNNNNN = the number of the partition's first input file; the columns of
   `policykg.records.PARTITION_COLUMNS` after the document number ``n``), plus ``parts.json``
   listing them in order.
5. The driver reads the partitions back in document order and aggregates the graph with the code of
   the local path (`policykg.run.aggregate.aggregate`), so the graph, the documents and the mentions
   are the same as the local path gives.

Only the harvest, the lexicon and one partition at a time pass through the driver.
`aggregate_parquet(folder)` rebuilds the graph from the Parquet alone (say with other graph options)
without running the cluster again.

On a real cluster:

- every worker needs policykg (and its dependencies) installed, in the same version as the driver:
  ``pip install policykg[dask]`` from the same checkout or wheel in the workers' environment (or a
  Docker image used by the scheduler and workers);
- the input paths and the parts folder must be on storage that the driver and every worker see
  under the same path (NFS, a cluster file system, a shared volume): workers open the input files by
  the paths the driver found, and the driver reads the Parquet partitions the workers wrote;
- start the scheduler with ``dask scheduler`` (port 8786) and the workers with
  ``dask worker tcp://scheduler:8786 --nthreads 1 --nworkers N`` (extraction is pure Python, so one
  thread per worker process), then pass ``client=Client("tcp://scheduler:8786")``.

There is no extraction cache on this path (the local `--jobs` path has one); a rerun extracts
everything again.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.extract import CorpusLexicon, DocumentResult, Harvest
from policykg.graph.build import GraphOptions
from policykg.ingest import readers
from policykg.io import AtomicFiles, atomic_write
from policykg.model import Document, Mention, Relation, Sentence
from policykg.records import (PARTITION_COLUMNS, PARTITION_TYPES, arrow_schema, blocks_from_json, blocks_json,
                              field_names, mention_rows)
from policykg.run.passes import Processed, extract_parts, failure, harvest_document, no_result

TABLES = tuple(PARTITION_COLUMNS)  # documents, sentences, mentions, relations
FLUSH_DOCUMENTS = 1000  # documents per Parquet row group

# (file number, the input file with its document id and manifest fields)
FileTask = tuple[int, readers.Source]


def file_tasks(inputs) -> tuple[list[FileTask], list[tuple]]:
    """The input files of `inputs` (a `policykg.run.corpus.Corpus`) in corpus order.

    Also the problems met (missing paths, bad manifests) as (file number, 0, error):
    number of the file before which the local path would have reported them.
    """
    tasks: list[FileTask] = []
    problems: list[tuple] = []

    def on_error(error: InputError) -> None:
        problems.append((len(tasks), 0, error.source, error.reason, error.line))

    for source in inputs.sources(on_error):
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


def _report(errors: list[tuple], report: Callable[[InputError], None]) -> None:
    for _file, _stage, source, reason, line in sorted(errors, key=lambda e: (e[0], e[1])):
        report(InputError(source, reason, line))


# --- the tasks that run on the workers -------------------------------------------------------------------

def harvest_partition(tasks: Iterable[FileTask], base: CorpusLexicon) -> tuple[Harvest, list[tuple]]:
    """Pass 1 on a partition: the merged harvest of its documents and the input errors met (a document
    pass 1 fails on among them: reported, left out)."""
    errors = _Errors()
    total = Harvest()
    for document in _partition_documents(tasks, errors):
        try:
            found = harvest_document(document, base)
        except Exception as err:
            errors(failure(document, err))
            continue
        total.update(found)
    return total, errors.items


def merge_harvests(parts: Iterable[tuple[Harvest, list[tuple]]]) -> tuple[Harvest, list[tuple]]:
    total, errors = Harvest(), []
    for part, part_errors in parts:
        total.update(part)
        errors.extend(part_errors)
    return total, errors


def _schema(table: str):
    return arrow_schema(("n", *PARTITION_COLUMNS[table]), {"n": "int", **PARTITION_TYPES[table]})


_ROW = {table: attrgetter(*PARTITION_COLUMNS[table]) for table in ("documents", "sentences", "relations")}


class _PartitionWriter:
    """Four Parquet files of one partition, written under temporary names and renamed when complete."""

    def __init__(self, folder: Path, name: str):
        import pyarrow.parquet as pq

        self.files = AtomicFiles()
        self.writers = {table: pq.ParquetWriter(self.files.path(folder / table / f"{name}.parquet"), _schema(table),
                                                compression="zstd") for table in TABLES}
        self.rows: dict[str, list[tuple]] = {table: [] for table in TABLES}

    def add(self, n: int, processed: Processed) -> None:
        """Add a processed document, or a part of one (`processed.part` > 0: its rows only)."""
        if not processed.part:
            document = dict(zip(PARTITION_COLUMNS["documents"], _ROW["documents"](processed.document)))
            document["blocks"] = blocks_json(document["blocks"])
            self.rows["documents"].append((n, *document.values()))
        self.rows["sentences"] += [(n, *_ROW["sentences"](s)) for s in processed.sentences]
        self.rows["mentions"] += [(n, *row) for row in mention_rows(processed.result.mentions)]
        self.rows["relations"] += [(n, *_ROW["relations"](r)) for r in processed.result.relations]

    def flush(self) -> None:
        import pyarrow as pa

        for table, writer in self.writers.items():
            rows = self.rows[table]
            if rows:
                columns = ("n", *PARTITION_COLUMNS[table])
                data = {column: [row[i] for row in rows] for i, column in enumerate(columns)}
                writer.write_table(pa.Table.from_pydict(data, schema=_schema(table)))
        self.rows = {table: [] for table in TABLES}

    def close(self) -> None:
        self.flush()
        for writer in self.writers.values():
            writer.close()
        self.files.commit()

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        self.files.discard()


def extract_partition(tasks: Iterable[FileTask], lexicon: CorpusLexicon, folder: str) -> dict:
    """Pass 2 on a partition: extract and write its Parquet files; returns what it wrote. A document pass 2
    fails on is reported and left without results (the windows of it already written are kept)."""
    tasks = list(tasks)
    counts = {"documents": 0, "chars": 0, "mentions": 0, "relations": 0}
    if not tasks:
        return {"name": None, "first_file": -1, "files": 0, **counts, "errors": []}
    errors = _Errors()
    name = f"part-{tasks[0][0]:06d}"
    writer = _PartitionWriter(Path(folder), name)
    try:
        for n, document in enumerate(_partition_documents(tasks, errors)):
            counts["documents"] += 1
            counts["chars"] += len(document.text)
            written = False
            try:
                for processed in extract_parts(document, lexicon):
                    writer.add(n, processed)
                    written = True
                    counts["mentions"] += len(processed.result.mentions)
                    counts["relations"] += len(processed.result.relations)
                    if processed.part:  # a long document's windows: written as they come
                        writer.flush()
            except Exception as err:
                errors(failure(document, err))
                if not written:
                    writer.add(n, Processed(document, (), no_result(document)))
            if (n + 1) % FLUSH_DOCUMENTS == 0:
                writer.flush()
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return {"name": name, "first_file": tasks[0][0], "files": len(tasks), **counts, "errors": errors.items}


def _harvest_partition_list(tasks: Iterable[FileTask], base: CorpusLexicon) -> list:
    return [harvest_partition(tasks, base)]


def _extract_partition_list(tasks: Iterable[FileTask], lexicon: CorpusLexicon, folder: str) -> list:
    return [extract_partition(tasks, lexicon, folder)]


# --- reading the Parquet back ----------------------------------------------------------------------------

def _columns(path: Path, table: str) -> dict[str, list]:
    import pyarrow.parquet as pq

    data = pq.read_table(path, schema=_schema(table))
    return {name: data.column(name).to_pylist() for name in data.column_names}


def _runs(numbers: list[int], n: int, start: int) -> int:
    """The end of the run of rows of document `n` that begins at `start`."""
    end = start
    while end < len(numbers) and numbers[end] == n:
        end += 1
    return end


def read_partition(folder: str | os.PathLike, name: str) -> Iterator[Processed]:
    """The processed documents of one partition, in order."""
    folder = Path(folder)
    tables = {table: _columns(folder / table / f"{name}.parquet", table) for table in TABLES}
    docs, sents, ments, rels = (tables[table] for table in TABLES)
    s_i = m_i = r_i = 0
    # Sentence's first field, doc, is not stored: the document's id stands for it
    for n, values in zip(docs["n"], zip(*(docs[f] for f in field_names(Document)))):
        fields = dict(zip(field_names(Document), values))
        document = Document(**{**fields, "blocks": blocks_from_json(fields["blocks"])})
        s_end, m_end, r_end = _runs(sents["n"], n, s_i), _runs(ments["n"], n, m_i), _runs(rels["n"], n, r_i)
        sentences = tuple(Sentence(document.id, *v) for v in zip(*(sents[f][s_i:s_end] for f in field_names(Sentence)[1:])))
        mentions = tuple(Mention(*v) for v in zip(*(ments[f][m_i:m_end] for f in field_names(Mention))))
        relations = tuple(Relation(*v) for v in zip(*(rels[f][r_i:r_end] for f in field_names(Relation))))
        s_i, m_i, r_i = s_end, m_end, r_end
        yield Processed(document, sentences, DocumentResult(document.id, mentions, relations))


def read_processed(folder: str | os.PathLike) -> Iterator[Processed]:
    """All processed documents written by the Dask runner into `folder`, in corpus order."""
    folder = Path(folder)
    try:
        listing = json.loads((folder / "parts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise PolicyKGError(f"{folder}: no readable parts.json; is it the parts folder of a Dask build?") from err
    for part in listing["parts"]:
        yield from read_partition(folder, part["name"])


def aggregate_parquet(folder: str | os.PathLike, options: GraphOptions | None = None, keep_mentions: bool = True,
                      mention_sink: Callable | None = None, by: str | None = None):
    """The knowledge graph of the Parquet partitions in `folder` (what `build_distributed` returns)."""
    from policykg.run.aggregate import aggregate

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


@contextmanager
def dask_client(scheduler="local", workers: int | None = None):
    """A `distributed.Client` for the duration: on a new LocalCluster of `workers` processes ("local", closed
    afterwards), connected to a scheduler address ("tcp://scheduler:8786"), or the Client given."""
    if not isinstance(scheduler, str):
        yield scheduler
        return
    try:
        from distributed import Client
    except ImportError as err:
        raise PolicyKGError(f"--dask needs dask and distributed ({err}); pip install 'policykg[dask]'") from None
    client = local_client(workers) if scheduler == "local" else Client(scheduler, timeout="30s")
    try:
        yield client
    finally:
        cluster = client.cluster if scheduler == "local" else None
        client.close()
        if cluster is not None:
            cluster.close()


class Dask:
    """The runner of both passes on a Dask cluster (see the module docstring); no cache."""

    cache = None
    signature = None

    def __init__(self, client, folder: str | os.PathLike, partitions: int | None = None):
        self.client = client
        self.folder = Path(folder).resolve()
        self.partitions = partitions

    def _files(self, tasks: list[FileTask]):
        import dask.bag as db

        threads = sum(self.client.nthreads().values()) or 1
        return db.from_sequence(tasks, npartitions=max(1, min(len(tasks), self.partitions or 4 * threads)))

    def harvest(self, inputs, base: CorpusLexicon, total: Harvest) -> Harvest:
        tasks, problems = file_tasks(inputs)
        if tasks:
            base_ref = self.client.scatter(base, broadcast=True, hash=False)
            pass_one = self._files(tasks).map_partitions(_harvest_partition_list, base_ref).reduction(
                merge_harvests, merge_harvests, split_every=8)
            merged, errors = self.client.compute(pass_one).result()
            total.update(merged)
            problems += errors
        _report(problems, inputs.report)  # in the order the local path meets them
        return total

    def extract(self, inputs, lexicon: CorpusLexicon) -> Iterator[Processed]:
        tasks, problems = file_tasks(inputs)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._clear()
        if not tasks:
            _report(problems, inputs.report)
            return
        lexicon_ref = self.client.scatter(lexicon, broadcast=True, hash=False)
        pass_two = self._files(tasks).map_partitions(_extract_partition_list, lexicon_ref, str(self.folder))
        parts = sorted((p for p in self.client.compute(pass_two).result() if p["files"]),
                       key=lambda p: p["first_file"])
        del lexicon_ref
        _report(problems + [error for part in parts for error in part.pop("errors")], inputs.report)
        listing = {"documents": sum(p["documents"] for p in parts), "chars": sum(p["chars"] for p in parts),
                   "parts": parts}
        with atomic_write(self.folder / "parts.json") as handle:
            handle.write(json.dumps(listing, ensure_ascii=False, indent=1) + "\n")
        yield from read_processed(self.folder)

    def _clear(self) -> None:
        """Remove the partitions of an earlier run, so the folder holds one consistent Parquet dataset."""
        (self.folder / "parts.json").unlink(missing_ok=True)
        for table in TABLES:
            for old in (self.folder / table).glob("part-*.parquet"):
                old.unlink()


def build_distributed(paths: Iterable[str | os.PathLike], output_folder: str | os.PathLike, client=None,
                      options: GraphOptions | None = None, partitions: int | None = None, *,
                      on_error: Callable[[InputError], None] | None = None,
                      manifest: str | os.PathLike | None = None, lexicon: str | os.PathLike | None = None,
                      keep_mentions: bool = True, mention_sink: Callable | None = None, by: str | None = None,
                      include: Iterable[str] = (), exclude: Iterable[str] = ()):
    """Extract the documents under `paths` on a Dask cluster and build the graph (a `KnowledgeGraph`).

    `client` is a `distributed.Client`; without one a LocalCluster with one
    single-threaded worker process per core is started and closed again.
    `output_folder` receives the Parquet partitions (documents, sentences,
    mentions, relations; see the module docstring) and must be on storage the
    workers share with the driver. `partitions` is the number of bag partitions
    (default: four per worker thread, at most one per input file). The other
    arguments are those of `policykg.build`, whose result this equals.
    """
    from policykg.graph.build import PeriodBuilders
    from policykg.run.aggregate import aggregate
    from policykg.run.corpus import Corpus

    periods = PeriodBuilders(by, options)  # checks `by` before the cluster starts
    with dask_client(client if client is not None else "local") as running:
        corpus = Corpus(paths, on_error, manifest, lexicon=lexicon, include=include, exclude=exclude,
                        runner=Dask(running, output_folder, partitions))
        return aggregate(corpus.process(), options, keep_mentions=keep_mentions, mention_sink=mention_sink,
                         periods=periods)
