"""The policykg command line: a thin layer over the library."""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from policykg.errors import InputError, PolicyKGError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese policy news into a knowledge graph.")


_PATHS_HELP = "Files or folders: .txt/.md pages, .jsonl/.csv corpora, .pdf, .docx, .html/.htm."
_INCLUDE = typer.Option(None, "--include", metavar="GLOB",
                        help="Read only the files in folders that match (repeatable), e.g. '*.pdf' or 'reports/*'.")
_EXCLUDE = typer.Option(None, "--exclude", metavar="GLOB", help="Skip the files in folders that match (repeatable).")


def _warn(error: InputError) -> None:
    typer.echo(f"policykg: warning: {error.message}", err=True)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"policykg: error: {message}", err=True)
    raise typer.Exit(code)


def _progress(desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(desc=desc, unit="doc", file=sys.stderr, disable=not enabled, leave=False)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help=_PATHS_HELP),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one record per line) or table."),
    manifest: Optional[Path] = typer.Option(None, help="CSV/TSV with file, date, title, source columns."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for extraction (0: all cores)."),
    lexicon: Optional[Path] = typer.Option(None, help="User lexicon (YAML or CSV): add, rename, merge, ban."),
    include: Optional[list[str]] = _INCLUDE,
    exclude: Optional[list[str]] = _EXCLUDE,
):
    """Print every mention and relation found (the record contract of eval/score.py)."""
    from policykg.api import process as run_extract
    from policykg.api import mention_record, relation_record
    from policykg.io import atomic_write

    if format not in ("jsonl", "table"):
        _fail(f"--format must be jsonl or table, not {format!r}", 2)
    stream = None
    documents = 0
    try:
        with (atomic_write(output) if output else _stdout()) as stream:
            for processed in run_extract(paths, on_error=_warn, manifest=manifest, jobs=jobs or os.cpu_count() or 1,
                                         lexicon=lexicon, include=include or (), exclude=exclude or ()):
                documents += 1
                result = processed.result
                if format == "jsonl":
                    for m in result.mentions:
                        stream.write(json.dumps(mention_record(m), ensure_ascii=False) + "\n")
                    for r in result.relations:
                        stream.write(json.dumps(relation_record(r), ensure_ascii=False) + "\n")
                else:
                    for m in result.mentions:
                        stream.write(f"{m.doc}\t{m.label}\t{m.name}\t{m.text.replace(chr(10), ' ')}\t{m.start}\t{m.end}\n")
                    for r in result.relations:
                        record = relation_record(r)
                        stream.write(f"{r.doc}\t{r.kind}\t{record['source']}\t{record['target']}\t{r.start}\t{r.end}\n")
            if documents == 0:  # inside the with: atomic_write then keeps an existing OUTPUT as it was
                raise PolicyKGError("no document could be read")
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0)
    except (PolicyKGError, OSError) as err:
        _fail(str(err))


