"""Build into an output folder, on this machine or on Dask; when only new input files came, add them
to the last build.

**The folder.** `OutputFolder` owns OUT for the length of a build. A build writes only into a new or
empty folder or one that a build wrote before (it holds the marker file `.policykg.json`, with the
format version and the files of that build); any other folder is refused unless `force`, and never
"/", an input or a folder holding an input. A lock file next to OUT (`.OUT.policykg-lock`) keeps a
second build out. The build writes into a staging folder next to OUT (`.OUT.policykg-staging`),
which then takes OUT's place in one step (`policykg.io.swap_folders`): a reader, or a build killed at
any moment, sees the old build or the new one, never a mix. Files in OUT that the last build did not
write (the user's) are linked into the new folder; what killed builds left is removed by the next.
Outputs inside an input folder are never read as inputs (`policykg.ingest.readers.discover`).

**Incremental builds.** `build_folder` streams the mention files while the documents pass
(`MentionWriter`), then writes the graph in the chosen formats. With the cache (local runs) it keeps
in OUT/.cache, beside the per-document cache, the state of the folder's last build (JSON, like
everything read back): the input files with their content digests, the corpus harvest, the lexicon,
the graph builders and how the mention files ended. When a new run's input files begin with exactly
those files (same contents, order and manifest fields, same settings and policykg code) and the
lexicon, once the new files are harvested, changes nothing in the old documents, only the new files
are read: their documents are harvested, extracted and added to the saved builders, and the mention
files are extended. Otherwise everything is rebuilt (the cache still saves the extraction of unchanged
documents). Both ways give the same files. A damaged state is reported in one line and ignored.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError, OutputRefused, PolicyKGError
from policykg.export import FORMATS, check_formats, write_outputs, write_periods
from policykg.export.mentions import MentionFiles, MentionWriter
from policykg.extract import Harvest, tagger
from policykg.graph.build import GraphBuilder, GraphOptions, PeriodBuilders
from policykg.ingest.readers import OUTPUT_MARKER, Source
from policykg.io import FolderLock, LockedError, is_temp_name, recover_swap, remove, swap_folders
from policykg.knowledge import KnowledgeGraph
from policykg.run import codec
from policykg.run.aggregate import aggregate
from policykg.run.cache import CACHE_FILES, code_version
from policykg.run.corpus import Corpus
from policykg.run.passes import Processed

MARKER = OUTPUT_MARKER  # marks a folder written by policykg build
FOLDER_FORMAT = 1  # the version of the folder's layout, in the marker
CACHE_FOLDER = ".cache"
CACHE_FILE = "extract.sqlite"
STATE_FILE = "state.json"
STATE_FORMAT = 1
PARTS_FOLDER = "parts"  # the Parquet partitions of a Dask build


class OutputFolder:
    """The output folder of one build: checked, locked, staged and swapped in whole (module docstring).

    Use as a context manager; the build writes into `staging` and calls `commit()` when complete.
    Leaving without a commit removes the staging folder and leaves OUT as it was.
    """

    def __init__(self, output: str | os.PathLike, inputs: Iterable[str | os.PathLike] = (), force: bool = False):
        self.given = str(output)
        self.target = Path(os.path.abspath(output))
        if self.target.exists():
            self.target = self.target.resolve()
        self.inputs = [str(path) for path in inputs]
        self.force = force
        self.mounted = os.path.ismount(self.target)  # a mount point cannot be swapped: replaced file by file
        parent, name = self.target.parent, self.target.name
        self.staging = self.target / ".policykg-staging" if self.mounted else parent / f".{name}.policykg-staging"
        self.old = parent / f".{name}.policykg-old"
        self.lock = FolderLock((self.target if self.mounted else parent) / f".{name}.policykg-lock")
        self.marker: dict | None = None  # the marker of OUT, when a build wrote it
        self.committed = False

    # --- opening -----------------------------------------------------------------------------------

    def __enter__(self) -> OutputFolder:
        self._check_path()
        try:
            self.lock.acquire()
        except LockedError as err:
            raise PolicyKGError(f"{self.given}: another policykg build is writing into it ({err.strerror}); "
                                f"wait for it to finish") from None
        except OSError as err:
            raise PolicyKGError(f"{self.given}: cannot create the lock file {self.lock.path} "
                                f"({err.strerror or err})") from None
        try:
            recover_swap(self.target, self.old)
            self.marker = self._check_owner()
            self._clean_up()
            self.staging.mkdir()
        except BaseException:
            self.lock.release()
            raise
        return self

    def _check_path(self) -> None:
        target = self.target
        if target.is_symlink():
            raise OutputRefused(f"{self.given} is a link to nothing; give -o a folder for the outputs")
        if target == Path(target.anchor):
            raise OutputRefused(f"{self.given}: refusing to write the outputs into the root folder; "
                                "give -o a folder of its own")
        if target.exists() and not target.is_dir():
            raise OutputRefused(f"{self.given} exists and is not a folder; give -o a folder for the outputs")
        for given in self.inputs:
            path = Path(given).resolve()
            if path == target or target in path.parents:
                what = "is the input" if path == target else "holds the input"
                raise OutputRefused(f"{self.given} {what} {given}: the outputs would replace it; "
                                    "choose another output folder")

    def _check_owner(self) -> dict | None:
        """The marker of OUT; PolicyKGError when OUT may not be written."""
        target = self.target
        if not target.exists():
            return None
        marker = read_marker(target)
        if marker is not None:
            if marker["format"] > FOLDER_FORMAT:
                raise OutputRefused(f"{self.given} was written by a newer policykg (folder format "
                                    f"{marker['format']}); build into another folder or update policykg")
            return marker
        if self.force:
            return None
        try:
            empty = not any(True for entry in os.scandir(target) if not self._ours_left(entry.name))
        except OSError as err:
            raise PolicyKGError(f"{self.given}: cannot read the folder ({err.strerror or err})") from None
        if not empty:
            raise OutputRefused(f"{self.given} is not empty and was not written by policykg build (no {MARKER}); "
                                "give -o a new or empty folder, or add --force to write into it (files of "
                                "the same names are replaced, the others kept)")
        return None

    def _ours_left(self, name: str) -> bool:
        """Whether a name inside a mounted OUT is what a build left there (staging folder, lock)."""
        return self.mounted and name in (self.staging.name, self.lock.path.name)

    def _clean_up(self) -> None:
        """Remove what builds killed at any moment left (after `recover_swap`): the staging folder (with
        the cache moved into it just before a swap: put back) and the old folder."""
        cache = self.staging / CACHE_FOLDER / CACHE_FILE
        if self.marker is not None and _is_file(cache) and not os.path.lexists(self.cache_in_target):
            _move_cache(cache.parent, self.cache_in_target.parent)
        remove(self.staging)
        remove(self.old)

    # --- what the build reads ------------------------------------------------------------------------

    @property
    def cache_in_target(self) -> Path:
        return self.target / CACHE_FOLDER / CACHE_FILE

    @property
    def cache_path(self) -> Path:
        """The per-document cache: OUT's when a build wrote OUT, else a new one in the staging folder."""
        return self.cache_in_target if self.marker is not None else self.staging / CACHE_FOLDER / CACHE_FILE

    @property
    def state_path(self) -> Path | None:
        """The state of the last build, when a build wrote OUT."""
        return self.target / CACHE_FOLDER / STATE_FILE if self.marker is not None else None

    # --- finishing --------------------------------------------------------------------------------------

    def commit(self) -> None:
        """Make the staging folder OUT: the marker, the cache, the user's files, then the swap."""
        if self.marker is not None and _is_file(self.cache_in_target):
            _move_cache(self.cache_in_target.parent, self.staging / CACHE_FOLDER)
        written = sorted(path for path in _files(self.staging) if path != MARKER and not _in_cache(path))
        marker = {"written_by": "policykg build", "format": FOLDER_FORMAT, "files": written}
        (self.staging / MARKER).write_text(json.dumps(marker, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if self.mounted:
            self._replace_contents()
        else:
            if self.target.exists():
                self._carry_over(set(written))
                os.chmod(self.staging, stat.S_IMODE(os.stat(self.target).st_mode))
            swap_folders(self.staging, self.target, self.old)
        self.committed = True

    def _carry_over(self, written: set[str]) -> None:
        """Link the files of OUT that the last build did not write (and this one does not) into the new folder."""
        ours = set(self.marker["files"]) if self.marker is not None else set()
        for relative, entry in _entries(self.target, skip=CACHE_FOLDER if self.marker is not None else None):
            if relative == MARKER or relative in ours or relative in written or is_temp_name(entry.name):
                continue
            destination = self.staging / relative
            if os.path.lexists(destination) or not _folder_for(destination, self.staging):
                continue
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), destination)
            elif entry.is_dir():
                if not any(path.startswith(relative + "/") for path in ours):
                    destination.mkdir()
            elif entry.is_file():
                try:
                    os.link(entry.path, destination)
                except OSError:
                    shutil.copy2(entry.path, destination)

    def _replace_contents(self) -> None:
        """OUT is a mount point: remove the last build's files and move the new ones in, one by one."""
        for relative in (self.marker or {}).get("files", []):
            path = self.target / relative
            if _is_file(path):
                path.unlink()
        remove(self.target / CACHE_FOLDER)
        for entry in sorted(os.listdir(self.staging), key=lambda name: name == MARKER):  # the marker last
            remove(self.target / entry)
            os.rename(self.staging / entry, self.target / entry)
        self.staging.rmdir()

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self.committed:
                remove(self.staging)
        finally:
            self.lock.release()


