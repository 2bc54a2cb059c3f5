#!/usr/bin/env python3
"""Rebuild the evaluation texts that eval/gold/external/*_sources.tsv describe, from fetched git mirrors.

    .venv/bin/python scripts/rebuild_external.py [--mirrors /work/.mirror] [--out /work/notes/ext]
        [--out2 /work/notes/ext2] [--gold eval/gold/external] [--shared /work/shared/corpus/policy_texts] [NAME ...]

A mirror of github owner/name is looked for at MIRRORS/owner+name/repo or MIRRORS/owner+name (bare git
directories, as the `fetch` tool leaves them); a commit the mirror lacks is replaced by its newest commit (said
in the line). Every file name is rebuilt once (rows naming it in several sets must agree on the SHA-256; a second
text under the same name with another SHA-256 goes to --out2). One line per file:
    ok | MISMATCH (sha, chars) | NO SHA (the gold strings of the docs checked instead) | missing source | MANUAL
Kinds of row, told from the row's repository, path and notes:
    shared  the text is read in place from --shared ("not copied"): only its SHA-256 is checked there
    docx    'a.zip!member.docx': the member's text as policykg.ingest.read_documents gives it (zip member
            names without the UTF-8 flag are GBK, read as cp437 -> gbk)
    csv     a CSV file: the csv module's field (column full_text, or the one named '(column X'), unchanged
    jsonl   a JSON-lines file of reports ('(title T'): the record's content as the shared corpus cleans it (runs
            of blank lines made one, the Wikisource licence footer from '本作品是' cut, one final newline)
    xwlb    a 新闻联播 day, china-data/xwlb assets/YYYY/YYYYMMDD.json, items A-B ("items A-B of N" in the notes)
    md      a day of FrederickPi1969/xinwenlianbo-transcripts news/YYYY/YYYYMMDD.md, items A-B; without that
            mirror the same items are built from the china-data/xwlb JSON of the day (the texts agree). Where the
            JSON holds more items than the markdown's N, the ones the markdown leaves out are found by the SHA-256
            (or taken from MD_LEFT_OUT for a row without one)
    manual  anything else: listed as MANUAL, to be rebuilt by hand
News text: per item its title (without '[视频]') on a line, then its paragraphs; a line break only at <br/> in
the JSON (at a line break in the markdown), spaces normalised, empty lines and the stand-alone line
'央视网消息（新闻联播）：' dropped; items joined by newline, one final newline. Texts are written UTF-8, LF.
Exit status 1 when any file is not ok.

    .venv/bin/python scripts/rebuild_external.py --day YYYYMMDD [--items A-B] [--out DIR]
lists a new day's items, or builds items A-B the same way, for gold of a day no row names yet.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import itertools
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XWLB = "china-data/xwlb"
MD = "FrederickPi1969/xinwenlianbo-transcripts"
STANDALONE = "央视网消息（新闻联播）："
# Days whose markdown leaves out some of the JSON's items, for rows without a SHA-256 to find them by (the JSON
# item numbers, read from the stored markdown file); with a SHA-256 the left-out items are searched for.
MD_LEFT_OUT = {"20240305": (1, 9)}


class Missing(Exception):
    """The source (mirror, commit, path, member, field or item) is not to be had."""


def rows(gold: Path) -> list[dict]:
    """Every row of every *_sources.tsv, normalised to file, repo, commit, path, sha, notes, tsv."""
    out = []
    for tsv in sorted(gold.glob("*_sources.tsv")):
        with open(tsv, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                repo = r.get("repository") or r.get("repository_or_url") or ""
                repo = re.sub(r"^https://github\.com/", "", repo.split(" (")[0]).strip()
                if "commit_path" in r and ":" in (r["commit_path"] or ""):
                    commit, path = r["commit_path"].split(":", 1)
                else:
                    commit, path = r.get("commit") or "", r.get("path") or ""
                notes = " ".join(r.get(k) or "" for k in ("notes", "how_made"))
                column = re.search(r"\(column (\w+)", path)
                title = re.search(r"\(title (.+)\)\s*$", path)  # (a title may hold brackets: …步伐 (十四大))
                out.append({"file": r["file"], "repo": repo, "commit": commit.strip(),
                            "path": path.split(" (")[0].strip(), "column": column.group(1) if column else "full_text",
                            "title": title.group(1).strip() if title else "",
                            "sha": (r.get("sha256_of_txt") or r.get("sha256") or "").strip(),
                            "notes": notes, "raw": "\t".join(r.values()), "tsv": tsv.name})
    return out


def kind(row: dict, shared: Path) -> str:
    raw = row["raw"]
    if (shared / row["file"]).exists() and re.search(r"not copied|in place|shared corpus file", raw):
        return "shared"
    if row["repo"] == XWLB:
        return "xwlb"
    if row["repo"] == MD:
        return "md"
    if "!" in row["path"] and row["path"].lower().endswith(".docx"):
        return "docx"
    if row["path"].lower().endswith(".csv"):
        return "csv"
    if row["path"].lower().endswith(".jsonl") and row["title"]:
        return "jsonl"
    return "manual"


class Mirrors:
    def __init__(self, top: Path):
        self.top, self.notes = top, []

    def gitdir(self, repo: str) -> Path:
        base = self.top / repo.replace("/", "+")
        for d in (base / "repo", base):
            if (d / "HEAD").exists() or (d / ".git").exists():
                return d
        raise Missing(f"no mirror of {repo} under {self.top}")

    def show(self, repo: str, commit: str, path: str) -> bytes:
        d = self.gitdir(repo)
        git = ["git", "--git-dir", str(d)]
        if subprocess.run(git + ["cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True).returncode:
            self.notes.append(f"{repo}: commit {commit[:12]} missing, newest commit used")
            commit = "HEAD"
        p = subprocess.run(git + ["show", f"{commit}:{path}"], capture_output=True)
        if p.returncode:
            raise Missing(f"{repo}@{commit[:12]}:{path} not found")
        return p.stdout


def docx_text(data: bytes, member: str) -> str:
    from policykg.ingest import read_documents  # the project's reader, as the tsv rows say
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            name = info.filename if info.flag_bits & 0x800 else info.filename.encode("cp437").decode("gbk")
            if name == member:
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / Path(member).name
                    path.write_bytes(z.read(info))
                    docs = list(read_documents([path]))
                if len(docs) != 1:
                    raise Missing(f"{member}: the reader gave {len(docs)} documents")
                return docs[0].text
    raise Missing(f"zip member {member} not found")


def csv_field(data: bytes, column: str) -> str:
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    if len(records) != 1 or column not in records[0]:
        raise Missing(f"expected one CSV row with column {column}, got {len(records)} rows")
    return records[0][column]


def jsonl_report(data: bytes, title: str) -> str:
    found = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    found = [r["content"] for r in found if r.get("title") == title]
    if len(found) != 1:
        raise Missing(f"expected one record titled {title}, got {len(found)}")
    text = re.sub(r"\n{3,}", "\n\n", found[0]).split("\n本作品是")[0]
    return text.rstrip() + "\n"


def item_range(notes: str) -> tuple[int, int, int]:
    m = re.search(r"items (\d+)-(\d+) of (\d+)", notes)
    if not m:
        raise Missing("no 'items A-B of N' in the notes")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def clean_lines(text: str) -> list[str]:
    lines = (line.replace("\xa0", " ").replace("\u3000", " ").strip() for line in text.split("\n"))
    return [line for line in lines if line and line != STANDALONE]


def xwlb_items(data: bytes) -> dict[int, tuple[str, list[str]]]:
    items = {}
    for v in json.loads(data)["videoList"]:
        title = re.sub(r"^\[视频\]", "", v["video_title"]).strip()
        body = re.sub(r"<br\s*/?>", "\n", v["video_detail"]["content"])
        body = html.unescape(re.sub(r"<[^>]+>", "", body))
        items[int(v["num"])] = (title, clean_lines(body))
    return items


def md_items(data: bytes) -> dict[int, tuple[str, list[str]]]:
    items = {}
    for m in re.finditer(r"^## (\d+)\. (.*)\n((?:(?!## ).*\n?)*)", data.decode("utf-8"), re.M):
        body = "\n".join(x for x in m.group(3).split("\n") if not x.startswith("> 原文"))
        items[int(m.group(1))] = (m.group(2).strip(), clean_lines(body))
    return items


def news_text(items: dict, nums) -> str:
    try:
        parts = [items[n] for n in nums]
    except KeyError as e:
        raise Missing(f"item {e} not in the day") from None
    return "\n".join("\n".join([t] + body) for t, body in parts) + "\n"


def md_from_json(row: dict, items: dict, day: str, mirrors: Mirrors) -> str:
    """The markdown's items A-B built from the JSON's items; the markdown numbers them 1..N without the ones it
    leaves out (a day's JSON may hold more than the N of the notes)."""
    first, last, count = item_range(row["notes"])
    nums = sorted(items)
    extra = len(nums) - count
    if extra <= 0 or day in MD_LEFT_OUT:
        kept = [n for n in nums if n not in MD_LEFT_OUT.get(day, ())]
        return news_text(items, kept[first - 1:last])
    for left_out in itertools.combinations(nums, extra):  # searched: the combination that gives the SHA-256
        kept = [n for n in nums if n not in left_out]
        text = news_text(items, kept[first - 1:last])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha"]:
            mirrors.notes.append(f"{row['file']}: markdown items {first}-{last} = the JSON's {kept[first - 1:last]}")
            return text
    raise Missing(f"the JSON has {len(nums)} items, the markdown {count}: no choice of left-out items fits")


def build(row: dict, mirrors: Mirrors) -> str:
    k = row["kind"]
    if k == "docx":
        container, member = row["path"].split("!", 1)
        return docx_text(mirrors.show(row["repo"], row["commit"], container), member)
    if k == "csv":
        return csv_field(mirrors.show(row["repo"], row["commit"], row["path"]), row["column"])
    if k == "jsonl":
        return jsonl_report(mirrors.show(row["repo"], row["commit"], row["path"]), row["title"])
    if k == "md":
        first, last, _ = item_range(row["notes"])
        try:
            return news_text(md_items(mirrors.show(MD, row["commit"], row["path"])), range(first, last + 1))
        except Missing as e:
            mirrors.notes.append(f"{e}: the markdown days are built from {XWLB}")
        day = re.search(r"(\d{8})", row["path"]).group(1)
        return md_from_json(row, xwlb_items(mirrors.show(XWLB, "HEAD", f"assets/{day[:4]}/{day}.json")), day, mirrors)
    if k == "xwlb":
        first, last, _ = item_range(row["notes"])
        return news_text(xwlb_items(mirrors.show(XWLB, row["commit"], row["path"])), range(first, last + 1))
    raise Missing(f"no handler for kind {k}")


def gold_strings(gold: Path, name: str) -> list[str]:
    """The strings of the labels' 'must' lists of every gold doc called `name` (for texts without a SHA-256)."""
    found = []
    for g in sorted(gold.glob("*.json")):
        doc = json.loads(g.read_text(encoding="utf-8")).get("docs", {}).get(name) or {}
        for part in doc.values():
            if isinstance(part, dict):
                found += [s for s in part.get("must", []) if isinstance(s, str)]
    return found


def new_day(mirrors: Mirrors, day: str, items: str | None, out: Path) -> int:
    """List the items of a 新闻联播 day, or build items A-B as the xwlb rows of the *_sources.tsv files are built."""
    found = xwlb_items(mirrors.show(XWLB, "HEAD", f"assets/{day[:4]}/{day}.json"))
    if not items:
        for number, (title, body) in sorted(found.items()):
            print(number, title, sum(map(len, body)))
        return 0
    first, last = map(int, items.split("-"))
    text = news_text(found, range(first, last + 1))
    out.mkdir(parents=True, exist_ok=True)
    (out / f"xwlb_{day}.txt").write_bytes(text.encode("utf-8"))
    print(len(text), hashlib.sha256(text.encode("utf-8")).hexdigest(), f"items {first}-{last} of {len(found)}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=Path("/work/notes/ext"))
    ap.add_argument("--out2", type=Path, default=Path("/work/notes/ext2"))
    ap.add_argument("--gold", type=Path, default=ROOT / "eval/gold/external")
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/corpus/policy_texts"))
    ap.add_argument("names", nargs="*", help="only these files")
    ap.add_argument("--day", help="a new 新闻联播 day YYYYMMDD from the china-data/xwlb mirror: its items listed, or with "
                                  "--items A-B written to --out as xwlb_YYYYMMDD.txt (for new gold; chars, SHA-256 printed)")
    ap.add_argument("--items", help="the items A-B of --day")
    a = ap.parse_args(argv)
    mirrors, chosen, bad = Mirrors(a.mirrors), {}, 0
    if a.day:
        return new_day(mirrors, a.day, a.items, a.out)
    for row in rows(a.gold):
        if a.names and row["file"] not in a.names:
            continue
        row["kind"] = kind(row, a.shared)
        seen = chosen.setdefault(row["file"], [])
        same = [i for i, r in enumerate(seen) if r["sha"] == row["sha"] or not r["sha"] or not row["sha"]]
        if not same:  # another text under this name
            seen.append(row)
        elif row["sha"] and not seen[same[0]]["sha"]:  # the row with a SHA-256 is the one to check against
            seen[same[0]] = row
    for name, versions in chosen.items():
        for i, row in enumerate(versions):
            out = (a.out if i == 0 else a.out2) / name
            if i:
                print(f"{name}: second text under this name ({row['tsv']}), written to {a.out2}")
            if row["kind"] == "manual":
                print(f"{name}\tMANUAL\t{row['tsv']}: no handler for this row, rebuild it by hand")
                bad += 1
                continue
            try:
                if row["kind"] == "shared":
                    text, out = (a.shared / name).read_text(encoding="utf-8"), a.shared / name
                else:
                    text = build(row, mirrors)
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(text.encode("utf-8"))
            except Missing as e:
                print(f"{name}\tmissing source\t{e}")
                bad += 1
                continue
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if not row["sha"]:
                lost = [s for s in gold_strings(a.gold, name) if s not in text]
                status = "NO SHA, gold strings all found" if not lost else f"NO SHA, {len(lost)} gold strings not found"
                bad += bool(lost)
            elif sha == row["sha"]:
                status = "ok"
            else:
                status, bad = f"MISMATCH {sha[:12]} != {row['sha'][:12]}", bad + 1
            print(f"{name}\t{status}\t{row['kind']}\t{len(text)} chars\t{out}")
    for note in dict.fromkeys(mirrors.notes):
        print("note:", note)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
