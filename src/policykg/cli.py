"""The policykg command line: parses the options and calls the library.

Options shared by several commands are defined once (the `Annotated` types below); options with
fixed values are Enums built from the library's own lists, and lists of values (formats, entity
types, pairs) are checked by their parsers, so a bad value is a usage error before anything is read.
Warnings and errors go to standard error through tqdm, never into a progress bar.
"""
from __future__ import annotations

import gc

gc.disable()  # while the modules load (long-lived objects only: nothing to collect); frozen after them
import os
import shutil
import sys
from collections import Counter
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

try:  # typer's coercion of values (0.2x): through a pydantic TypeAdapter, built on first use
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # an older typer: click's types, no pydantic
    RuntimeParam = None

from policykg.choices import FORMATS, PERIODS, WINDOWS
from policykg.errors import InputError, InputNote, PolicyKGError
from policykg.extract.tagger import MODELS
from policykg.model import LABELS
from policykg.records import mention_line, mention_tsv, relation_line, relation_tsv

gc.freeze()
gc.enable()


class _PlainHelp:
    """Help without typer's type labels (<int>, <list[Path]>, <bool>): the usage line names the arguments
    (PATH...), options show a plain metavar (N, PATH, TEXT, the choices), flags none; values coerced without
    pydantic where they need none (`_Lean`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            _plain(param)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        return option if option is None else _plain(option)


class Command(_PlainHelp, TyperCommand):
    """A command with plain help."""


class Group(_PlainHelp, TyperGroup):
    """A group of commands with plain help."""


def _plain(param):
    if RuntimeParam is not None and getattr(param, "_runtime_param", False) is None:
        param._runtime_param = _Lean(param.type_descriptor.parameter_info, param.type_descriptor.annotation)
    if isinstance(param, TyperArgument):
        param.display_type_rich = lambda ctx: None
        param.get_usage_pieces = lambda ctx: [param.metavar or param.name.upper() + ("..." if param.nargs != 1 else "")]
    elif param.metavar is None:
        param.display_type_rich = lambda ctx, label=param.display_type_rich: _metavar(label(ctx))
    return param


if RuntimeParam is not None:
    class _Lean(RuntimeParam):
        """typer's coercion without pydantic where a value needs none (importing pydantic and building its first
        TypeAdapter took a fifth of a one-sentence run): a default already of the parameter's type as it is, paths
        given as text through typer's own checks of paths; any other value as typer coerces it."""

        def _coerce_value(self, value, param, ctx):
            info, kind = self.parameter_info, self.annotation
            if info.parser is None and info.min is None and info.max is None and info.path_type is None:
                if isinstance(kind, type) and not issubclass(kind, (Path, bool)) and isinstance(value, kind):
                    return value  # (an enum's member, a number, a text)
                if kind is Path and isinstance(value, (str, Path)):
                    return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
                if kind == list[Path] and isinstance(value, (list, tuple)) and \
                        all(isinstance(v, (str, Path)) for v in value):
                    return [coerce_cli_path(Path(v), info, path_type=Path, param=param, ctx=ctx) for v in value]
            return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)


_METAVARS = {"int": "N", "float": "X", "path": "PATH", "str": "TEXT", "bool": ""}


def _metavar(label: str | None) -> str:
    """A plain metavar for typer's type label: "<int>" → "N", "<year|month>" → "year|month"."""
    label = (label or "").removeprefix("<").removesuffix(">")
    return _METAVARS.get(label, label)


