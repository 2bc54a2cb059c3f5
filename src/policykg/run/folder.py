"""Build into an output folder, on this machine or on Dask; when only new input files came, add them
to the last build.

`build_folder` streams the mention files while the documents pass (`MentionWriter`), then writes the
graph in the chosen formats. With the cache (local runs) it keeps in OUT/.cache, beside the
per-document cache, the state of the folder's last build: the input files with their content
digests, the corpus harvest, the lexicon, the graph builders and how the mention files ended. When a
new run's input files begin with exactly those files (same contents, order and manifest fields, same
settings and policykg code) and the lexicon, once the new files are harvested, changes nothing in the
old documents, only the new files are read: their documents are harvested, extracted and added to
the saved builders, and the mention files are extended. Otherwise everything is rebuilt (the cache
still saves the extraction of unchanged documents). Both ways give the same files.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.export import FORMATS, check_formats, write_outputs, write_periods
from policykg.export.mentions import MentionFiles, MentionWriter
from policykg.extract import Harvest, tagger
from policykg.graph.build import GraphBuilder, GraphOptions, PeriodBuilders
from policykg.ingest.readers import Source
from policykg.io import atomic_write
from policykg.knowledge import KnowledgeGraph
from policykg.run.aggregate import aggregate
from policykg.run.cache import code_version
from policykg.run.corpus import Corpus
from policykg.run.passes import Processed

CACHE_FOLDER = ".cache"
STATE_FILE = "state.pickle"
PARTS_FOLDER = "parts"  # the Parquet partitions of a Dask build


@dataclass
class BuildState:
    """What a later build of the same folder needs to add documents to this one."""

    config: str  # digest of the settings and code the build depends on
    inputs: list[tuple[Source, str | None]]  # input files in corpus order, with content digests
    errors: list[InputError]  # problems met reading those files, reported again when resuming
    harvest: Harvest
    signature: dict  # the lexicon of pass 2 (policykg.run.cache.lexicon_signature)
    builder: GraphBuilder
    periods: PeriodBuilders
    mentions: MentionFiles


@dataclass(frozen=True)
class FolderBuild:
    """The result of `build_folder`."""

    graph: KnowledgeGraph
    documents_added: int  # documents read and added in this run
    documents_kept: int  # documents of the last build kept without reading them (0: a full build)


def build_folder(paths: Iterable[str | os.PathLike], output: str | os.PathLike, options: GraphOptions | None = None,
                 formats: Iterable[str] = FORMATS, manifest: str | os.PathLike | None = None, jobs: int = 1,
                 lexicon: str | os.PathLike | None = None, by: str | None = None, cache: bool = True,
                 on_error: Callable[[InputError], None] | None = None,
                 progress: Callable[[Processed], None] | None = None,
                 title: str = "policykg", max_nodes: int = 10_000, include: Iterable[str] = (),
                 exclude: Iterable[str] = (), dask=None, model: str | None = None) -> FolderBuild:
    """Extract, build the graph and write it with its mention files into `output`.

    `include`/`exclude`: glob patterns for the files found in folders (`policykg.ingest.readers.discover`).
    `jobs` worker processes extract (or, with `dask`, Dask workers: "local" starts a LocalCluster of
    `jobs` processes, "tcp://scheduler:8786" connects to a cluster, or give a `distributed.Client`;
    the Parquet partitions go to OUT/parts/ and there is no cache). With `cache`, documents already
    extracted are taken from OUT/.cache and, when the inputs only grew by new files at the end, the
    last build is extended (see the module docstring). `progress` is called with each document added.
    `model` ("lac") runs accurate mode (`policykg.extract.tagger`).
    """
    options = options or GraphOptions()
    periods = PeriodBuilders(by, options)
    formats = check_formats(formats)
    output = Path(output)
    existed = output.exists()
    cache = cache and dask is None
    cache_folder = output / CACHE_FOLDER
    mention_formats = ["jsonl"] + [f for f in ("csv", "parquet") if f in formats]
    with ExitStack() as running:
        if dask is not None:
            from policykg.run.dask import Dask, dask_client

            client = running.enter_context(dask_client(dask, jobs))
            corpus = Corpus(paths, on_error, manifest, lexicon=lexicon, include=include, exclude=exclude,
                            runner=Dask(client, output / PARTS_FOLDER), model=model)
        else:
            corpus = Corpus(paths, on_error, manifest, jobs, cache_folder / "extract.sqlite" if cache else None, lexicon,
                            include=include, exclude=exclude, model=model)
        config = _config(options, by, mention_formats, corpus) if cache else ""
        inputs = [(source, _digest(source.file)) for source in corpus.sources()] if cache else []
        state = _load_state(cache_folder / STATE_FILE, config) if cache else None

        processed, kept = None, 0
        if state is not None and state.inputs == inputs[:len(state.inputs)] and state.mentions.unchanged(output):
            for error in state.errors:
                corpus.report(error)
            old = [source for source, _ in state.inputs]
            processed = corpus.extend(state.harvest, state.signature, old, [s for s, _ in inputs[len(old):]])
            kept = len(state.builder.documents) if processed is not None else 0
        if processed is None:
            state = BuildState(config, inputs, [], Harvest(), {}, GraphBuilder(options), periods,
                               MentionFiles((), 0, ()))
            processed = corpus.process()

        with MentionWriter(output, mention_formats, extend=state.mentions if kept else None) as writer:
            def sink(item: Processed) -> None:
                writer.write(item)
                if progress is not None:
                    progress(item)

            kg = aggregate(processed, options, keep_mentions=False, mention_sink=sink,
                           builder=state.builder, periods=state.periods)
            if not kg.documents_list:
                if not existed:
                    shutil.rmtree(output, ignore_errors=True)
                raise PolicyKGError("no document could be read; nothing written")
    write_outputs(kg.graph, kg.documents_list, output, formats, title=title, max_nodes=max_nodes, jobs=jobs)
    write_periods(kg.periods, output)
    if cache:
        files = {str(source.file) for source, _ in inputs}
        state.inputs = inputs
        state.errors = [error for error in corpus.errors if error.source in files]
        state.harvest, state.signature = corpus.harvest, corpus.signature
        state.mentions = writer.ended()
        with atomic_write(cache_folder / STATE_FILE, "wb") as handle:
            pickle.dump(state, handle, protocol=5)
    return FolderBuild(kg, len(kg.documents_list) - kept, kept)


def _digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _config(options: GraphOptions, by: str | None, mention_formats: list[str], corpus: Corpus) -> str:
    settings = (
        options.window, options.evidence, options.min_count, options.top_k,
        sorted(sorted(pair) for pair in options.pair_types) if options.pair_types else None,
        sorted(options.labels) if options.labels else None, sorted(options.skip_roles), options.analytics,
        by, mention_formats, corpus.base.user.fingerprint() if corpus.base.user else None,
        tagger.fingerprint(corpus.base.model),
    )
    return hashlib.sha256(code_version().encode() + pickle.dumps(settings, protocol=5)).hexdigest()


def _load_state(path: Path, config: str) -> BuildState | None:
    """The state of the last build if it was made with the same settings and code."""
    try:
        with open(path, "rb") as handle:
            state = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return state if isinstance(state, BuildState) and state.config == config else None
