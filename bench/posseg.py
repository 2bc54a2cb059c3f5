"""The reference of the whole-process benchmarks: jieba.posseg over the same inputs as `policykg extract`.

    python bench/posseg.py PATH...      # .txt files, folders of them, or JSONL corpora (one {"text": …} a line)

Prints one line per word, "word<TAB>tag", as a tagger run on the command line would, so its start-up
(importing jieba, loading its dictionaries) and its output count as they do for policykg.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path


def texts(paths: list[str]):
    for arg in paths:
        path = Path(arg)
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                with file.open(encoding="utf-8") as handle:
                    for line in handle:
                        if line.strip():
                            yield json.loads(line)["text"]
            else:
                yield file.read_text(encoding="utf-8")


def main() -> None:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    out = sys.stdout
    for text in texts(sys.argv[1:]):
        out.write("".join(f"{pair.word}\t{pair.flag}\n" for pair in jieba.posseg.cut(text)))


if __name__ == "__main__":
    main()
