"""PDF pages made for the reader tests and the benchmark with reportlab and a CJK font from the machine.

`newspaper_pdf` sets articles as a newspaper does: a running header and a page number on every
page, each article's headline and decks centred across its region and its text in balanced
columns with indented paragraphs and the byline set right. Page 1 holds the first article in four
columns; page 2 the next two side by side in two columns each.
"""
from __future__ import annotations

import math
import subprocess
from pathlib import Path

FONT_NAME = "CJK"
PAGE = (842.0, 1191.0)  # A3 portrait, in points
MARGIN = 50.0
BODY, DECK, HEADLINE = 9.0, 13.0, 20.0
LEADING = 1.5
GUTTER, REGION_GAP = 14.0, 26.0


def cjk_font() -> str | None:
    """A font file with Chinese glyphs (WenQuanYi Micro Hei from fonts-wqy-microhei, else fontconfig's pick)."""
    known = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if known.is_file():
        return str(known)
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return found if found.endswith((".ttf", ".ttc", ".otf")) and Path(found).is_file() else None


def register(font: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, font, subfontIndex=0) if font.endswith(".ttc")
                                else TTFont(FONT_NAME, font))


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Lines of at most `width` points, broken between any two characters (as Chinese is set)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current, used, limit = [], "", 0.0, width - indent
    for ch in text:
        w = stringWidth(ch, FONT_NAME, size)
        if current and used + w > limit:
            lines.append(current)
            current, used, limit = "", 0.0, width
            if ch == " ":
                continue
        current += ch
        used += w
    if current:
        lines.append(current)
    return lines


def _header(canvas, number: int) -> None:
    width, height = PAGE
    canvas.setFont(FONT_NAME, BODY)
    top = height - 30
    canvas.drawString(MARGIN, top, "重庆日报")
    canvas.drawCentredString(width / 2, top, "2025年3月22日 星期六")
    canvas.drawRightString(width - MARGIN, top, f"第{number}版 要闻")
    canvas.line(MARGIN, top - 6, width - MARGIN, top - 6)
    canvas.drawCentredString(width / 2, 24, f"— {number} —")


def _article(canvas, paragraphs: list[tuple[str, str]], x0: float, x1: float, top: float, columns: int) -> float:
    """Set one article in the region [x0, x1] from `top` down; returns the bottom."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    y = top
    started = False
    body_lines: list[tuple[str, str]] = []  # (alignment, text)
    column_width = (x1 - x0 - GUTTER * (columns - 1)) / columns
    for kind, text in paragraphs:
        if not started and kind == "headline":
            size = HEADLINE if y == top else DECK
            canvas.setFont(FONT_NAME, size)
            for line in wrap(text, x1 - x0, size):
                y -= size * 1.25
                canvas.drawCentredString((x0 + x1) / 2, y, line)
            y -= size * 0.5
            continue
        started = True
        if kind == "body":
            lines = wrap(text, column_width, BODY, indent=2 * BODY)
            body_lines += [("indent", lines[0])] + [("left", line) for line in lines[1:]]
        elif kind == "byline":  # set right, or from the left when it takes more than one line
            lines = wrap(text, column_width, BODY)
            body_lines += [("right" if len(lines) == 1 else "left", line) for line in lines]
        else:
            body_lines += [("left", line) for line in wrap(text, column_width, BODY)]
    per_column = math.ceil(len(body_lines) / columns)
    canvas.setFont(FONT_NAME, BODY)
    for n in range(columns):
        left = x0 + n * (column_width + GUTTER)
        line_y = y - BODY
        for alignment, text in body_lines[n * per_column: (n + 1) * per_column]:
            if alignment == "right":
                canvas.drawString(left + column_width - stringWidth(text, FONT_NAME, BODY), line_y, text)
            else:
                canvas.drawString(left + (2 * BODY if alignment == "indent" else 0), line_y, text)
            line_y -= BODY * LEADING
    return y - BODY - per_column * BODY * LEADING


def newspaper_pdf(path: Path, articles: list[list[tuple[str, str]]], font: str) -> Path:
    """`articles`: each a list of (kind, text), kind headline, body, byline or other (from a parsed page)."""
    from reportlab.pdfgen import canvas as pdf_canvas

    register(font)
    canvas = pdf_canvas.Canvas(str(path), pagesize=PAGE, invariant=1)
    width, height = PAGE
    top = height - 60
    _header(canvas, 1)
    bottom = _article(canvas, articles[0], MARGIN, width - MARGIN, top, 4)
    assert bottom > 40, "the first article does not fit on its page"
    canvas.showPage()
    _header(canvas, 2)
    middle = width / 2
    for article, (x0, x1) in zip(articles[1:3], ((MARGIN, middle - REGION_GAP / 2), (middle + REGION_GAP / 2,
                                                                                      width - MARGIN))):
        assert _article(canvas, article, x0, x1, top, 2) > 40, "an article does not fit on page 2"
    canvas.showPage()
    canvas.save()
    return path


def text_pdf(path: Path, paragraphs: list[str], font: str, lines_per_page: int = 40, size: float = 12.0) -> Path:
    """Paragraphs flowed over A4 pages in one column (first lines indented), a page number under each."""
    from reportlab.pdfgen import canvas as pdf_canvas

    register(font)
    lines = [(2 * size if i == 0 else 0.0, line) for paragraph in paragraphs
             for i, line in enumerate(wrap(paragraph, 595.0 - 144, size, indent=2 * size))]
    canvas = pdf_canvas.Canvas(str(path), pagesize=(595.0, 842.0), invariant=1)
    for number, first in enumerate(range(0, len(lines), lines_per_page), start=1):
        canvas.setFont(FONT_NAME, size)
        for n, (indent, line) in enumerate(lines[first: first + lines_per_page]):
            canvas.drawString(72 + indent, 842.0 - 72 - n * size * 1.6, line)
        canvas.drawCentredString(595.0 / 2, 40, f"- {number} -")
        canvas.showPage()
    canvas.save()
    return path


def justified_pdf(path: Path, lines: list[tuple[str, str]], font: str, size: float = 12.0) -> list[str]:
    """One paragraph set line by line: each line is (head, tail); every line but the last is filled to
    the measure with 国 characters between head and tail and justified by letter spacing, the first is
    indented by two characters. Returns the lines as drawn."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as pdf_canvas

    register(font)
    canvas = pdf_canvas.Canvas(str(path), invariant=1)
    measure, y = 26 * size, 760.0
    drawn = []
    for n, (head, tail) in enumerate(lines):
        indent = 2 * size if n == 0 else 0.0
        line = head + tail
        last = n == len(lines) - 1
        while not last and stringWidth(line + "国", FONT_NAME, size) <= measure - indent:
            head += "国"
            line = head + tail
        text = canvas.beginText(72 + indent, y)
        text.setFont(FONT_NAME, size)
        if not last:
            text.setCharSpace((measure - indent - stringWidth(line, FONT_NAME, size)) / (len(line) - 1))
        text.textLine(line)
        canvas.drawText(text)
        drawn.append(line)
        y -= 1.6 * size
    canvas.save()
    return drawn
