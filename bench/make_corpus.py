"""Generate the scale corpus of the benchmarks from the real texts.

Paragraphs of the policy texts in ../shared/corpus/policy_texts/ and of seeds/
are shuffled into news-sized documents (4–16 paragraphs, about 1,900
characters on average) with dates spread over 2013–2025. Document i depends
only on the seed and i, so the 10k corpus is the first tenth of the 100k one
and every run gives the same files.

    python bench/make_corpus.py                 # 10k and 100k, plus the +1% extra files
    python bench/make_corpus.py --sizes 10000   # only 10k

Layout (bench/corpus/ is gitignored; 1,000 documents per JSONL file):

    bench/corpus/docs-10k/part-00000.jsonl … part-00009.jsonl
    bench/corpus/docs-100k/part-00000.jsonl … part-00099.jsonl
    bench/corpus/extra-10k/part-extra.jsonl      100 new documents (+1 %)
    bench/corpus/extra-100k/part-extra.jsonl   1,000 new documents (+1 %)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT.parent / "shared" / "corpus" / "policy_texts"
SEEDS = ROOT / "seeds"
OUT = ROOT / "bench" / "corpus"
PER_FILE = 1000
SEED = 20240509
EXTRA_OFFSET = 10_000_000  # document numbers of the +1% documents: never in the base corpora
SOURCES = ("重庆日报", "人民日报", "北京日报", "解放日报", "南方日报", "浙江日报", "四川日报", "新华社")
FIRST_DAY = dt.date(2013, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1


def paragraphs() -> list[list[str]]:
    """The paragraphs of each source text (policy texts by line, seeds by blank line, as written)."""
    texts = []
    for path in sorted(TEXTS.glob("*.txt")):
        lines = [line.strip().strip("\u3000").strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts.append([line for line in lines if line])
    for path in sorted(SEEDS.glob("*.txt")):
        blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        texts.append([b.strip() for b in blocks if b.strip()])
    if not texts:
        raise SystemExit(f"no texts in {TEXTS} or {SEEDS}")
    return texts


def document(number: int, texts: list[list[str]]) -> dict:
    """Document `number`: paragraphs mostly from one text (70 %), the rest from any, shuffled."""
    rng = random.Random(f"{SEED}:{number}")
    home = rng.randrange(len(texts))
    chosen = []
    for _ in range(rng.randint(4, 16)):
        source = texts[home] if rng.random() < 0.7 else texts[rng.randrange(len(texts))]
        chosen.append(source[rng.randrange(len(source))])
    rng.shuffle(chosen)
    headline = min(chosen, key=len)[:40]
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    return {"id": f"bench-{number:08d}", "date": date.isoformat(), "title": headline,
            "source": SOURCES[home % len(SOURCES)], "text": "\n".join(chosen)}


def write_files(folder: Path, numbers: range, texts: list[list[str]], per_file: int = PER_FILE) -> int:
    """Write the documents `numbers` into folder/part-NNNNN.jsonl; returns the characters written."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for part, first in enumerate(range(numbers.start, numbers.stop, per_file)):
        name = "part-extra.jsonl" if numbers.start >= EXTRA_OFFSET else f"part-{part:05d}.jsonl"
        temp = folder / f".{name}.tmp"
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            for number in range(first, min(first + per_file, numbers.stop)):
                doc = document(number, texts)
                chars += len(doc["text"])
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        os.replace(temp, folder / name)
    return chars


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def make(size: int, texts: list[list[str]] | None = None, out: Path = OUT) -> tuple[Path, Path]:
    """The corpus of `size` documents and its +1% extra file; reused when already complete."""
    texts = texts or paragraphs()
    base, extra = out / f"docs-{label(size)}", out / f"extra-{label(size)}"
    files = -(-size // PER_FILE)
    if len(list(base.glob("part-*.jsonl"))) != files:
        for old in base.glob("part-*.jsonl"):
            old.unlink()
        write_files(base, range(size), texts)
    if not (extra / "part-extra.jsonl").is_file():
        write_files(extra, range(EXTRA_OFFSET, EXTRA_OFFSET + max(1, size // 100)), texts, per_file=size)
    return base, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="Comma-separated corpus sizes (documents).")
    parser.add_argument("--out", type=Path, default=OUT, help="Folder for the corpora (default bench/corpus).")
    args = parser.parse_args()
    texts = paragraphs()
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        base, extra = make(size, texts, args.out)
        chars = sum(len(json.loads(line)["text"]) for f in sorted(base.glob("*.jsonl"))
                    for line in f.open(encoding="utf-8"))
        print(f"{base}: {size} documents, {chars:,} characters; {extra}: +{max(1, size // 100)} documents")


if __name__ == "__main__":
    main()