app = typer.Typer(cls=Group, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese policy news into a knowledge graph.")

RECORD_LINES = {"jsonl": (mention_line, relation_line), "table": (mention_tsv, relation_tsv)}

RecordFormat = Enum("RecordFormat", {name: name for name in RECORD_LINES}, type=str)
Window = Enum("Window", {name: name for name in WINDOWS}, type=str)
Period = Enum("Period", {name: name for name in PERIODS}, type=str)
Model = Enum("Model", {name: name for name in MODELS}, type=str)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"policykg {version('policykg')}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """Turn Chinese policy news into a knowledge graph."""


def _choices(value: str | list[str], allowed: tuple[str, ...], what: str, every: str = "all",
             upper: bool = False) -> list[str]:
    """The values of a comma-separated list, all of `allowed` for `every`; a usage error names any other."""
    if isinstance(value, list):
        return value
    text = value.upper() if upper else value
    chosen = list(allowed) if text.strip() == (every.upper() if upper else every) else \
        [f.strip() for f in text.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in allowed]
    if unknown or not chosen:
        raise typer.BadParameter(f"unknown {what}: {', '.join(unknown) or repr(value)}; choose from "
                                 f"{', '.join(allowed)} or {every}")
    return chosen


def _formats(value: str | list[str]) -> list[str]:
    """The formats of a comma-separated list, or all of them for "all"."""
    return _choices(value, FORMATS, "format(s)")


def _labels(value: str | list[str]) -> list[str]:
    """Entity types of a comma-separated list (any case), or all of them for "ALL"."""
    return _choices(value, LABELS, "entity type(s)", every="ALL", upper=True)


def _pairs(value: str | list[str]) -> list[str]:
    """Co-occurrence pairs TYPE-TYPE of a comma-separated list, each type one of LABELS."""
    if isinstance(value, list):
        return value
    pairs = [p.strip().upper() for p in value.split(",") if p.strip()]
    for pair in pairs:
        ends = pair.split("-")
        if len(ends) != 2 or any(end not in LABELS for end in ends):
            raise typer.BadParameter(f"{pair!r} is not a pair TYPE-TYPE of the entity types {', '.join(LABELS)}")
    return pairs


Paths = Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files or folders: .txt/.md pages, .jsonl/.csv "
                                                                    "corpora, .pdf, .docx, .html/.htm.")]
Include = Annotated[Optional[list[str]], typer.Option(
    "--include", metavar="GLOB", help="Read only the files in folders that match (repeatable), e.g. '*.pdf' or "
                                      "'reports/*'.")]
Exclude = Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB",
                                                      help="Skip the files in folders that match (repeatable).")]
Manifest = Annotated[Optional[Path], typer.Option(metavar="FILE", help="CSV/TSV with file, date (or year), title, "
                                                                       "source columns.")]
Lexicon = Annotated[Optional[Path], typer.Option(metavar="FILE", help="User lexicon (YAML or CSV): add, rename, merge, "
                                                                     "ban.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction (0: all cores).")]
ShowProgress = Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on standard error.")]
OutputFile = Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE",
                                                    help="Write here instead of standard output.")]
UseModel = Annotated[Optional[Model], typer.Option(
    "--model", help="Accurate mode: a learned tagger (lac: Baidu's LAC; pip install 'policykg\\[model]') proposes "
                    "persons, places and bodies too; several times slower.")]


def _say(line: str) -> None:
    """A line on standard error, above any progress bar."""
    from tqdm import tqdm

    tqdm.write(line, file=sys.stderr)


def _warn(error: InputError) -> None:
    _say(f"policykg: {'note' if isinstance(error, InputNote) else 'warning'}: {error.message}")


def _fail(message: str, code: int = 1) -> None:
    _say(f"policykg: error: {message}")
    raise typer.Exit(code)


@contextmanager
def _user_errors():
    """A user's error as one line on standard error: bad values exit with 2, other failures with 1."""
    try:
        yield
    except BrokenPipeError:  # `policykg extract … | head`: not an error
        raise
    except ValueError as err:
        _fail(str(err), 2)
    except (PolicyKGError, OSError) as err:
        _fail(str(err))


def _model(model: Model | None) -> str | None:
    return model.value if model else None


def _jobs(jobs: int) -> int:
    return jobs or os.cpu_count() or 1


def _progress(desc: str | None, enabled: bool, unit: str = "doc", delay: float = 0):
    from tqdm import tqdm

    return tqdm(desc=desc, unit=unit, file=sys.stderr, disable=not enabled, leave=False, delay=delay)


@app.command(cls=Command)
def extract(
    paths: Paths,
    format: Annotated[RecordFormat, typer.Option("--format", "-f", help="jsonl (one record per line) or table.")]
    = RecordFormat.jsonl,
    manifest: Manifest = None,
    output: OutputFile = None,
    jobs: Jobs = 1,
    lexicon: Lexicon = None,
    include: Include = None,
    exclude: Exclude = None,
    model: UseModel = None,
):
    """Print every mention and relation found (the record contract of eval/score.py)."""
    from policykg.api import process
    from policykg.io import atomic_write

    mention, relation = RECORD_LINES[format.value]
    documents = 0
    try:
        with _user_errors(), _check_output(output, paths), (atomic_write(output) if output else _stdout()) as stream:
            for processed in process(paths, on_error=_warn, manifest=manifest, jobs=_jobs(jobs), lexicon=lexicon,
                                     include=include or (), exclude=exclude or (), model=_model(model)):
                documents += 1
                stream.write("".join(map(mention, processed.result.mentions)))
                stream.write("".join(map(relation, processed.result.relations)))
            if documents == 0:  # inside the with: atomic_write then keeps an existing OUTPUT as it was
                raise PolicyKGError("no document could be read")
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0)


