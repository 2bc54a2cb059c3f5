"""The benchmarks of docs/PERFORMANCE.md (never part of the tests).

    .venv/bin/python bench/run.py                      # what `make bench` runs: 10k and 100k documents
    .venv/bin/python bench/run.py --sizes 10000        # a quicker run
    .venv/bin/python bench/run.py --sizes 10000 --dask # also the Dask path on a LocalCluster

For every size it generates the corpus (bench/make_corpus.py) when missing, then
runs as subprocesses and measures:

- clean: ``policykg build bench/corpus/docs-N -o OUT --jobs J --no-progress`` on an empty OUT
  (with the cache, which an incremental rebuild needs): wall time, CPU time, peak RSS;
- incremental: the same command with bench/corpus/extra-N (+1 % new documents) added,
  reusing OUT/.cache; at the smallest size the result is checked byte for byte
  against a clean build of both folders.

Peak RSS is the peak of the summed resident memory of the build process and all its
descendants (the worker processes), sampled every 0.1 s with psutil.

In this process it also measures extraction speed per core (CPU time of one process,
after a warm-up) on a sample of the scale corpus and on the real texts, and
jieba.posseg on the same texts as the reference.

Results go to bench/output/results.json (and a Markdown summary on standard output).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
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
    """Copy src/policykg to WORK/src (builds import it from there)."""
    global SNAPSHOT
    target = work / "src"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "src" / "policykg", target / "policykg",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
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


def extraction_speed(size: int, sample_docs: int) -> dict:
    """Per-core speed of both passes (CPU time of this process) and of jieba.posseg on the same texts."""
    import jieba
    import jieba.posseg

    from policykg.ingest import read_documents
    from policykg.run.local import Inline
    from policykg.run.passes import Documents, learn, pass_one_lexicon

    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("预热"))  # load the dictionaries before timing
    base_folder, _ = make_corpus.make(size)
    samples = {
        f"scale corpus (first {sample_docs} documents)": list(read_documents(sorted(base_folder.glob("*.jsonl"))))[:sample_docs],
        "real texts (policy_texts + seeds)": list(read_documents([make_corpus.TEXTS, make_corpus.SEEDS])),
    }
    results = {}
    runner = Inline()
    for name, docs in samples.items():
        chars = sum(len(d.text) for d in docs)
        base = pass_one_lexicon()
        inputs = Documents(docs)
        for _ in runner.extract(Documents(docs[:50]), learn(Documents(docs[:50]), base)):  # warm-up: automata, tables
            pass
        clock = time.process_time
        t = clock()
        lexicon = learn(inputs, base, runner)  # pass 1 and the corpus lexicon
        lexicon.lexicon.find("预热")
        pass_one = clock() - t
        t = clock()
        for _ in runner.extract(inputs, lexicon):
            pass
        pass_two = clock() - t
        t = clock()
        for d in docs:
            for _ in jieba.posseg.cut(d.text):
                pass
        posseg = clock() - t
        results[name] = {
            "documents": len(docs), "chars": chars,
            "pass1_chars_per_s": round(chars / pass_one), "pass2_chars_per_s": round(chars / pass_two),
            "both_passes_chars_per_s": round(chars / (pass_one + pass_two)),
            "jieba_posseg_chars_per_s": round(chars / posseg),
            "speedup_vs_jieba_posseg": round(posseg / (pass_one + pass_two), 1),
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


def markdown(results: dict) -> str:
    lines = ["| documents | characters | clean build | peak RSS / PSS (all processes) | main process | "
             "incremental +1 % | ratio |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for size, r in results["scale"].items():
        c = r["clean"]
        lines.append(f"| {r['documents']:,} | {r['chars']:,} | {c['wall_s']} s (CPU {c['cpu_s']} s, main "
                     f"{c['main_cpu_s']} s) | {c['peak_rss_mb']} / {c['peak_pss_mb']} MB | {c['peak_rss_main_mb']} MB | "
                     f"{r['incremental']['wall_s']} s | {r['incremental_ratio']:.1%} |")
    if "dask" in results:
        d = results["dask"]
        lines += ["", f"Dask ({d['workers']} workers, LocalCluster): {d['documents']:,} documents in {d['wall_s']} s "
                      f"with the same outputs written (cluster start included); "
                      f"files identical to the local build: {d['same_files_as_local']}"]
    lines.append("")
    lines.append("| text | pass 1 | pass 2 | both passes | jieba.posseg | × posseg |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    for name, r in results.get("speed", {}).items():
        lines.append(f"| {name} | {r['pass1_chars_per_s']:,} | {r['pass2_chars_per_s']:,} | "
                     f"{r['both_passes_chars_per_s']:,} | {r['jieba_posseg_chars_per_s']:,} | "
                     f"{r['speedup_vs_jieba_posseg']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="policykg benchmarks (see docs/PERFORMANCE.md)")
    parser.add_argument("--sizes", default="10000,100000", help="Corpus sizes in documents (default 10000,100000).")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of policykg build (default 2).")
    parser.add_argument("--sample", type=int, default=1000, help="Documents of the extraction-speed sample.")
    parser.add_argument("--work", type=Path, default=HERE / "output" / "work", help="Build outputs go here.")
    parser.add_argument("--results", type=Path, default=HERE / "output" / "results.json")
    parser.add_argument("--dask", action="store_true", help="Also time the Dask path at the smallest size.")
    parser.add_argument("--no-speed", action="store_true", help="Skip the in-process extraction speed.")
    parser.add_argument("--keep", action="store_true", help="Keep the build outputs in --work.")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
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
    if not args.no_speed:
        results["speed"] = extraction_speed(sizes[0], args.sample)
    for size in sizes:
        results["scale"][label(size)] = scale(size, args.jobs, args.work, verify=size == sizes[0])
        if args.dask and size == sizes[0]:
            print(f"[{label(size)}] Dask on a LocalCluster …", flush=True)
            results["dask"] = dask_speed(size, args.work, args.jobs)
        if not args.keep:
            shutil.rmtree(args.work / f"out-{label(size)}", ignore_errors=True)
    if len(sizes) > 1:
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