class _stdout:
    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc):
        sys.stdout.flush()
        return False


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help=_PATHS_HELP),
    output: Path = typer.Option(Path("out"), "--output", "-o", help="Folder for the outputs."),
    window: str = typer.Option("sentence", help="Co-occurrence window: sentence, paragraph or document."),
    min_count: int = typer.Option(1, help="Drop co-occurrence edges seen fewer times."),
    top_k: Optional[int] = typer.Option(None, help="Keep an edge only among the k strongest of one of its ends."),
    pairs: Optional[str] = typer.Option(None, help="Only these co-occurrence pairs, e.g. PERSON-SLOGAN,PERSON-PLACE."),
    labels: Optional[str] = typer.Option(None, help="Only these entity types, e.g. PERSON,SLOGAN,PLACE."),
    evidence: int = typer.Option(5, help="Evidence sentences kept per edge."),
    formats: str = typer.Option("all", "--formats", help="Comma-separated: html, graphml, gexf, json, csv, parquet, "
                                                        "neo4j-csv; or all."),
    manifest: Optional[Path] = typer.Option(None, help="CSV/TSV with file, date, title, source columns."),
    title: str = typer.Option("policykg", help="Heading of the HTML page."),
    max_nodes: int = typer.Option(10_000, help="The HTML page shows at most this many nodes (the most important)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for extraction (0: all cores)."),
    cache: bool = typer.Option(True, help="Keep OUT/.cache so a rebuild only extracts what changed."),
    lexicon: Optional[Path] = typer.Option(None, help="User lexicon (YAML or CSV): add, rename, merge, ban."),
    by: Optional[str] = typer.Option(None, help="Also write one graph per year or month into OUT/by_period/."),
    progress: bool = typer.Option(True, help="Show a progress bar on standard error."),
    dask: Optional[str] = typer.Option(
        None, "--dask", metavar="SCHEDULER",
        help="Extract on Dask: 'local' (a LocalCluster with --jobs workers) or a scheduler address such as "
             "tcp://scheduler:8786 (inputs and OUT on storage the workers share); Parquet partitions go to "
             "OUT/parts/; no cache."),
    include: Optional[list[str]] = _INCLUDE,
    exclude: Optional[list[str]] = _EXCLUDE,
):
    """Extract, build the graph and write it to OUT (HTML, GraphML, GEXF, JSON, tables).

    With the cache, a rebuild after adding input files (that sort after the old ones)
    only reads the new files.
    """
    from policykg.api import FORMATS, MentionWriter, write_outputs, write_periods
    from policykg.graph.build import GraphOptions, parse_pair_types
    from policykg.incremental import build_folder

    if output.exists() and not output.is_dir():
        _fail(f"{output} exists and is not a folder; give -o a folder for the outputs", 2)
    kept = 0
    try:
        chosen = list(FORMATS) if formats == "all" else [f.strip() for f in formats.split(",") if f.strip()]
        options = GraphOptions(window=window, evidence=evidence, min_count=min_count, top_k=top_k,
                               pair_types=parse_pair_types(pairs),
                               labels=frozenset(x.strip().upper() for x in labels.split(",")) if labels else None)
        bar = _progress("extracting", progress)
        if dask:
            with MentionWriter(output, ["jsonl"] + [f for f in ("csv", "parquet") if f in chosen]) as writer:
                def sink(processed):
                    writer.write(processed)
                    bar.update(1)

                kg = _build_on_dask(dask, paths, output, options, manifest, lexicon, by, sink, jobs,
                                    include or (), exclude or ())
                bar.close()
                if not kg.documents_list:
                    raise PolicyKGError("no document could be read; nothing written")
            write_outputs(kg.graph, kg.documents_list, output, chosen, title=title, max_nodes=max_nodes,
                          jobs=jobs or os.cpu_count() or 1)
            write_periods(kg.periods, output)
        else:
            result = build_folder(paths, output, options, chosen, manifest=manifest, jobs=jobs or os.cpu_count() or 1,
                                  lexicon=lexicon, by=by, cache=cache, on_error=_warn,
                                  progress=lambda _: bar.update(1), title=title, max_nodes=max_nodes,
                                  include=include or (), exclude=exclude or ())
            bar.close()
            kg, kept = result.graph, result.documents_kept
    except ValueError as err:
        _fail(str(err), 2)
    except (PolicyKGError, OSError) as err:
        _fail(str(err))
    if kept:
        typer.echo(f"kept the {kept} documents of the last build in {output}/ and added "
                   f"{len(kg.documents_list) - kept}")
    _summary(kg, output)


def _build_on_dask(scheduler: str, paths, output: Path, options, manifest, lexicon, by, sink, jobs: int,
                   include=(), exclude=()):
    """`policykg build --dask`: the two passes on a Dask cluster (see policykg.distributed)."""
    try:
        from distributed import Client

        from policykg.distributed import build_distributed, local_client
    except ImportError as err:
        raise PolicyKGError(f"--dask needs dask and distributed ({err}); pip install 'policykg[dask]'") from None
    local = scheduler == "local"
    client = local_client(jobs or None) if local else Client(scheduler, timeout="30s")
    try:
        return build_distributed(paths, output / "parts", client=client, options=options, on_error=_warn,
                                 manifest=manifest, lexicon=lexicon, keep_mentions=False, mention_sink=sink, by=by,
                                 include=include, exclude=exclude)
    finally:
        cluster = client.cluster if local else None
        client.close()
        if cluster is not None:
            cluster.close()


