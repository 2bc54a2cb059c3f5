#!/usr/bin/env python3
"""Checksums of every output file of `policykg build` (and `extract`), recorded to catch unintended changes.

    .venv/bin/python scripts/record_checksums.py            # build every case, write tests/data/output_checksums.json
    .venv/bin/python scripts/record_checksums.py seeds-dask  # only the named runs (the other records are kept)

tests/test_output_checksums.py builds the same cases and compares. When extraction output changes on
purpose (better extractors), run this script again and commit the new file with the change.

Cases: the seeds and ../shared/corpus/policy_texts (skipped when absent), each built in one process
without the cache, with `--jobs 2` and the cache, then incrementally extended (a folder of new documents
made of the old paragraphs given last: the last build is extended; the same run) and on Dask (`--dask`
with the address of a LocalCluster the Dask runs share); the seeds also rebuilt through the cache (the
last page added to a first build: its new names make it a full rebuild), with a user lexicon, `--by
month` and other options, and through `policykg extract`; the PDF, Word and HTML files of
../shared/corpus/formats in one process and on Dask.
Every command runs in a fixed working folder with the input given by a fixed relative path, because
documents without a manifest source record the path they were read from. Each case also records what
the command printed.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RECORD = ROOT / "tests" / "data" / "output_checksums.json"

# corpus → (folder, the path given on the command line, relative to the working folder ROOT)
CORPORA = {"seeds": (ROOT / "seeds", "seeds"),
           "policy_texts": (SHARED / "corpus" / "policy_texts", "../shared/corpus/policy_texts"),
           "formats": (SHARED / "corpus" / "formats", "../shared/corpus/formats")}
OPTIONS = {  # run → build options
    "local": ["--jobs", "1", "--no-cache"],
    "jobs2": ["--jobs", "2"],  # then "extended"
    "incremental": ["--jobs", "2"],
    "dask": ["--jobs", "1"],  # and --dask with the address of a LocalCluster of one worker (four partitions)
    "options": ["--lexicon", "tests/data/lexicon.yaml", "--window", "paragraph", "--evidence", "2", "--top-k", "5",
                "--by", "month", "--title", "测试 <b>", "--max-nodes", "50", "--jobs", "2"],
}
RUNS = ["seeds-local", "seeds-jobs2", "seeds-incremental", "seeds-dask", "seeds-options", "seeds-extract-jsonl",
        "seeds-extract-table", "policy_texts-local", "policy_texts-jobs2", "policy_texts-dask", "formats-local",
        "formats-dask"]
_CLUSTER = []  # the LocalCluster the Dask runs share


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` by relative path, the cache (OUT/.cache) and the marker of a build
    folder (OUT/.policykg.json, which lists the files) left out."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.relative_to(folder).parts
            and p.relative_to(folder).as_posix() != ".policykg.json"}


def available(run: str) -> bool:
    return CORPORA[run.split("-", 1)[0]][0].is_dir()


def dask_scheduler() -> str:
    """The address of the LocalCluster (one single-threaded worker process) the Dask runs share."""
    if not _CLUSTER:
        from distributed import LocalCluster

        _CLUSTER.append(LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                     scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.ERROR))
    return _CLUSTER[0].scheduler_address


def close_cluster() -> None:
    while _CLUSTER:
        _CLUSTER.pop().close()


@contextlib.contextmanager
def _inside(folder: Path):
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def _policykg(*args: str) -> str:
    """Run the command line in this process; its standard output."""
    from typer.testing import CliRunner

    from policykg.cli import app

    result = CliRunner().invoke(app, list(args))
    if result.exit_code != 0:
        raise RuntimeError(f"policykg {' '.join(args)} failed ({result.exit_code}): {result.output}"
                           + (repr(result.exception) if result.exception else ""))
    return result.stdout


def _with_stdout(out: Path, stdout: str) -> dict[str, str]:
    """The checksums of `out` and of what the command printed (`out` written as OUT)."""
    printed = stdout.replace(str(out), "OUT").encode()
    return {**checksums(out), "(stdout)": hashlib.sha256(printed).hexdigest()}


def run(name: str, work: Path) -> dict[str, dict[str, str]]:
    """Build the cases of one run in the empty folder `work`: {case: checksums of what it wrote}."""
    corpus, variant = name.split("-", 1)
    source, given = CORPORA[corpus]
    out = work / "out"
    if variant.startswith("extract"):
        with _inside(ROOT):
            said = _policykg("extract", given, "--format", variant.split("-")[1], "-o", str(out / "extract.txt"))
        return {name: _with_stdout(out, said)}
    if variant == "incremental":  # a copy at the same relative path from a working folder beside it
        cwd = work / "repo"
        copy = cwd / given
        files = sorted(p for p in source.rglob("*") if p.is_file())
        last = max((p for p in files if p.suffix in (".txt", ".md")), key=lambda p: p.relative_to(source).as_posix())
        for file in files:
            if file != last:
                (copy / file.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, copy / file.relative_to(source))
        with _inside(cwd):  # the first build writes one format: only its cache matters
            _policykg("build", given, "-o", str(out), *OPTIONS[variant], "--formats", "json", "--no-progress")
            shutil.copy2(last, copy / last.relative_to(source))
            said = _policykg("build", given, "-o", str(out), *OPTIONS[variant], "--no-progress")
        return {name: _with_stdout(out, said)}
    options = OPTIONS[variant] + (["--dask", dask_scheduler()] if variant == "dask" else [])
    with _inside(ROOT):
        said = _policykg("build", given, "-o", str(out), *options, "--no-progress")
    found = {name: _with_stdout(out, said)}
    if variant == "jobs2":  # extended by new documents given last
        with _inside(ROOT):
            said = _policykg("build", given, str(_more(source, work / "more")), "-o", str(out), *OPTIONS[variant],
                             "--no-progress")
        if "kept the" not in said:
            print(f"warning: {corpus}-extended: the second build did not extend the first", file=sys.stderr)
        found[f"{corpus}-extended"] = _with_stdout(out, said)
    return found


def _more(source: Path, folder: Path) -> Path:
    """A folder with one JSONL file of new documents: the first half of each page's paragraphs, reversed."""
    rows = []
    for n, page in enumerate(sorted(source.glob("*.txt"))):
        paragraphs = [p for p in page.read_text(encoding="utf-8").split("\n") if p.strip()]
        rows.append({"id": f"more-{n}", "source": "more", "text": "\n".join(reversed(paragraphs[:len(paragraphs) // 2]))})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "more.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return folder


def recorded() -> dict[str, dict[str, str]]:
    return json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.is_file() else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="*", help=f"runs to record (default all): {', '.join(RUNS)}")
    args = parser.parse_args()
    unknown = sorted(set(args.runs) - set(RUNS))
    if unknown:
        sys.exit(f"record_checksums.py: unknown run(s) {', '.join(unknown)}; choose from {', '.join(RUNS)}")
    record = recorded()
    for name in args.runs or RUNS:
        if not available(name):
            print(f"{name}: skipped ({CORPORA[name.split('-', 1)[0]][0]} not found)", flush=True)
            continue
        with tempfile.TemporaryDirectory(prefix="policykg-checksums-") as work:
            found = run(name, Path(work))
        record.update(found)
        print(", ".join(f"{case}: {len(sums)} files" for case, sums in found.items()), flush=True)
    close_cluster()
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(json.dumps(dict(sorted(record.items())), indent=1) + "\n", encoding="utf-8")
    print(f"written: {RECORD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