@contextmanager
def _check_output(output: Path | None, paths: list[Path]):
    """Refuse an output file that is an input (policykg.io.check_output_file)."""
    if output is not None:
        from policykg.io import check_output_file

        check_output_file(output, paths)
    yield


@contextmanager
def _stdout():
    try:
        yield sys.stdout
    finally:
        sys.stdout.flush()


@app.command(cls=Command)
def build(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FOLDER", help="Folder for the outputs.")]
    = Path("out"),
    window: Annotated[Window, typer.Option(help="Co-occurrence window.")] = Window.sentence,
    min_count: Annotated[int, typer.Option(help="Drop co-occurrence edges seen fewer times.")] = 1,
    top_k: Annotated[Optional[int], typer.Option(help="Keep an edge only among the k strongest of one of its "
                                                      "ends.")] = None,
    pairs: Annotated[Optional[str], typer.Option(parser=_pairs, metavar="TYPE-TYPE,...",
                                                 help="Only these co-occurrence pairs, e.g. "
                                                      "PERSON-SLOGAN,PERSON-PLACE.")] = None,
    labels: Annotated[Optional[str], typer.Option(parser=_labels, metavar="TYPES",
                                                  help=f"Only these entity types: {', '.join(LABELS)} "
                                                       "(comma-separated).")] = None,
    evidence: Annotated[int, typer.Option(help="Evidence sentences kept per edge.")] = 5,
    formats: Annotated[str, typer.Option("--formats", parser=_formats, metavar="FORMATS",
                                               help=f"Comma-separated: {', '.join(FORMATS)}; or all.")] = "all",
    manifest: Manifest = None,
    title: Annotated[str, typer.Option(help="Heading of the HTML page.")] = "policykg",
    max_nodes: Annotated[int, typer.Option(help="The HTML page shows at most this many nodes (the most "
                                                "important).")] = 10_000,
    jobs: Jobs = 0,
    cache: Annotated[bool, typer.Option(help="Keep OUT/.cache so a rebuild only extracts what changed.")] = True,
    lexicon: Lexicon = None,
    by: Annotated[Optional[Period], typer.Option(help="Also write one graph per period into OUT/by_period/.")]
    = None,
    progress: ShowProgress = True,
    dask: Annotated[Optional[str], typer.Option(
        "--dask", metavar="SCHEDULER",
        help="Extract on Dask: 'local' (a LocalCluster with --jobs workers) or a scheduler address such as "
             "tcp://scheduler:8786 (inputs and OUT on storage the workers share); Parquet partitions go to "
             "OUT/parts/; no cache.")] = None,
    include: Include = None,
    exclude: Exclude = None,
    model: UseModel = None,
    force: Annotated[bool, typer.Option("--force", help="Write into OUT although policykg did not write it "
                                                        "(files of the same names are replaced, the others "
                                                        "kept).")] = False,
):
    """Extract, build the graph and write it to OUT (HTML, GraphML, GEXF, JSON, tables).

    OUT is replaced whole when the build is complete. With the cache, a rebuild after
    adding input files (that sort after the old ones) only reads the new files.
    """
    from policykg.graph.build import GraphOptions, parse_pair_types
    from policykg.run.folder import build_folder

    with _user_errors(), _progress("extracting", progress) as bar:  # the bar is gone before an error is said
        options = GraphOptions(window=window.value, evidence=evidence, min_count=min_count, top_k=top_k,
                               pair_types=parse_pair_types(",".join(pairs) if pairs else None),
                               labels=frozenset(labels) if labels else None)
        result = build_folder(paths, output, options, formats, manifest=manifest, jobs=_jobs(jobs), lexicon=lexicon,
                              by=by.value if by else None, cache=cache, on_error=_warn,
                              progress=lambda _: bar.update(1), title=title, max_nodes=max_nodes,
                              include=include or (), exclude=exclude or (), dask=dask, model=_model(model),
                              force=force)
    kg = result.graph
    if result.documents_kept:
        typer.echo(f"kept the {result.documents_kept} documents of the last build in {output}/ and added "
                   f"{result.documents_added}")
    _summary(kg, output)


