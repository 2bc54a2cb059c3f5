"""The benchmarks of docs/PERFORMANCE.md (never part of the tests).

    .venv/bin/python bench/run.py                      # what `make bench` runs: 10k and 100k documents
    .venv/bin/python bench/run.py --sizes 10000        # a quicker run
    .venv/bin/python bench/run.py --sizes 10000 --dask # also the Dask path on a LocalCluster
    .venv/bin/python bench/run.py --only process,speed # some parts: process, speed, scale, neo4j
    .venv/bin/python bench/run.py --only neo4j         # push and import of the largest build kept (--keep)

What the user feels (`process`): whole processes, as a user runs them — wall time and CPU time (user +
system, of the process and its children) of `policykg extract` on a one-sentence file, on the 28
reports of ../shared/corpus/policy_texts and on the 10k and 100k corpora, side by side with
jieba.posseg run whole-process on the same text (bench/posseg.py) in the same run, and of
`policykg build` on seeds/ and on the 28 reports. (jieba.posseg on the 100k corpus, about 40
minutes, runs with --posseg-100k; otherwise the table gives ten times its 10k figure.)

Extraction speed (`speed`): both passes in this process, per core (CPU time after a warm-up), on the 28
reports and on the 10k corpus, and jieba.posseg on the same texts (on the 10k corpus its first 1,000
documents).

Scale (`scale`): for every size it generates the corpus (bench/make_corpus.py) when missing, then
runs as subprocesses and measures:

- clean: ``policykg build bench/corpus/docs-N -o OUT --jobs J --no-progress`` on an empty OUT
  (with the cache, which an incremental rebuild needs): wall time, CPU time, peak RSS;
- incremental: the same command with bench/corpus/extra-N (+1 % new documents) added,
  reusing OUT/.cache; at the smallest size the result is checked byte for byte
  against a clean build of both folders.

Peak RSS is the peak of the summed resident memory of the build process and all its
descendants (the worker processes), sampled every 0.1 s with psutil.

Neo4j (`neo4j`, with scale): the largest build loaded into the bundled server with `policykg neo4j
push` (into a running server) and with `policykg neo4j import` (neo4j-admin into its database folder,
then the server started once for the constraint and index), both whole processes.

Results go to bench/output/results.json (and a Markdown summary on standard output).
"""
from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402


def label(size: int) -> str:
    return make_corpus.label(size)


def rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