def read_marker(folder: str | os.PathLike) -> dict | None:
    """The marker of a folder written by policykg build ({"format": N, "files": [...]}), else None."""
    path = Path(folder) / MARKER
    if not _is_file(path) or path.stat().st_size > 64 << 20:
        return None
    try:
        marker = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if type(marker) is not dict or type(marker.get("format")) is not int or type(marker.get("files")) is not list \
            or not all(type(name) is str for name in marker["files"]):
        return None
    return marker


def _is_file(path: Path) -> bool:
    """A plain file (not a link to one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _move_cache(source: Path, destination: Path) -> None:
    """Move the SQLite files of the cache from one .cache folder to another."""
    destination.mkdir(parents=True, exist_ok=True)
    for suffix in CACHE_FILES:
        name = CACHE_FILE + suffix
        if os.path.lexists(source / name):
            os.replace(source / name, destination / name)


def _in_cache(relative: str) -> bool:
    return relative == CACHE_FOLDER or relative.startswith(CACHE_FOLDER + "/")


def _folder_for(path: Path, top: Path) -> bool:
    """Make the folders above `path` (below `top`); False when something else stands where one should be."""
    missing = []
    parent = path.parent
    while parent != top and not os.path.lexists(parent):
        missing.append(parent)
        parent = parent.parent
    if not (parent.is_dir() and not parent.is_symlink()):
        return False
    for folder in reversed(missing):
        folder.mkdir()
    return True


def _entries(top: Path, skip: str | None = None) -> Iterator[tuple[str, os.DirEntry]]:
    """(relative POSIX path, entry) of everything under `top`, links not followed, `skip` left out."""
    stack = [(top, "")]
    while stack:
        folder, prefix = stack.pop()
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                relative = prefix + entry.name
                if relative == skip:
                    continue
                yield relative, entry
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), relative + "/"))


def _files(top: Path) -> Iterator[str]:
    return (relative for relative, entry in _entries(top) if not entry.is_dir(follow_symlinks=False))


# --- the build ---------------------------------------------------------------------------------------------


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
                 exclude: Iterable[str] = (), dask=None, model: str | None = None,
                 force: bool = False) -> FolderBuild:
    """Extract, build the graph and write it with its mention files into `output`.

    `output` is owned, locked and replaced whole (`OutputFolder`; `force` writes into a folder that
    policykg did not write). `include`/`exclude`: glob patterns for the files found in folders
    (`policykg.ingest.readers.discover`). `jobs` worker processes extract (or, with `dask`, Dask workers:
    "local" starts a LocalCluster of `jobs` processes, "tcp://scheduler:8786" connects to a cluster, or
    give a `distributed.Client`; the Parquet partitions go to OUT/parts/ and there is no cache). With
    `cache`, documents already extracted are taken from OUT/.cache and, when the inputs only grew by new
    files at the end, the last build is extended (see the module docstring). `progress` is called with
    each document added. `model` ("lac") runs accurate mode (`policykg.extract.tagger`).
    """
    paths = list(paths)
    options = options or GraphOptions()
    periods = PeriodBuilders(by, options)
    formats = check_formats(formats)
    cache = cache and dask is None
    mention_formats = ["jsonl"] + [f for f in ("csv", "parquet") if f in formats]
    with OutputFolder(output, paths, force) as folder, ExitStack() as running:
        staging = folder.staging
        if dask is not None:
            from policykg.run.dask import Dask, dask_client

            client = running.enter_context(dask_client(dask, jobs))
            corpus = Corpus(paths, on_error, manifest, lexicon=lexicon, include=include, exclude=exclude,
                            runner=Dask(client, staging / PARTS_FOLDER), skip=[folder.target], model=model)
        else:
            corpus = Corpus(paths, on_error, manifest, jobs, folder.cache_path if cache else None, lexicon,
                            include=include, exclude=exclude, skip=[folder.target], model=model)
        config = _config(options, by, mention_formats, corpus) if cache else ""
        inputs = [(source, _digest(source.file)) for source in corpus.sources()] if cache else []
        state = None
        if cache and folder.state_path is not None:
            state = _load_state(folder.state_path, config, options, by,
                                lambda reason: corpus.report(InputError(str(folder.state_path), reason)))

        processed, kept = None, 0
        if state is not None and state.inputs == inputs[:len(state.inputs)] and state.mentions.unchanged(folder.target):
            for error in state.errors:
                corpus.report(error)
            old = [source for source, _ in state.inputs]
            processed = corpus.extend(state.harvest, state.signature, old, [s for s, _ in inputs[len(old):]])
            kept = len(state.builder.documents) if processed is not None else 0
        if processed is None:
            state = BuildState(config, inputs, [], Harvest(), {}, GraphBuilder(options), periods,
                               MentionFiles((), 0, ()))
            processed = corpus.process()

        with MentionWriter(staging, mention_formats, extend=state.mentions if kept else None,
                           previous=folder.target) as writer:
            def sink(item: Processed) -> None:
                writer.write(item)
                if progress is not None:
                    progress(item)

            kg = aggregate(processed, options, keep_mentions=False, mention_sink=sink,
                           builder=state.builder, periods=state.periods)
            if not kg.documents_list:
                raise PolicyKGError("no document could be read; nothing written")
        running.close()  # the Dask cluster is not needed for writing
        write_outputs(kg.graph, kg.documents_list, staging, formats, title=title, max_nodes=max_nodes, jobs=jobs)
        write_periods(kg.periods, staging)
        if cache:
            files = {str(source.file) for source, _ in inputs}
            state.inputs = inputs
            state.errors = [error for error in corpus.errors if error.source in files]
            state.harvest, state.signature = corpus.harvest, corpus.signature
            state.mentions = writer.ended()
            _save_state(staging / CACHE_FOLDER / STATE_FILE, state)
        folder.commit()
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
        by, mention_formats, corpus.base.user.fingerprint().decode("utf-8", "surrogatepass")
        if corpus.base.user else None, tagger.fingerprint(corpus.base.model).decode(),
    )
    return hashlib.sha256(code_version().encode() + codec.dumps(settings)).hexdigest()


def _save_state(path: Path, state: BuildState) -> None:
    value = {
        "format": STATE_FORMAT, "config": state.config,
        "inputs": [[str(source.file), source.doc_id, [list(pair) for pair in source.meta], digest]
                   for source, digest in state.inputs],
        "errors": [[error.source, error.reason, error.line] for error in state.errors],
        "harvest": codec.harvest_value(state.harvest),
        "signature": sorted(state.signature.items()),
        "builder": state.builder.state(), "periods": state.periods.state(),
        "mentions": [[list(item) for item in state.mentions.stats], state.mentions.row_groups,
                     codec.mentions_value(state.mentions.pending)],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(codec.dumps(value))


def _load_state(path: Path, config: str, options: GraphOptions, by: str | None,
                report: Callable[[str], None]) -> BuildState | None:
    """The state of the last build if it was made with the same settings and code; a damaged one is
    reported and ignored."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    try:
        if not stat.S_ISREG(mode):
            raise ValueError("not a plain file")
        value = codec.loads(path.read_bytes())
        if type(value) is not dict or type(value.get("format")) is not int:
            raise ValueError("not a build state")
        if value["format"] != STATE_FORMAT or value.get("config") != config:
            return None  # another version or other settings: not damaged, just not this build's
        return _state_from_value(value, config, options, by)
    except (OSError, ValueError, TypeError, KeyError, IndexError) as err:
        report(f"damaged state of the last build ({err}); everything is built again")
        return None