@app.command(cls=Command)
def terms(
    paths: Paths,
    by: Annotated[Period, typer.Option(help="Count per period.")] = Period.year,
    label: Annotated[str, typer.Option(parser=_labels, metavar="TYPES",
                                       help=f"Entity types to list: {', '.join(LABELS)} (comma-separated), or "
                                            "ALL.")] = "SLOGAN",
    min_mentions: Annotated[int, typer.Option(help="Leave out terms mentioned fewer times.")] = 1,
    manifest: Manifest = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE",
                                                   help="Also write the whole table as CSV here.")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Print every column in full: a count per period instead of "
                                                      "the sparkline, parts and descriptor uncut.")] = False,
    lexicon: Lexicon = None,
    include: Include = None,
    exclude: Exclude = None,
    model: UseModel = None,
):
    """Each term's first and last appearance, mentions, counts per period (a sparkline) and decoded parts.

    Dates keep their precision ("2025", "2025-03-21") and compare as dates: the first appearance is the
    date that starts first, the last the one that ends last.
    """
    import pandas as pd

    from policykg.api import build as run_build
    from policykg.graph.build import GraphOptions
    from policykg.graph.tables import write_table
    from policykg.graph.timeline import term_lines, term_table

    labels = None if set(label) == set(LABELS) else tuple(label)
    with _user_errors(), _check_output(output, paths):
        kg = run_build(paths, GraphOptions(analytics=False), on_error=_warn, manifest=manifest, keep_mentions=False,
                       lexicon=lexicon, include=include or (), exclude=exclude or (), model=_model(model))
        if not kg.documents_list:
            raise PolicyKGError("no document could be read")
        table = term_table(kg.graph, by=by.value, labels=labels, min_mentions=min_mentions)
        if output:
            write_table(table, output)
    _report_undated(kg.documents_list)
    if table.empty:
        _say(f"policykg: no {', '.join(labels) if labels else 'term'} mentioned {min_mentions} times or more")
        return
    if wide:
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", None,
                               "display.unicode.east_asian_width", True):
            typer.echo(table.fillna("").to_string(index=False))
    else:
        typer.echo("\n".join(term_lines(table.fillna(""), shutil.get_terminal_size((120, 24)).columns)))


def _report_undated(documents: list[dict]) -> None:
    undated = [d["id"] for d in documents if not d.get("date")]
    if undated:
        shown = ", ".join(undated[:10]) + (f" and {len(undated) - 10} more" if len(undated) > 10 else "")
        _say(f"policykg: warning: {len(undated)} of {len(documents)} documents have no date "
             f"(kept, left out of time counts): {shown}")