@app.command()
def terms(
    paths: list[Path] = typer.Argument(..., help=_PATHS_HELP),
    by: str = typer.Option("year", help="Count per year or month."),
    label: str = typer.Option("SLOGAN", help="Entity types to list, comma-separated, or ALL."),
    min_mentions: int = typer.Option(1, help="Leave out terms mentioned fewer times."),
    manifest: Optional[Path] = typer.Option(None, help="CSV/TSV with file, date (or year), title, source columns."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Also write the table as CSV here."),
    lexicon: Optional[Path] = typer.Option(None, help="User lexicon (YAML or CSV): add, rename, merge, ban."),
    include: Optional[list[str]] = _INCLUDE,
    exclude: Optional[list[str]] = _EXCLUDE,
):
    """Each term's first and last appearance, counts per period and decoded parts."""
    from policykg.api import build as run_build
    from policykg.graph.build import GraphOptions
    from policykg.graph.tables import write_table
    from policykg.graph.timeline import term_table

    labels = None if label.upper() == "ALL" else tuple(x.strip().upper() for x in label.split(","))
    try:
        kg = run_build(paths, GraphOptions(analytics=False), on_error=_warn, manifest=manifest, keep_mentions=False,
                       lexicon=lexicon, include=include or (), exclude=exclude or ())
        if not kg.documents_list:
            raise PolicyKGError("no document could be read")
        table = term_table(kg.graph, by=by, labels=labels, min_mentions=min_mentions)
        if output:
            write_table(table, output)
    except ValueError as err:
        _fail(str(err), 2)
    except (PolicyKGError, OSError) as err:
        _fail(str(err))
    _report_undated(kg.documents_list)
    import pandas as pd

    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.unicode.east_asian_width", True):
        typer.echo(table.fillna("").to_string(index=False))


def _report_undated(documents: list[dict]) -> None:
    undated = [d["id"] for d in documents if not d.get("date")]
    if undated:
        shown = ", ".join(undated[:10]) + (f" and {len(undated) - 10} more" if len(undated) > 10 else "")
        typer.echo(f"policykg: warning: {len(undated)} of {len(documents)} documents have no date "
                   f"(kept, left out of time counts): {shown}", err=True)


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


neo4j_app = typer.Typer(no_args_is_help=True, help="Run the bundled Neo4j server; push a graph into Neo4j.")
app.add_typer(neo4j_app, name="neo4j")


@neo4j_app.command("serve")
def neo4j_serve(
    port: int = typer.Option(7687, help="Bolt port on 127.0.0.1."),
    data: Path = typer.Option(Path(".neo4j-data"), help="Database folder (kept between runs)."),
    password: Optional[str] = typer.Option(None, envvar="NEO4J_PASSWORD",
                                           help="Password of user neo4j (8+ characters); auth is off without one."),
):
    """Start the bundled Neo4j 5.26 Community server (built with Maven on first use); Ctrl-C stops it."""
    from policykg.neo4j_server import Neo4jServerError, serve

    typer.echo("policykg: starting Neo4j (the first run builds it with Maven, downloading Neo4j)…", err=True)
    try:
        serve(port=port, data_dir=data, password=password)
    except Neo4jServerError as err:
        _fail(str(err))


@neo4j_app.command("push")
def neo4j_push(
    paths: list[Path] = typer.Argument(..., help="A policykg build output folder, or input texts to build first."),
    uri: str = typer.Option("bolt://127.0.0.1:7687", envvar="NEO4J_URI", help="Bolt URI of the Neo4j server."),
    user: str = typer.Option("neo4j", envvar="NEO4J_USERNAME", help="User name."),
    password: Optional[str] = typer.Option(None, envvar="NEO4J_PASSWORD", help="Password; none: no auth."),
    database: str = typer.Option("neo4j", envvar="NEO4J_DATABASE", help="Database name."),
    wipe: bool = typer.Option(False, "--wipe", help="Delete EVERYTHING in the database first."),
    documents: bool = typer.Option(False, "--documents", help="Also push :Document nodes and MENTIONS."),
    batch_size: int = typer.Option(5000, min=1, help="Rows per transaction."),
    progress: bool = typer.Option(True, help="Show a progress bar on standard error."),
):
    """Push a graph into Neo4j (idempotent: pushing again updates, never duplicates)."""
    import logging

    from tqdm import tqdm

    from policykg.api import build as run_build
    from policykg.export.neo4j import is_build_folder, load_build, push

    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the driver's retry warnings; failures come as one line
    try:
        if len(paths) == 1 and is_build_folder(paths[0]):
            kg = load_build(paths[0])
        else:
            kg = run_build(paths, on_error=_warn, keep_mentions=documents)
            if not kg.documents_list:
                raise PolicyKGError("no document could be read")
        with tqdm(unit="row", file=sys.stderr, disable=not progress, leave=False, delay=0.2) as bar:
            def update(done: int, total: int, stage: str) -> None:
                bar.total = total
                bar.set_description_str(stage, refresh=False)
                bar.update(done - bar.n)

            stats = push(kg, uri, user=user, password=password, database=database, batch_size=batch_size,
                         wipe=wipe, documents=documents, progress=update)
    except (PolicyKGError, OSError) as err:
        _fail(str(err))
    wiped = f"wiped {stats.nodes_deleted} nodes and {stats.relationships_deleted} relationships; " if wipe else ""
    docs = f", {stats.documents} documents, {stats.mentions} MENTIONS" if documents else ""
    typer.echo(f"{wiped}pushed {stats.nodes} entities, {stats.relationships} relationships{docs} to {uri} "
               f"(database {database}) in {sum(stats.seconds.values()):.1f} s: {stats.nodes_created} nodes and "
               f"{stats.relationships_created} relationships created")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
