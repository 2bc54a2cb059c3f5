"""PDF files: the text layer in reading order, page furniture dropped, paragraphs rejoined.

Each character comes from PDFium (pypdfium2) with its box, baseline and font size. Characters
on one baseline form a line, cut where a gap wider than a character opens (column gutters);
lines of one font size stacked closely and overlapping horizontally form a block (a column,
a headline, a caption). Blocks are put in reading order by recursive XY-cut: a page is cut
along empty bands into columns when they all begin at its top, else into rows, then each part
again, so columns are read one after the other, side-by-side stories one after the other, and a
headline before the columns under it even when it is narrower than they. Lines in the margins that are
page numbers ("— 1 —", "第 2 页", "3/10") or that repeat on other pages (running headers and
footers, digits ignored) are dropped.

Lines are rejoined into paragraphs: a paragraph ends where a line stops short of its block's
right edge or the next line is indented, and continues into the next block (the next column
or page) when its last line is full, does not end a sentence, and the next block's first line
is not indented. A soft hyphen ends a line without a trace and stands for a hyphen inside one;
a hyphen between Latin letters at a line end goes too, a hyphen before Chinese stays.
Lines spread out to a fixed width (the stacked issuers of a joint official document) stay
apart. Headings are paragraphs set at least 15 % larger than the body text.
"""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError
from policykg.ingest.layout import Laid, Layout, word_break
from policykg.ingest.repair import CLOSERS, TERMINAL

HEADING = 1.15  # a block set this much larger than the body text is a heading
MARGIN = 0.12  # share of the page height at the top and bottom where running headers and footers sit
_LATIN_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_PAGE_NUMBER = re.compile(r"^(?:[-—–－―_·•~〜]*\d{1,4}[-—–－―_·•~〜]*|第\d{1,4}页(?:共\d{1,4}页)?|共\d{1,4}页第\d{1,4}页"
                          r"|\d{1,4}/\d{1,4}|(?:page|p\.?)\d{1,4}(?:of\d{1,4})?|[ivxlc]{1,6}|[（(]\d{1,4}[)）])$",
                          re.IGNORECASE)
_FILE_TITLE = re.compile(r"^(?:Microsoft Word - |untitled)|\.(?:docx?|wps|pdf|rtf|txt)$", re.IGNORECASE)


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    y0: float  # bottom (PDF space: y grows upwards)
    y1: float  # top
    size: float  # font size
    stretched: bool  # spread out to a width: stands alone


@dataclass(slots=True)
class _Block:
    lines: list[_Line]
    x0: float
    x1: float
    y0: float
    y1: float
    size: float

    def add(self, line: _Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)
        self.y0 = min(self.y0, line.y0)


@dataclass(slots=True)
class _Paragraph:
    lines: list[_Line]
    size: float
    page: int
    continues: bool  # may continue the paragraph before it (first in its block, not indented)
    open_end: bool  # may go on in the next block (last in its block, last line full, no sentence end)


def read_pdf(path: Path) -> Laid:
    """The text of a PDF's text layer; raises InputError when it has none or cannot be opened."""
    import pypdfium2

    name = str(path)
    try:
        pdf = pypdfium2.PdfDocument(name)
    except pypdfium2.PdfiumError as err:
        reason = str(err)
        if "password" in reason.lower():
            raise InputError(name, "encrypted PDF: it needs a password; save an unprotected copy") from None
        detail = reason.split("(", 1)[-1].rstrip(").") if "(" in reason else reason
        raise InputError(name, f"not a readable PDF ({detail.replace('PDFium: ', '')})") from None
    try:
        pages, scanned, garbled = [], [], []
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            textpage = page.get_textpage()
            chars, bad = _chars(textpage)
            _, bottom, _, top = page.get_bbox()
            if not chars and _has_images(page):
                scanned.append(number)
            if bad > 0.3 * max(1, len(chars)):
                garbled.append(number)
                chars = []
            pages.append((_lines(chars), bottom, top))
            textpage.close()
            page.close()
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    finally:
        pdf.close()
    _drop_furniture(pages)
    body = _body_size(lines for lines, _, _ in pages)
    paragraphs = []
    for number, (lines, _, _) in enumerate(pages, start=1):
        blocks = _blocks(lines)
        for block in _reading_order(blocks):
            width = _width_under(block, blocks) if block.size >= HEADING * body else None
            paragraphs.extend(_paragraphs(block, number, width))
    layout = _layout(paragraphs, body)
    warnings = []
    if garbled:
        warnings.append(f"{_pages(garbled, len(pages))} a text layer without Unicode mapping (garbled); not read")
    if scanned:
        warnings.append(f"{_pages(scanned, len(pages))} no text layer (scanned images?); OCR them to read them")
    if not layout.blocks:
        if scanned:
            raise InputError(name, "no text layer: the pages are scanned images; OCR the file first "
                                   "(e.g. with ocrmypdf) and read the result")
        raise InputError(name, "no text in the PDF" + (" that has a Unicode mapping" if garbled else ""))
    meta = {"title": title} if title and not _FILE_TITLE.search(title) else {}
    return layout.laid(meta, warnings)


