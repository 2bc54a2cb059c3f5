"""Word .docx files: the body's paragraphs and tables in order.

Runs are joined without spaces (Word splits words across runs at proofing marks), a line
break inside a paragraph starts a new line, deleted text, field codes, drawings and text
boxes are left out, and each table row becomes one line with its cells separated by tabs.
A paragraph is a heading when its style is a heading or title style (or has an outline
level), when all its text is bold and short, or when it is a short numbered line (一、…,
（一）…, 第一章 …). Page headers, footers, footnotes and comments are not read.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from policykg.errors import InputError
from policykg.ingest.layout import Laid, Layout
from policykg.vocabulary import NUMERALS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_SKIP = frozenset({W + "del", W + "moveFrom", W + "drawing", W + "pict", W + "object", _MC_ALTERNATE,
                   W + "pPr", W + "rPr", W + "sectPr", W + "commentReference", W + "footnoteReference",
                   W + "endnoteReference"})
_LINE_BREAKS = frozenset({W + "br", W + "cr"})
_HEADING_STYLE = re.compile(r"^(?:heading|title|subtitle|标题|副标题)", re.IGNORECASE)
_NUMBERED = re.compile(rf"^(?:[{NUMERALS}]{{1,3}}、|[（(][{NUMERALS}]{{1,3}}[）)]"
                       rf"|第[{NUMERALS}百零〇\d]{{1,4}}[编章节部分条]|\d{{1,2}}(?:\.\d{{1,2}})*[.、．](?!\d))")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .doc, or an encrypted Office file
SHORT_HEADING = 40  # a bold or numbered paragraph up to this length is a heading


def read_docx(path: Path) -> Laid:
    """The text of a .docx file; raises InputError when it is not a readable .docx."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile):
        with open(path, "rb") as handle:
            magic = handle.read(8)
        reason = ("damaged .docx (the zip archive is incomplete or corrupt)" if magic.startswith(b"PK") else
                  "not a .docx package: a password-protected or Word 97-2003 file; save an unprotected .docx"
                  if magic == _OLE_MAGIC else "not a .docx file (not a zip package)")
        raise InputError(str(path), reason) from None
    except (KeyError, ValueError, XMLSyntaxError) as err:
        raise InputError(str(path), f"damaged .docx ({_short(err)})") from None
    layout = Layout()
    styles = _StyleFacts(document)
    _add_body(document.element.body, layout, styles)
    title = (document.core_properties.title or "").strip()
    return layout.laid({"title": title} if title else {})


def _short(err: Exception) -> str:
    text = str(err.args[0]) if err.args else type(err).__name__
    return (text.splitlines() or [type(err).__name__])[0][:120]


def _add_body(body, layout: Layout, styles: _StyleFacts) -> None:
    for child in body.iterchildren():
        if child.tag == W + "p":
            _add_paragraph(child, layout, styles)
        elif child.tag == W + "tbl":
            _add_table(child, layout)
        elif child.tag == W + "sdt":  # a content control around paragraphs and tables
            content = child.find(W + "sdtContent")
            if content is not None:
                _add_body(content, layout, styles)


def _add_paragraph(p, layout: Layout, styles: _StyleFacts) -> None:
    text = paragraph_text(p)
    if not text.strip():
        return
    kind = "heading" if _is_heading(p, text, styles) else "paragraph"
    for line in text.split("\n"):
        layout.add(line, kind)


def _add_table(table, layout: Layout) -> None:
    for row in table.iterchildren(W + "tr"):
        cells = []  # a nested table is part of its cell's text
        for cell in row.iterchildren(W + "tc"):
            paragraphs = (paragraph_text(p).replace("\n", " ") for p in cell.iter(W + "p"))
            cells.append(" ".join(t.strip() for t in paragraphs if t.strip()))
        if any(cells):
            layout.add("\t".join(cells), "table")


def paragraph_text(p) -> str:
    """The visible text of a w:p element: runs joined, tabs and line breaks kept."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _collect(element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in _LINE_BREAKS:
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "p" and out:
            out.append("\n")  # a paragraph nested in this one (a content control)
            _collect(child, out)
        else:
            _collect(child, out)


def _is_heading(p, text: str, styles: _StyleFacts) -> bool:
    style_id = _val(p.find(f"{W}pPr/{W}pStyle"))
    if styles.is_heading(style_id) or _outline(p.find(f"{W}pPr/{W}outlineLvl")):
        return True
    stripped = "".join(text.split())
    if len(stripped) > SHORT_HEADING:
        return False
    return _all_bold(p, styles.bold(style_id)) or (_NUMBERED.match(stripped) is not None
                                                   and not any(mark in stripped for mark in "。：:；"))


def _all_bold(p, style_bold: bool) -> bool:
    """Whether every run with visible text is bold (directly or through the paragraph's style)."""
    seen = False
    for run in p.iter(W + "r"):
        if not "".join(t.text or "" for t in run.iter(W + "t")).strip():
            continue
        seen = True
        direct = run.find(f"{W}rPr/{W}b")
        bold = style_bold if direct is None else _on(direct)
        if not bold:
            return False
    return seen


def _val(element) -> str | None:
    return None if element is None else element.get(W + "val")


def _outline(element) -> bool:
    """An outline level 0-8 (9 is body text)."""
    return element is not None and (_val(element) or "9").isdigit() and int(_val(element) or "9") < 9


def _on(element) -> bool:
    return element.get(W + "val") not in ("0", "false", "off")


class _StyleFacts:
    """Which paragraph styles are headings and which are bold, following `basedOn`."""

    def __init__(self, document):
        self.styles = {}
        try:
            root = document.styles.element
        except (KeyError, ValueError):
            return
        for style in root.iterchildren(W + "style"):
            self.styles[style.get(W + "styleId")] = style

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style.find(W + "basedOn"))

    def is_heading(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            name = _val(style.find(W + "name")) or ""
            if _HEADING_STYLE.match(name) or _outline(style.find(f"{W}pPr/{W}outlineLvl")):
                return True
        return False

    def bold(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            b = style.find(f"{W}rPr/{W}b")
            if b is not None:
                return _on(b)
        return False
