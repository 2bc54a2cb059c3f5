"""Benchmark of the PDF, Word and HTML readers (docs/PERFORMANCE.md, "Reading PDF, Word and web pages").

    .venv/bin/python bench/readers_bench.py            # 100-page PDFs, 3 runs each
    .venv/bin/python bench/readers_bench.py --runs 5

Makes two 100-page PDFs from the State Council work reports in corpus/national_gwr (reportlab and
the CJK font of tests/ingest/pdf_pages.py): a report set in one column (A4, 12 pt) and a newspaper
set in four columns (A3, 9 pt, about 7 times the text per page). For each it measures, in this
process after a warm-up, the CPU time (`time.process_time`, best of the runs) of
`policykg.ingest.pdf.read_pdf` and, in the same run, of the reference tools: PDFium's own plain text
(`pypdfium2` `get_text_range` on every page: no reading order, no rejoined lines) and, when it is
installed, pdfminer.six's `extract_text` (layout analysis in pure Python). It also times the whole
process `policykg extract FILE --jobs 1` (start-up, reading, both extraction passes) and, in process,
the Word and HTML readers on the real files of ../shared/corpus/formats when they are there.

Results go to bench/output/readers.json and a Markdown table on standard output.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from pdf_pages import FONT_NAME, cjk_font, register, text_pdf, wrap  # noqa: E402

OUTPUT = HERE / "output"
FORMATS = ROOT.parent / "shared" / "corpus" / "formats"
PAGES = 100


def paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "national_gwr").glob("*.txt"))]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def report_pdf(path: Path, font: str) -> Path:
    """100 A4 pages of 40 lines in one column."""
    lines_per_page, chosen, used = 40, [], 0
    register(font)
    for paragraph in paragraphs():
        used += len(wrap(paragraph, 595.0 - 144, 12.0, indent=24.0))
        chosen.append(paragraph)
        if used >= PAGES * lines_per_page:
            break
    text_pdf(path, chosen, font, lines_per_page=lines_per_page)
    return path


def newspaper_pdf(path: Path, font: str) -> Path:
    """100 A3 pages of four 9 pt columns, each page headed by a headline over the columns."""
    from reportlab.pdfgen import canvas as pdf_canvas

    register(font)
    width, height, margin, gutter, size = 842.0, 1191.0, 50.0, 14.0, 9.0
    column = (width - 2 * margin - 3 * gutter) / 4
    per_column = math.floor((height - 2 * margin - 40) / (1.5 * size))
    lines = [(2 * size if i == 0 else 0.0, line) for paragraph in paragraphs()
             for i, line in enumerate(wrap(paragraph, column, size, indent=2 * size))]
    canvas = pdf_canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    for page in range(PAGES):
        canvas.setFont(FONT_NAME, 20)
        canvas.drawCentredString(width / 2, height - margin - 20, f"政府工作报告 第{page + 1}部分")
        canvas.setFont(FONT_NAME, size)
        for n in range(4):
            start = (page * 4 + n) * per_column % max(1, len(lines) - per_column)
            for k, (indent, line) in enumerate(lines[start: start + per_column]):
                canvas.drawString(margin + n * (column + gutter) + indent, height - margin - 40 - k * 1.5 * size, line)
        canvas.drawCentredString(width / 2, 24, f"— {page + 1} —")
        canvas.showPage()
    canvas.save()
    return path


def best_cpu(function, runs: int) -> tuple[float, object]:
    function()  # warm-up: imports, PDFium, fonts
    best, result = math.inf, None
    for _ in range(runs):
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def plain_pdfium(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return sum(len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
    finally:
        pdf.close()


def whole_process(path: Path, tmp: Path) -> tuple[float, float]:
    """Wall and CPU seconds of `policykg extract FILE --jobs 1` (children's CPU time)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "policykg"), "extract", str(path), "--jobs", "1", "-o",
                    str(tmp)], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    font = cjk_font()
    if font is None:
        sys.exit("no CJK font: scripts/install.sh --all installs fonts-wqy-microhei")
    from policykg.ingest.pdf import read_pdf

    OUTPUT.mkdir(exist_ok=True)
    results: dict = {"pdf": [], "other": []}
    for name, make in (("report, 1 column", report_pdf), ("newspaper, 4 columns", newspaper_pdf)):
        path = make(OUTPUT / f"{name.split(',')[0]}-{PAGES}pages.pdf", font)
        seconds, laid = best_cpu(lambda: read_pdf(path), args.runs)
        row = {"pdf": name, "pages": PAGES, "chars": len(laid.text), "policykg_read_pdf_s": round(seconds, 3),
               "pdfium_plain_text_s": round(best_cpu(lambda: plain_pdfium(path), args.runs)[0], 3)}
        try:
            from pdfminer.high_level import extract_text
        except ImportError:
            row["pdfminer_six_s"] = None
        else:
            row["pdfminer_six_s"] = round(best_cpu(lambda: extract_text(str(path)), 1)[0], 3)
        wall, cpu = whole_process(path, OUTPUT / "readers-extract.jsonl")
        row["policykg_extract_process_wall_s"], row["policykg_extract_process_cpu_s"] = round(wall, 2), round(cpu, 2)
        results["pdf"].append(row)
    if FORMATS.is_dir():
        from policykg.ingest.webpage import read_html
        from policykg.ingest.word import read_docx

        for path in sorted(FORMATS.glob("*.docx")) + sorted(FORMATS.glob("*.html")):
            read = read_docx if path.suffix == ".docx" else read_html
            seconds, laid = best_cpu(lambda: read(path), args.runs)
            results["other"].append({"file": path.name, "chars": len(laid.text), "seconds": round(seconds, 4)})
    (OUTPUT / "readers.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print("| PDF (100 pages) | chars | policykg read_pdf | PDFium plain text | pdfminer.six | `policykg extract` process |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in results["pdf"]:
        miner = f"{row['pdfminer_six_s']:.2f} s" if row["pdfminer_six_s"] is not None else "not installed"
        print(f"| {row['pdf']} | {row['chars']:,} | **{row['policykg_read_pdf_s']:.2f} s** | "
              f"{row['pdfium_plain_text_s']:.2f} s | {miner} | {row['policykg_extract_process_wall_s']:.1f} s wall, "
              f"{row['policykg_extract_process_cpu_s']:.1f} s CPU |")
    for row in results["other"]:
        print(f"- {row['file']}: {row['chars']:,} chars in {row['seconds'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