def _pages(numbers: list[int], total: int) -> str:
    listed = ", ".join(map(str, numbers[:10])) + (", …" if len(numbers) > 10 else "")
    return f"page {listed} of {total} has" if len(numbers) == 1 else f"pages {listed} of {total} have"


def _has_images(page) -> bool:
    import pypdfium2.raw as pdfium_c

    handle = page.raw
    return any(pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(handle, i)) == pdfium_c.FPDF_PAGEOBJ_IMAGE
               for i in range(pdfium_c.FPDFPage_CountObjects(handle)))


def _chars(textpage) -> tuple[list[tuple], int]:
    """(baseline, x0, x1, bottom, top, font size, char) of every drawn character, and how many have no
    Unicode."""
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    unicode_of, generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
    loose_box, origin, font_size = (pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin,
                                    pdfium_c.FPDFText_GetFontSize)
    box, x, y = pdfium_c.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y)
    chars, bad = [], 0
    count = pdfium_c.FPDFText_CountChars(handle)
    i = 0
    while i < count:
        code = unicode_of(handle, i)
        index, i = i, i + 1
        if code in (10, 13, 0) or (code == 32 and generated(handle, index) == 1):
            continue
        if 0xD800 <= code < 0xDC00 and i < count:  # a UTF-16 surrogate pair
            low = unicode_of(handle, i)
            if 0xDC00 <= low < 0xE000:
                code, i = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), i + 1
        if 0xD800 <= code < 0xE000 or code == 0xFFFD or 0xE000 <= code < 0xF900:
            bad += 1
            continue
        loose_box(handle, index, box_ref)
        origin(handle, index, x_ref, y_ref)
        size = font_size(handle, index)
        if size <= 1.5:  # a font set at size 1 and scaled by the text matrix: its box's height instead
            size = max(box.top - box.bottom, 0.1)
        chars.append((y.value, box.left, box.right, box.bottom, box.top, size, chr(code)))
    return chars, bad


def _lines(chars: list[tuple]) -> list[_Line]:
    """Characters grouped by baseline, each group cut at gaps wider than a character."""
    chars.sort(key=lambda c: (-c[0], c[1]))
    lines: list[_Line] = []
    group: list[tuple] = []
    for char in chars:
        if group and group[0][0] - char[0] > 0.25 * max(group[0][5], char[5], 1.0):
            lines.extend(_pieces(group))
            group = []
        group.append(char)
    if group:
        lines.extend(_pieces(group))
    return lines


def _pieces(group: list[tuple]) -> list[_Line]:
    """A baseline's characters from left to right, cut where a gap wider than a character opens."""
    group = sorted((c for c in group if not c[6].isspace()), key=lambda c: c[1])
    pieces, current, last = [], [], None
    for char in group:
        if last is not None:
            if char[6] == last[6] and abs(char[1] - last[1]) < 0.3 * char[5]:
                continue  # drawn twice (fake bold)
            if char[1] - last[2] > 0.9 * (char[5] if char[5] > last[5] else last[5]):
                pieces.append(_line(current))
                current = []
        current.append(char)
        last = char
    if current:
        pieces.append(_line(current))
    return pieces