def _state_from_value(value: dict, config: str, options: GraphOptions, by: str | None) -> BuildState:
    inputs = []
    for file, doc_id, meta, digest in value["inputs"]:
        if type(file) is not str or type(doc_id) is not str or type(digest) not in (str, type(None)) or \
                not all(type(pair) is list and len(pair) == 2 and all(type(x) is str for x in pair) for pair in meta):
            raise ValueError("bad input file")
        inputs.append((Source(Path(file), doc_id, tuple(tuple(pair) for pair in meta)), digest))
    errors = []
    for source, reason, line in value["errors"]:
        if type(source) is not str or type(reason) is not str or type(line) not in (int, type(None)):
            raise ValueError("bad input error")
        errors.append(InputError(source, reason, line))
    stats, row_groups, pending = value["mentions"]
    if type(row_groups) is not int or not all(type(item) is list and len(item) == 3 and type(item[0]) is str and
                                              type(item[1]) is int and type(item[2]) is int for item in stats):
        raise ValueError("bad mention files")
    mentions = MentionFiles(tuple(tuple(item) for item in stats), row_groups, codec.mentions_from_value(pending))
    return BuildState(config, inputs, errors, codec.harvest_from_value(value["harvest"]),
                      codec.signature_from_value(value["signature"]),
                      GraphBuilder.from_state(value["builder"], options),
                      PeriodBuilders.from_state(value["periods"], by, options), mentions)