def _summary(kg, output: Path) -> None:
    graph = kg.graph
    by_label = Counter(d["label"] for _, d in graph.nodes(data=True))
    by_kind = Counter(k for _, _, k in graph.edges(keys=True))
    typer.echo(f"{len(kg.documents_list)} documents → {graph.number_of_nodes()} entities, "
               f"{graph.number_of_edges()} edges, written to {output}/")
    typer.echo("entities: " + ", ".join(f"{label} {n}" for label, n in sorted(by_label.items())))
    typer.echo("edges: " + ", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items())))
    for label in ("PERSON", "SLOGAN", "PLACE", "COMPANY", "ORG"):
        top = sorted(((d["mentions"], d["name"]) for _, d in graph.nodes(data=True) if d["label"] == label
                      and not d.get("role")), key=lambda t: (-t[0], t[1]))[:8]
        if top:
            typer.echo(f"top {label}: " + "，".join(f"{name}({n})" for n, name in top))


neo4j_app = typer.Typer(cls=Group, no_args_is_help=True, help="Run the bundled Neo4j server; push a graph into Neo4j.")
app.add_typer(neo4j_app, name="neo4j")


@neo4j_app.command("serve", cls=Command)
def neo4j_serve(
    port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")] = 7687,
    data: Annotated[Path, typer.Option(metavar="FOLDER", help="Database folder (kept between runs).")]
    = Path(".neo4j-data"),
    password: Annotated[Optional[str], typer.Option(envvar="NEO4J_PASSWORD", help="Password of user neo4j (8+ "
                                                    "characters); auth is off without one.")] = None,
):
    """Start the bundled Neo4j 5.26 Community server (built with Maven on first use); Ctrl-C stops it."""
    from policykg.neo4j_server import Neo4jServerError, is_built, serve

    if is_built():
        _say("policykg: starting Neo4j…")
    else:
        _say("policykg: building the Neo4j server with Maven first (it downloads Neo4j into ~/.m2 once)…")
    try:
        serve(port=port, data_dir=data, password=password)
    except Neo4jServerError as err:
        _fail(str(err))


@neo4j_app.command("push", cls=Command)
def neo4j_push(
    paths: Annotated[list[Path], typer.Argument(metavar="OUT_OR_PATH...", help="A policykg build output folder, "
                                                                              "or input texts to build first.")],
    uri: Annotated[str, typer.Option(envvar="NEO4J_URI", help="Bolt URI of the Neo4j server.")]
    = "bolt://127.0.0.1:7687",
    user: Annotated[str, typer.Option(envvar="NEO4J_USERNAME", help="User name.")] = "neo4j",
    password: Annotated[Optional[str], typer.Option(envvar="NEO4J_PASSWORD", help="Password; none: no auth.")]
    = None,
    database: Annotated[str, typer.Option(envvar="NEO4J_DATABASE", help="Database name.")] = "neo4j",
    wipe: Annotated[bool, typer.Option("--wipe", help="Delete EVERYTHING in the database first.")] = False,
    documents: Annotated[bool, typer.Option("--documents", help="Also push :Document nodes and MENTIONS.")] = False,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N", help="Rows per transaction.")] = 5000,
    progress: ShowProgress = True,
):
    """Push a graph into Neo4j (idempotent: pushing again updates, never duplicates)."""
    import logging

    from policykg.api import build as run_build
    from policykg.export.neo4j import Neo4jBatchError, is_build_folder, load_build, push

    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the driver's retry warnings; failures come as one line
    rejected = None
    with _user_errors():
        if len(paths) == 1 and is_build_folder(paths[0]):
            kg = load_build(paths[0], mentions=documents)  # the mentions only for --documents
        else:
            kg = run_build(paths, on_error=_warn, keep_mentions=documents)
            if not kg.documents_list:
                raise PolicyKGError("no document could be read")
        with _progress(None, progress, unit="row", delay=0.2) as bar:
            def update(done: int, total: int, stage: str) -> None:
                bar.total = total
                bar.set_description_str(stage, refresh=False)
                bar.update(done - bar.n)

            try:
                stats = push(kg, uri, user=user, password=password, database=database, batch_size=batch_size,
                             wipe=wipe, documents=documents, progress=update)
            except Neo4jBatchError as err:
                if err.stats is None:
                    raise
                stats, rejected = err.stats, err
    for row in (rejected.stats.rejected[:20] if rejected else []):
        typer.echo(f"policykg: warning: Neo4j rejected the {row}", err=True)
    wiped = f"wiped {stats.nodes_deleted} nodes and {stats.relationships_deleted} relationships; " if wipe else ""
    docs = f", {stats.documents} documents, {stats.mentions} MENTIONS" if documents else ""
    typer.echo(f"{wiped}pushed {stats.nodes} entities, {stats.relationships} relationships{docs} to {uri} "
               f"(database {database}) in {sum(stats.seconds.values()):.1f} s: {stats.nodes_created} nodes and "
               f"{stats.relationships_created} relationships created")
    if rejected:
        _fail(str(rejected))


@neo4j_app.command("import", cls=Command)
def neo4j_import(
    build: Annotated[Path, typer.Argument(metavar="OUT", help="A policykg build output folder (with neo4j/import.sh, "
                                                             "the neo4j-csv format).")],
    data: Annotated[Path, typer.Option(help="Database folder of the bundled server (as for serve).")]
    = Path(".neo4j-data"),
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the database if it exists.")] = False,
    neo4j_home: Annotated[Optional[Path], typer.Option(help="Import with this Neo4j 5 installation's neo4j-admin "
                                                            "instead (stop its database first).")] = None,
    database: Annotated[str, typer.Option(help="Database name (with --neo4j-home).")] = "neo4j",
):
    """Load a build into a new or stopped database with neo4j-admin: for graphs too big to push."""
    from policykg.export.neo4j import SCHEMA
    from policykg.export.neo4j_import import bulk_import
    from policykg.neo4j_server import Neo4jServerError

    where = f"database {database} of {neo4j_home}" if neo4j_home else f"{data}"
    with _user_errors():
        try:
            stats = bulk_import(build, data, database, overwrite, neo4j_home)
        except Neo4jServerError as err:
            raise PolicyKGError(str(err)) from None
    typer.echo(f"imported {stats.nodes} entities and {stats.relationships} relationships into {where} in "
               f"{sum(stats.seconds.values()):.1f} s")
    if neo4j_home:
        typer.echo("start the database and create the constraint and index a push makes:\n"
                   + "\n".join(f"  {statement};" for statement in SCHEMA))
    else:
        typer.echo(f"serve it with: policykg neo4j serve --data {data}")


def main() -> None:
    try:
        app()
    except SystemExit as done:
        if not done.code:  # a command that went through: what it leaves is freed at the exit without a last
            gc.freeze()  # collection going through all of it (2 % of `extract` on the 28 reports)
        raise


if __name__ == "__main__":
    main()