class Monitor:
    """Peak summed RSS (and PSS, which counts pages shared by forked workers once) and CPU time
    of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_pss = 0
        self.peak_main = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            total = total_pss = 0
            for proc in procs:
                try:
                    with proc.oneshot():
                        memory = proc.memory_full_info()
                        times = proc.cpu_times()
                except psutil.Error:
                    continue
                rss = memory.rss
                total += rss
                total_pss += getattr(memory, "pss", rss)
                if proc.pid == self.root.pid:
                    self.peak_main = max(self.peak_main, rss)
                self.cpu[proc.pid] = times.user + times.system
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, total_pss)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


SNAPSHOT: Path | None = None  # a frozen copy of src/, so edits made during a long run do not change the code


def snapshot(work: Path) -> Path:
    """Copy src/policykg to WORK/src (builds import it from there), with its bytecode."""
    global SNAPSHOT
    target = work / "src"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "src" / "policykg", target / "policykg",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    compileall.compile_dir(target, quiet=1)  # as an installed package is (and PYTHONDONTWRITEBYTECODE may be set)
    for name in ("scripts", "neo4j-server"):  # the bundled Neo4j server, found beside the package's src/
        link = work / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name)
    SNAPSHOT = target
    return target


def run_build(args: list[str], log: Path) -> dict:
    """Run `policykg build ARGS` and measure it."""
    command = [sys.executable, "-m", "policykg.cli", "build", *args, "--no-progress"]
    env = dict(os.environ)
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = str(SNAPSHOT) + os.pathsep + env.get("PYTHONPATH", "")
    load = os.getloadavg()[0]
    start = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
        monitor = Monitor(proc.pid)
        code = proc.wait()
        wall = time.perf_counter() - start
        monitor.stop()
    if code != 0:
        raise SystemExit(f"build failed ({code}); see {log}")
    main_cpu = monitor.cpu.get(proc.pid, 0.0)
    return {"command": "policykg build " + " ".join(args) + " --no-progress", "wall_s": round(wall, 1),
            "cpu_s": round(sum(monitor.cpu.values()), 1), "main_cpu_s": round(main_cpu, 1),
            "peak_rss_mb": round(monitor.peak / 2**20), "peak_pss_mb": round(monitor.peak_pss / 2**20),
            "peak_rss_main_mb": round(monitor.peak_main / 2**20),
            "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2),
            "summary": log.read_text(encoding="utf-8").strip().splitlines()[:1]}


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of the output files, leaving out the cache and the Parquet partitions of the Dask path."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not {".cache", "parts"} & set(p.relative_to(folder).parts)}


def scale(size: int, jobs: int, work: Path, verify: bool) -> dict:
    base, extra = make_corpus.make(size)
    docs = sum(1 for f in base.glob("*.jsonl") for _ in f.open(encoding="utf-8"))
    chars = sum(len(json.loads(line)["text"]) for f in sorted(base.glob("*.jsonl")) for line in f.open(encoding="utf-8"))
    out = work / f"out-{label(size)}"
    shutil.rmtree(out, ignore_errors=True)
    print(f"[{label(size)}] clean build of {docs} documents, {chars:,} characters …", flush=True)
    clean = run_build([rel(base), "-o", rel(out), "--jobs", str(jobs)], work / f"clean-{label(size)}.log")
    print(f"[{label(size)}] {clean['wall_s']} s, peak RSS {clean['peak_rss_mb']} MB", flush=True)
    print(f"[{label(size)}] incremental rebuild (+1 %) …", flush=True)
    incremental = run_build([rel(base), rel(extra), "-o", rel(out), "--jobs", str(jobs)],
                            work / f"incremental-{label(size)}.log")
    print(f"[{label(size)}] {incremental['wall_s']} s", flush=True)
    result = {"documents": docs, "chars": chars, "jobs": jobs, "clean": clean, "incremental": incremental,
              "incremental_ratio": round(incremental["wall_s"] / clean["wall_s"], 3),
              "chars_per_s_per_core_end_to_end": round(chars / clean["wall_s"] / jobs)}
    if verify:
        reference = work / f"out-{label(size)}-reference"
        shutil.rmtree(reference, ignore_errors=True)
        print(f"[{label(size)}] clean build of both folders to check the incremental output …", flush=True)
        run_build([rel(base), rel(extra), "-o", rel(reference), "--jobs", str(jobs), "--no-cache"],
                  work / f"reference-{label(size)}.log")
        result["incremental_equals_clean"] = checksums(out) == checksums(reference)
        shutil.rmtree(reference, ignore_errors=True)
    return result


def extraction_speed(size: int, posseg_sample: int) -> dict:
    """Per-core speed of both passes (CPU time of this process, best of 3 after a warm-up; pass 1 alone
    too) and of jieba.posseg on the same texts (on a scale corpus its first `posseg_sample` documents)."""
    import jieba
    import jieba.posseg

    from policykg.ingest import read_documents
    from policykg.extract.words import forget_readings
    from policykg.run.passes import Documents, learn, pass_one_lexicon, two_passes

    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("预热"))  # load the dictionaries before timing
    base_folder, _ = make_corpus.make(size)
    samples = {
        "28 reports (policy_texts)": list(read_documents([make_corpus.TEXTS])),
        f"{label(size)} corpus": list(read_documents(sorted(base_folder.glob("*.jsonl")))),
    }
    results = {}
    clock = time.process_time
    base = pass_one_lexicon()
    for name, docs in samples.items():
        chars = sum(len(d.text) for d in docs)
        for _ in two_passes(Documents(docs[:50]), base):  # warm-up: automata, tables
            pass
        both = one = None
        for _ in range(1 if len(docs) > 1000 else 3):
            forget_readings()
            t = clock()
            for _ in two_passes(Documents(docs), base):
                pass
            both = min(both or 1e9, clock() - t)
            forget_readings()
            t = clock()
            learn(Documents(docs), base)
            one = min(one or 1e9, clock() - t)
        reference = docs[:posseg_sample] if len(docs) > posseg_sample else docs
        t = clock()
        for d in reference:
            for _ in jieba.posseg.cut(d.text):
                pass
        posseg = sum(len(d.text) for d in reference) / (clock() - t)
        results[name] = {
            "documents": len(docs), "chars": chars, "pass1_chars_per_s": round(chars / one),
            "both_passes_chars_per_s": round(chars / both), "jieba_posseg_chars_per_s": round(posseg),
            "jieba_posseg_documents": len(reference), "speedup_vs_jieba_posseg": round(chars / both / posseg, 1),
        }
        print(f"[speed] {name}: {results[name]}", flush=True)
    return results


def dask_speed(size: int, work: Path, jobs: int) -> dict:
    """`policykg build --dask local` in this process: the Dask path writing the files of the local path."""
    from policykg.run.folder import build_folder

    base, extra = make_corpus.make(size)  # both folders: the local output to compare with is the +1 % one
    out = work / f"dask-{label(size)}"
    shutil.rmtree(out, ignore_errors=True)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    kg = build_folder([base, extra], out, jobs=jobs, dask="local").graph
    wall = time.perf_counter() - start
    same = checksums(out) == checksums(work / f"out-{label(size)}") if (work / f"out-{label(size)}").is_dir() else None
    shutil.rmtree(out, ignore_errors=True)
    return {"documents": len(kg.documents_list), "workers": jobs, "wall_s": round(wall, 1),
            "load_before": round(load, 2), "same_files_as_local": same,
            "call": f"build_folder([{rel(base)!r}, {rel(extra)!r}], {rel(out)!r}, jobs={jobs}, dask='local')"}


def timed(command: list[str], stdout=subprocess.DEVNULL, env: dict | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of a command run to its end: CPU of the process and its children (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=stdout, stderr=subprocess.DEVNULL, check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def policykg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "policykg.cli", *args]


def snapshot_env() -> dict:
    env = dict(os.environ)
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = str(SNAPSHOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def measure(command: list[str], runs: int) -> dict:
    """Median wall and CPU seconds of `runs` runs."""
    times = [timed(command, env=snapshot_env()) for _ in range(runs)]
    return {"wall_s": round(statistics.median(t[0] for t in times), 3),
            "cpu_s": round(statistics.median(t[1] for t in times), 3), "runs": runs}


def corpus_chars(paths: list[Path]) -> int:
    from posseg import texts

    return sum(len(text) for text in texts([str(p) for p in paths]))


def whole_process(sizes: list[int], work: Path, posseg_100k: bool) -> dict:
    """`policykg extract` and `build` and jieba.posseg as whole processes (see the module docstring)."""
    tiny = work / "one-sentence.txt"
    tiny.write_text("市委书记袁家军在重庆市主持召开会议，强调推动33618现代制造业集群体系建设。\n", encoding="utf-8")
    reports = make_corpus.TEXTS
    inputs = [("one sentence", [tiny], 7), ("28 reports (policy_texts)", [reports], 3)]
    for size in sizes:
        inputs.append((f"{label(size)} corpus", [make_corpus.make(size)[0]], 1))
    timed(policykg_command("extract", str(tiny)), env=snapshot_env())  # compiles the package data once (cached)
    results = {}
    for name, paths, runs in inputs:
        size_100k = name.startswith("100k")
        jobs = ["--jobs", "2"] if size_100k else []  # one job on smaller inputs: what `extract` does by default
        row = {"chars": corpus_chars(paths),
               "policykg_extract": measure(policykg_command("extract", *map(rel, paths), *jobs), runs)}
        if not size_100k or posseg_100k:
            row["posseg"] = measure([sys.executable, str(HERE / "posseg.py"), *map(rel, paths)], runs)
        elif "10k corpus" in results:  # jieba.posseg keeps no state across documents: ten times the 10k run
            small = results["10k corpus"]["posseg"]
            row["posseg"] = {"wall_s": round(small["wall_s"] * 10, 1), "cpu_s": round(small["cpu_s"] * 10, 1),
                             "extrapolated_from": "10k corpus"}
        if "posseg" in row:
            row["cpu_ratio"] = round(row["posseg"]["cpu_s"] / row["policykg_extract"]["cpu_s"], 1)
        results[name] = row
        print(f"[process] {name}: {row}", flush=True)
    for name, paths in (("seeds", [ROOT / "seeds"]), ("28 reports (policy_texts)", [reports])):
        out = work / "process-build"
        runs = []
        for _ in range(3):
            shutil.rmtree(out, ignore_errors=True)
            runs.append(timed(policykg_command("build", *map(rel, paths), "-o", rel(out), "--no-progress"),
                              env=snapshot_env()))
        shutil.rmtree(out, ignore_errors=True)
        results[f"build {name}"] = {"chars": corpus_chars(paths), "policykg_build": {
            "wall_s": round(statistics.median(r[0] for r in runs), 3),
            "cpu_s": round(statistics.median(r[1] for r in runs), 3), "runs": 3}}
        print(f"[process] build {name}: {results[f'build {name}']}", flush=True)
    return results


def neo4j_load(out: Path, work: Path) -> dict:
    """`policykg neo4j push --documents` (into the bundled server, running) and `policykg neo4j import` of a
    build: the same database both ways."""
    from policykg.neo4j_server import LocalNeo4j

    data = work / "neo4j-import"
    shutil.rmtree(data, ignore_errors=True)
    result = {}
    with LocalNeo4j(heap="2g", pagecache="512m") as server:
        env = dict(snapshot_env(), NEO4J_URI=server.uri)
        timed(policykg_command("neo4j", "push", str(ROOT / "seeds"), "--no-progress"), env=env)  # warm-up
        # --documents: the same database as the import (documents and MENTIONS with their offsets)
        wall, cpu = timed(policykg_command("neo4j", "push", rel(out), "--wipe", "--documents", "--no-progress"),
                          env=env)
        result["push"] = {"wall_s": round(wall, 1), "cpu_s_client": round(cpu, 1)}
    wall, cpu = timed(policykg_command("neo4j", "import", rel(out), "--data", str(data)), env=snapshot_env())
    result["import"] = {"wall_s": round(wall, 1), "cpu_s_client": round(cpu, 1)}
    result["import_vs_push"] = round(result["push"]["wall_s"] / result["import"]["wall_s"], 1)
    shutil.rmtree(data, ignore_errors=True)
    print(f"[neo4j] {result}", flush=True)
    return result


def markdown(results: dict) -> str:
    lines = []
    if "process" in results:
        lines += ["| whole process | characters | policykg wall / CPU | jieba.posseg wall / CPU | CPU: posseg / policykg |",
                  "|---|---:|---:|---:|---:|"]
        for name, r in results["process"].items():
            mine = r.get("policykg_extract") or r.get("policykg_build")
            command = "build" if "policykg_build" in r else "extract"
            other = r.get("posseg")
            lines.append(f"| {command} {name.removeprefix('build ')} | {r['chars']:,} | {mine['wall_s']} / {mine['cpu_s']} s | "
                         + (f"{other['wall_s']} / {other['cpu_s']} s{' (×10 of 10k)' if 'extrapolated_from' in other else ''}"
                            f" | {r['cpu_ratio']}× |" if other else "| |"))
        lines.append("")
    if "speed" in results:
        lines += ["| text (in process) | pass 1 | both passes | jieba.posseg | × posseg |", "|---|---:|---:|---:|---:|"]
        for name, r in results["speed"].items():
            lines.append(f"| {name} | {r['pass1_chars_per_s']:,} | {r['both_passes_chars_per_s']:,} | "
                         f"{r['jieba_posseg_chars_per_s']:,} | {r['speedup_vs_jieba_posseg']} |")
        lines.append("")
    if results.get("scale"):
        lines += ["| documents | characters | clean build | peak RSS / PSS (all processes) | main process | "
                  "incremental +1 % | ratio |", "|---:|---:|---:|---:|---:|---:|---:|"]
        for size, r in results["scale"].items():
            c = r["clean"]
            lines.append(f"| {r['documents']:,} | {r['chars']:,} | {c['wall_s']} s (CPU {c['cpu_s']} s, main "
                         f"{c['main_cpu_s']} s) | {c['peak_rss_mb']} / {c['peak_pss_mb']} MB | {c['peak_rss_main_mb']} MB | "
                         f"{r['incremental']['wall_s']} s | {r['incremental_ratio']:.1%} |")
        lines.append("")
    if "dask" in results:
        d = results["dask"]
        lines += [f"Dask ({d['workers']} workers, LocalCluster): {d['documents']:,} documents in {d['wall_s']} s "
                  f"with the same outputs written (cluster start included); "
                  f"files identical to the local build: {d['same_files_as_local']}", ""]
    if "neo4j" in results:
        n = results["neo4j"]
        lines += [f"Neo4j, the {n['build']} build: push {n['push']['wall_s']} s, import {n['import']['wall_s']} s "
                  f"({n['import_vs_push']}× faster)"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="policykg benchmarks (see docs/PERFORMANCE.md)")
    parser.add_argument("--sizes", default="10000,100000", help="Corpus sizes in documents (default 10000,100000).")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of policykg build (default 2).")
    parser.add_argument("--sample", type=int, default=1000,
                        help="Documents of a scale corpus that jieba.posseg tags in process (default 1000).")
    parser.add_argument("--work", type=Path, default=HERE / "output" / "work", help="Build outputs go here.")
    parser.add_argument("--results", type=Path, default=HERE / "output" / "results.json")
    parser.add_argument("--dask", action="store_true", help="Also time the Dask path at the smallest size.")
    parser.add_argument("--only", default="process,speed,scale,neo4j",
                        help="Parts to run: process, speed, scale, neo4j (default all).")
    parser.add_argument("--posseg-100k", action="store_true",
                        help="Run jieba.posseg whole-process on the 100k corpus too (about 40 minutes).")
    parser.add_argument("--keep", action="store_true", help="Keep the build outputs in --work.")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    parts = {p.strip() for p in args.only.split(",")}
    args.work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(snapshot(args.work)))  # this process too (extraction speed, Dask)
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True,
                                    text=True).stdout.strip())
    except OSError:
        commit, dirty = "", False
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    results: dict = {"machine": {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
                                 "python": platform.python_version(), "date": time.strftime("%Y-%m-%d %H:%M"),
                                 "commit": commit + ("+uncommitted changes in src/" if dirty else "")},
                     "scale": {}}
    if "process" in parts:
        results["process"] = whole_process(sizes, args.work, args.posseg_100k)
    if "speed" in parts:
        results["speed"] = extraction_speed(sizes[0], args.sample)
    for size in sizes if "scale" in parts else ():
        results["scale"][label(size)] = scale(size, args.jobs, args.work, verify=size == sizes[0])
        if args.dask and size == sizes[0]:
            print(f"[{label(size)}] Dask on a LocalCluster …", flush=True)
            results["dask"] = dask_speed(size, args.work, args.jobs)
        if "neo4j" in parts and size == sizes[-1]:
            print(f"[{label(size)}] Neo4j: push and import …", flush=True)
            results["neo4j"] = {"build": label(size), **neo4j_load(args.work / f"out-{label(size)}", args.work)}
        if not args.keep:
            shutil.rmtree(args.work / f"out-{label(size)}", ignore_errors=True)
    if "neo4j" in parts and "scale" not in parts:  # the largest build of an earlier run with --keep
        print(f"[{label(sizes[-1])}] Neo4j: push and import …", flush=True)
        results["neo4j"] = {"build": label(sizes[-1]), **neo4j_load(args.work / f"out-{label(sizes[-1])}", args.work)}
    if len(results["scale"]) > 1:
        small, large = results["scale"][label(sizes[0])], results["scale"][label(sizes[-1])]
        results["rss_ratio_large_small"] = round(large["clean"]["peak_rss_mb"] / small["clean"]["peak_rss_mb"], 2)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(SNAPSHOT, ignore_errors=True)
    print(markdown(results))
    print(f"results: {rel(args.results)}")


if __name__ == "__main__":
    main()
