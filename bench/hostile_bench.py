"""Cost on hostile sizes (never part of the tests): work grows linearly with a document's length.

    .venv/bin/python bench/hostile_bench.py                     # both measurements
    .venv/bin/python bench/hostile_bench.py --no-single-line    # only the dense paragraphs
    .venv/bin/python bench/hostile_bench.py --megabytes 50      # a smaller single-line file

1. Entity-dense paragraphs of 100k, 200k and 400k characters (the seed pages without their line
   breaks, repeated), both passes in this process (CPU time, best of three), and jieba.lcut on the same
   text as the reference of a linear tool: the 400k paragraph must take at most 5 times the 100k one.
2. A file of one line of MEGABYTES MB (200 by default; the seed sentences in a random order, no line
   break at all, generated into bench/corpus/ when missing) built with ``policykg build FILE -o OUT --jobs 2`` as a subprocess:
   wall time and the peak of the summed RSS of the build and its workers (bench/run.py's Monitor) must
   stay under 5 minutes and 1.5 GB.

Results go to bench/output/hostile.json and a Markdown summary to standard output.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (bench/run.py: Monitor, run_build)

SIZES = (100_000, 200_000, 400_000)


def seed_text() -> str:
    """The seed pages as one paragraph (line breaks removed)."""
    return "".join(path.read_text(encoding="utf-8").replace("\n", "") for path in sorted((ROOT / "seeds").glob("*.txt")))


def paragraph(size: int) -> str:
    text = seed_text()
    return (text * (size // len(text) + 1))[:size]


def cpu_seconds(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def dense_paragraphs() -> dict:
    import jieba

    from policykg.model import Document
    from policykg.run import process_documents

    process_documents([Document("warm-up", paragraph(2_000))])
    jieba.lcut(paragraph(2_000))
    rows = []
    for size in SIZES:
        text = paragraph(size)
        seconds = cpu_seconds(lambda: process_documents([Document("p", text)]))
        reference = cpu_seconds(lambda: jieba.lcut(text))
        rows.append({"chars": size, "policykg_cpu_s": round(seconds, 3), "jieba_cpu_s": round(reference, 3)})
        print(f"paragraph of {size:,} characters: {seconds:.2f} s (jieba.lcut {reference:.2f} s)", flush=True)
    first, last = rows[0], rows[-1]
    return {"rows": rows, "ratio_400k_100k": round(last["policykg_cpu_s"] / first["policykg_cpu_s"], 2),
            "jieba_ratio_400k_100k": round(last["jieba_cpu_s"] / first["jieba_cpu_s"], 2)}


def single_line_file(megabytes: int) -> Path:
    """bench/corpus/single-line-NNNmb.txt: the sentences of the seed pages in a random order (seeded, so no
    two windows of the document repeat and none comes from the cache), on one line, MEGABYTES × 2**20
    bytes."""
    path = HERE / "corpus" / f"single-line-{megabytes}mb.txt"
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    sentences = [s + "。" for s in seed_text().split("。") if s]
    rng = random.Random(19)
    size = megabytes * 2**20
    with open(path.with_suffix(".tmp"), "wb") as handle:
        written = 0
        while written < size:
            piece = "".join(rng.choice(sentences) for _ in range(1000)).encode("utf-8")[:size - written]
            piece = piece.decode("utf-8", "ignore").encode("utf-8")  # whole characters only
            if not piece:
                break
            handle.write(piece)
            written += len(piece)
    path.with_suffix(".tmp").rename(path)
    return path


def single_line(megabytes: int, jobs: int) -> dict:
    path = single_line_file(megabytes)
    work = HERE / "output" / "hostile"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    result = run.run_build([str(path), "-o", str(work / "out"), "--jobs", str(jobs)], work / "build.log")
    result.update(megabytes=megabytes, bytes=path.stat().st_size)
    print(f"single line of {megabytes} MB: {result['wall_s']} s, peak RSS {result['peak_rss_mb']} MB "
          f"({result['summary']})", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=200, help="size of the single-line file")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-single-line", action="store_true")
    parser.add_argument("--no-paragraph", action="store_true")
    args = parser.parse_args()
    results: dict = {}
    if not args.no_paragraph:
        results["paragraphs"] = dense_paragraphs()
    if not args.no_single_line:
        results["single_line"] = single_line(args.megabytes, args.jobs)
    output = HERE / "output" / "hostile.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print("\n| measurement | result | bound |\n|---|---|---|")
    if "paragraphs" in results:
        p = results["paragraphs"]
        times = " / ".join(f"{row['policykg_cpu_s']:.2f}" for row in p["rows"])
        print(f"| dense paragraph 100k / 200k / 400k chars, CPU s | {times} (400k/100k = {p['ratio_400k_100k']}×; "
              f"jieba.lcut {p['jieba_ratio_400k_100k']}×) | ≤ 5× |")
    if "single_line" in results:
        s = results["single_line"]
        print(f"| single-line file of {s['megabytes']} MB, --jobs {args.jobs} | {s['wall_s']} s, peak RSS "
              f"{s['peak_rss_mb']} MB (all processes) | < 300 s, < 1,536 MB |")


if __name__ == "__main__":
    main()