def _line(chars: list[tuple]) -> _Line:
    """One line piece; a space goes where the gap is wide for its neighbours (Chinese: a quarter em,
    between Chinese and Latin: more than half an em, Latin: a sixth), but not in spread-out lines."""
    sizes = sorted(c[5] for c in chars)
    em = max(sizes[len(sizes) // 2], 1.0)
    latin = [c[6] in _LATIN_CHARS for c in chars]
    gaps = [(right[1] - left[2]) / em for left, right in zip(chars, chars[1:])]
    chinese_gaps = sorted(g for g, a, b in zip(gaps, latin, latin[1:]) if not a and not b)
    stretched = len(chinese_gaps) >= 2 and chinese_gaps[len(chinese_gaps) // 2] > 0.15
    thresholds = (0.25, 0.6, 0.16)
    text = [chars[0][6]]
    for right, gap, a, b in zip(chars[1:], gaps, latin, latin[1:]):
        if gap > thresholds[a + b] and not (stretched and not a and not b):
            text.append(" ")
        text.append(right[6])
    return _Line("".join(text), min(c[1] for c in chars), max(c[2] for c in chars), min(c[3] for c in chars),
                 max(c[4] for c in chars), sizes[len(sizes) // 2], stretched)


def _drop_furniture(pages: list[tuple[list[_Line], float, float]]) -> None:
    """Remove page numbers and running headers and footers from the pages' lines (in place)."""
    def margin(line: _Line, bottom: float, top: float) -> str | None:
        middle, band = (line.y0 + line.y1) / 2, MARGIN * (top - bottom)
        return "top" if middle > top - band else "bottom" if middle < bottom + band else None

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", "".join(line.text.split()))

    seen: Counter = Counter()
    for lines, bottom, top in pages:
        seen.update({(zone, key(line)) for line in lines if (zone := margin(line, bottom, top))})
    repeated = {k for k, n in seen.items() if n >= 2 and n >= 0.4 * len(pages)}
    for lines, bottom, top in pages:
        lines[:] = [line for line in lines
                    if not ((zone := margin(line, bottom, top))
                            and (_PAGE_NUMBER.match("".join(line.text.split())) or (zone, key(line)) in repeated))]


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Lines stacked closely, overlapping horizontally and of one font size, as blocks."""
    lines = sorted(lines, key=lambda line: (-line.y1, line.x0))
    blocks: list[_Block] = []
    active: list[_Block] = []
    for line in lines:
        active = [b for b in active if b.lines[-1].y0 - line.y1 <= 1.5 * max(b.size, line.size)]
        best, best_overlap = None, 0.0
        for block in active:
            last = block.lines[-1]
            gap = last.y0 - line.y1
            if not -0.3 * line.size <= gap <= 0.9 * line.size or abs(block.size - line.size) > 0.15 * block.size:
                continue
            overlap = min(block.x1, line.x1) - max(block.x0, line.x0)
            if overlap >= 0.5 * min(block.x1 - block.x0, line.x1 - line.x0) and overlap > best_overlap:
                best, best_overlap = block, overlap
        if best is None:
            best = _Block([line], line.x0, line.x1, line.y0, line.y1, line.size)
            blocks.append(best)
            active.append(best)
        else:
            best.add(line)
    return blocks


def _reading_order(blocks: list[_Block]) -> list[_Block]:
    """Recursive XY-cut: rows top to bottom, columns left to right.

    When a region can be cut both ways, it is cut into columns only if they all begin at its
    top (side-by-side stories, the columns of one story); otherwise into rows (a headline
    narrower than the columns under it comes first).
    """
    if len(blocks) < 2:
        return blocks
    rows, _ = _cut(blocks, lambda b: (-b.y1, -b.y0))
    columns, _ = _cut(blocks, lambda b: (b.x0, b.x1))
    if len(rows) < 2 and len(columns) < 2:
        return sorted(blocks, key=lambda b: (-b.y1, b.x0))
    if len(columns) >= 2 and len(rows) >= 2:
        top = max(b.y1 for b in blocks)
        line = 2 * sorted(b.size for b in blocks)[len(blocks) // 2]
        aligned = all(top - max(b.y1 for b in column) <= line for column in columns)
        parts = columns if aligned else rows
    else:
        parts = columns if len(columns) >= 2 else rows
    return [block for part in parts for block in _reading_order(part)]


def _cut(blocks: list[_Block], span) -> tuple[list[list[_Block]], float]:
    """Blocks grouped by empty bands along one axis, and the widest band."""
    ordered = sorted(blocks, key=span)
    groups = [[ordered[0]]]
    reach = span(ordered[0])[1]
    widest = 0.0
    for block in ordered[1:]:
        start, end = span(block)
        if start > reach + 0.5:
            widest = max(widest, start - reach)
            groups.append([])
        groups[-1].append(block)
        reach = max(reach, end)
    return groups, widest


def _width_under(heading: _Block, blocks: list[_Block]) -> float:
    """The width a heading stands over: the row of blocks right under it, followed across gutters."""
    below = [b for b in blocks if b.y1 <= heading.y0 + 0.5]
    under = [b for b in below if min(b.x1, heading.x1) > max(b.x0, heading.x0)]
    if not under:
        return float("inf")  # nothing to measure it against: every line stands alone
    top = max(b.y1 for b in under)
    row = [b for b in below if b.y1 >= top - 2 * b.size]
    left, right = min(b.x0 for b in under), max(b.x1 for b in under)
    grown = True
    while grown:
        grown = False
        for b in row:
            if (b.x0 < left or b.x1 > right) and b.x1 > left - 2.5 * b.size and b.x0 < right + 2.5 * b.size:
                left, right, grown = min(left, b.x0), max(right, b.x1), True
    return max(right - left, heading.x1 - heading.x0)


def _paragraphs(block: _Block, page: int, heading_width: float | None) -> list[_Paragraph]:
    """A block's lines cut into paragraphs. Body text breaks at short lines and indents; a heading
    (`heading_width`: the width it stands over) after a line that does not fill that width; both
    at lines spread out to a width."""
    em = block.size
    several = len(block.lines) > 1
    heading = heading_width is not None

    def indented(line: _Line) -> bool:
        return several and line.x0 - block.x0 > 0.6 * em

    def short(line: _Line) -> bool:
        return block.x1 - line.x1 > 1.0 * em

    def breaks(previous: _Line, line: _Line) -> bool:
        if previous.stretched or line.stretched:
            return True
        if heading:
            return previous.x1 - previous.x0 < 0.85 * heading_width
        return indented(line) or short(previous)

    paragraphs: list[_Paragraph] = []
    for i, line in enumerate(block.lines):
        if i == 0 or breaks(block.lines[i - 1], line):
            paragraphs.append(_Paragraph([line], block.size, page, i == 0 and not heading and not indented(line),
                                         False))
        else:
            paragraphs[-1].lines.append(line)
    last = paragraphs[-1]
    ending = last.lines[-1].text.rstrip(CLOSERS)
    last.open_end = several and not heading and not short(last.lines[-1]) and \
        not (ending and ending[-1] in TERMINAL)
    return paragraphs


def _body_size(pages) -> float:
    """The font size most of the text is set in."""
    sizes: Counter = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _layout(paragraphs: list[_Paragraph], body: float) -> Layout:
    """Paragraphs joined across blocks where they run on, headings by size, as a Layout."""
    runs: list[tuple[str, list[list]]] = []  # (kind, [[text, page], ...]): a paragraph and its pieces per block
    previous: _Paragraph | None = None
    for paragraph in paragraphs:
        kind = "heading" if paragraph.size >= HEADING * body else "paragraph"
        text = _join_lines(paragraph.lines)
        if (previous is not None and previous.open_end and paragraph.continues
                and abs(previous.size - paragraph.size) <= 0.1 * previous.size):
            last = runs[-1][1][-1]
            glued = _glue(last[0], text)  # the previous piece's end, as joining the two lines leaves it
            last[0] = glued[:len(glued) - len(text)].rstrip(" ")
            runs[-1][1].append([text, paragraph.page])
        else:
            runs.append((kind, [[text, paragraph.page]]))
        previous = paragraph
    layout = Layout()
    for kind, pieces in runs:
        for i, (text, page) in enumerate(pieces):
            layout.add(text.replace("\u00ad", "-").replace("\x02", "-"), kind, page, joined=i > 0)
    return layout


def _join_lines(lines: list[_Line]) -> str:
    """The lines of one paragraph as one (see `_glue`)."""
    text = lines[0].text
    for line in lines[1:]:
        text = _glue(text, line.text)
    return text


def _glue(left: str, right: str) -> str:
    """Two lines of a paragraph joined. A soft hyphen at the break goes; so does a hyphen between
    Latin letters (PDFium reports a hyphen ending a line as U+0002); Latin words keep a space."""
    if left[-1] == "\u00ad" or (left[-1] == "\x02" and len(left) > 1 and left[-2].isalpha() and left[-2].isascii()
                                and right[0].islower() and right[0].isascii()):
        return left[:-1] + right
    return left + (" " if word_break(left[-1], right[0]) else "") + right
