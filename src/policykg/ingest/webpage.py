"""Saved web pages (.html, .htm): the article found among the portal's navigation.

The page is decoded from its bytes (a byte order mark, then strict UTF-8, then the declared
charset, then detection: saved pages often declare GB2312 and hold UTF-8). Scripts, styles,
forms, navigation and hidden elements are dropped and the rest is cut into lines (block
elements, <br>, table rows). Each line scores its own characters when it reads like prose (it
has sentence punctuation and is mostly not link text) and loses them when it is mostly links
or a short label; the article is the element whose lines score highest together. Its lines are
kept in order, except those that are mostly links ("点击进入…>>", page numbers). The title, date
and source come from the page's metadata (ArticleTitle, og:title, PubDate, ContentSource …, else
<title>); the headline shown on the page, with its kicker and subtitle (or the title a <meta>
states), opens the text unless the article already starts with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import InputError
from policykg.ingest.encoding import decode
from policykg.ingest.layout import Laid, Layout

_DROP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
                   "select", "option", "button", "input", "textarea", "map", "audio", "video", "nav", "aside",
                   "footer", "head", "link", "meta"})
_BLOCK = frozenset({"address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
                    "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                    "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
                    "tfoot", "th", "thead", "tr", "ul"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEXT_ELEMENTS = _HEADINGS | {"p", "span", "font", "strong", "b", "em", "i", "a", "li", "td", "th", "pre", "blockquote"}
_SENTENCE_MARKS = frozenset("。！？；，、,;!?")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r\n\f]*\n[ \t\r\n\f]*(?=[{_CJK}])")
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_END_OF_DOCUMENT = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)  # browsers read on after them; libxml2 stops
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})")
_TITLE_SEPARATORS = re.compile(r"\s*(?:__|_|--|——|－－|\s[-|–—]\s|\||｜)\s*")
_SOURCE_PREFIX = re.compile(r"^(?:来源|稿源|出处)\s*[:：]\s*")
_SOURCE_SUFFIX = re.compile(r"\s*原创稿?$")
_TITLE_NAMES = ("articletitle", "og:title", "twitter:title", "citation_title", "dc.title", "headline")
_DATE_NAMES = ("pubdate", "publishdate", "article:published_time", "og:published_time", "datepublished",
               "firstpublishedtime", "citation_publication_date", "dc.date.issued", "dcterms.issued", "dc.date",
               "publication_date", "date")
_SOURCE_NAMES = ("contentsource", "source", "og:site_name", "sitename", "citation_publisher", "dc.publisher")
LINK_SHARE = 0.5  # a line with more link text than this is navigation


def decode_html(data: bytes, name: str) -> str:
    """The page's text: BOM, strict UTF-8, the declared charset if it decodes strictly, then detection."""
    if data[:3] == b"\xef\xbb\xbf" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return decode(data, name)[0]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii").lower()
        charset = "gb18030" if charset in ("gb2312", "gbk", "x-gbk", "gb_2312-80") else charset
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)[0]


def read_html(path: Path) -> Laid:
    """The article of a saved web page; raises InputError when there is none."""
    import lxml.html
    from lxml.etree import ParserError

    name = str(path)
    data = path.read_bytes()
    if not data.strip():
        raise InputError(name, "empty file")
    text = decode_html(data, name)
    try:
        root = lxml.html.document_fromstring(_END_OF_DOCUMENT.sub("", _XML_DECLARATION.sub("", text, count=1)))
    except (ParserError, ValueError) as err:
        raise InputError(name, f"not an HTML page ({err})") from None
    meta, stated = _metadata(root)
    lines = _Lines()
    body = root.find("body")
    lines.walk(body if body is not None else root)
    article = _article(lines.lines)
    if article is None:
        raise InputError(name, "no article text found in the page")
    kept = [line for line in lines.lines if line.inside(article) and not line.is_navigation]
    layout = Layout()
    headline = _headline(lines.lines, meta.get("title"), article, stated)
    opening = "".join("".join(line.text for line in kept[:8]).split())
    if headline and not opening.startswith("".join(meta["title"].split())):
        for line in headline:
            layout.add(line.text, "title")
    for line in kept:
        layout.add(line.text, line.kind)
    if "date" not in meta and headline:
        meta.update(_date_near(lines.lines, headline[-1], kept[0] if kept else None))
    return layout.laid(meta)


@dataclass
class _Line:
    """A line of the page: its text, how much of it is link text, and the elements around it."""

    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    ancestors: tuple = ()
    kind: str = "paragraph"
    text: str = ""
    chars: int = 0

    def finish(self) -> None:
        raw = "".join(self.parts)
        raw = _BREAK_BETWEEN_CJK.sub("", raw)
        self.text = _SPACE_RUN.sub(" ", raw.replace("\u00a0", " ")).strip()
        self.chars = len("".join(self.text.split()))

    @property
    def is_navigation(self) -> bool:
        return self.link_chars > LINK_SHARE * self.chars

    def inside(self, element) -> bool:
        return element in self.ancestors

    def score(self) -> float:
        """Positive for prose, negative for links and short labels."""
        if self.is_navigation:
            return -float(self.chars)
        plain = self.chars - self.link_chars
        if any(ch in _SENTENCE_MARKS for ch in self.text):
            return float(plain)
        return 0.5 * plain if plain >= 40 else -0.25 * plain


class _Lines:
    """The page cut into lines in document order."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.current: _Line | None = None
        self.stack: list = []

    def walk(self, element, in_link: bool = False, kind: str = "paragraph") -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # a comment or processing instruction: only its tail is text
            self._text(element.tail, in_link)
            return
        tag = tag.lower()
        if tag in _DROP or _hidden(element):
            self._text(element.tail, in_link)
            return
        if tag == "br":
            self._flush()
            self._text(element.tail, in_link)
            return
        block = tag in _BLOCK
        if block:
            self._flush()
        self.stack.append(element)
        if tag in _HEADINGS:
            kind = "heading"
        if tag == "table" and _is_data_table(element):
            self._table(element)
        else:
            self._text(element.text, in_link or tag == "a", kind)
            for child in element:
                self.walk(child, in_link or tag == "a", kind)
        self.stack.pop()
        if block:
            self._flush()
        self._text(element.tail, in_link, "paragraph" if block else kind)

    def _text(self, text: str | None, in_link: bool, kind: str = "paragraph") -> None:
        if not text:
            return
        if self.current is None:
            if not text.strip():
                return
            self.current = _Line(ancestors=tuple(self.stack), kind=kind)
        self.current.parts.append(text)
        if in_link:
            self.current.link_chars += len("".join(text.split()))

    def _flush(self) -> None:
        line, self.current = self.current, None
        if line is not None:
            line.finish()
            if line.chars:
                self.lines.append(line)

    def _table(self, table) -> None:
        for row in table.iter("tr"):
            cells = [_SPACE_RUN.sub(" ", cell.text_content()).strip() for cell in row if cell.tag in ("td", "th")]
            if any(cells):
                line = _Line(["\t".join(cells)], ancestors=tuple(self.stack) + (row,), kind="table")
                line.link_chars = sum(len("".join((a.text_content() or "").split())) for a in row.iter("a"))
                line.finish()
                line.text = "\t".join(cells)
                self.lines.append(line)


def _hidden(element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _is_data_table(table) -> bool:
    """A table of data (short cells, no nested tables), not a layout grid."""
    if table.find(".//table") is not None:
        return False
    cells = table.findall(".//td") + table.findall(".//th")
    return bool(cells) and all(len(cell.text_content().strip()) <= 100 for cell in cells)


def _article(lines: list[_Line]):
    """The element whose lines score highest together (the deepest one on a tie; a paragraph gives way
    to the element holding it), widened to its parents while what they add comes before it, has no
    links and is shorter than what it holds."""
    totals: dict = {}
    depth: dict = {}
    for line in lines:
        value = line.score()
        for level, element in enumerate(line.ancestors):
            totals[element] = totals.get(element, 0.0) + value
            depth[element] = level
    if not totals:
        return None
    best = max(totals, key=lambda element: (totals[element], depth[element]))
    if totals[best] <= 0:
        return None
    if best.tag in _TEXT_ELEMENTS and best.getparent() is not None:  # an article holds paragraphs
        best = best.getparent()
    while True:  # take in the lines just before it when none is a link and they are fewer (a title, a note)
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return best
        first = next(i for i, line in enumerate(lines) if line.inside(best))
        around = [(i, line) for i, line in enumerate(lines) if line.inside(parent) and not line.inside(best)]
        inside = sum(line.chars for line in lines if line.inside(best))
        if any(i > first or line.link_chars for i, line in around) or sum(line.chars for _, line in around) > inside:
            return best
        best = parent


def _headline(lines: list[_Line], title: str | None, article, stated: bool) -> list[_Line]:
    """The page's headline line matching the title, with the headings beside it (kicker, subtitle);
    else the title itself when the page's metadata states it (`stated`), not when it is cut out of <title>."""
    if not title:
        return []
    wanted = "".join(title.split())
    for index, line in enumerate(lines):
        if line.inside(article):
            break
        if line.kind == "heading" and not line.is_navigation and "".join(line.text.split()) == wanted:
            parent = line.ancestors[-2] if len(line.ancestors) > 1 else None
            group = [other for other in lines[max(0, index - 2): index + 3]
                     if other.kind == "heading" and not other.is_navigation and parent in other.ancestors
                     and not other.inside(article)]
            return group
    return [_Line(text=title, chars=len(wanted), kind="title")] if stated else []


def _date_near(lines: list[_Line], headline: _Line, first: _Line | None) -> dict[str, str]:
    """A date printed between the headline and the article ("2019年06月15日08:18 来源：…")."""
    start = next((i for i, line in enumerate(lines) if line is headline), None)
    if start is None:
        return {}
    for line in lines[start + 1: start + 12]:
        if line is first:
            break
        date = _iso_date(line.text)
        if date:
            return {"date": date}
    return {}


def _metadata(root) -> tuple[dict[str, str], bool]:
    """title, date and source from <meta> elements and <title>; whether a <meta> states the title."""
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in metas:
            metas[key] = value
    found: dict[str, str] = {}
    title = next((metas[k] for k in _TITLE_NAMES if metas.get(k)), None)
    stated = bool(title)
    if not title:
        element = root.find(".//title")
        title = _page_title(element.text_content()) if element is not None else None
    if title:
        found["title"] = _tidy(title)
    for key in _DATE_NAMES:
        date = _iso_date(metas.get(key, ""))
        if date:
            found["date"] = date
            break
    source = next((metas[k] for k in _SOURCE_NAMES if metas.get(k)), None)
    if source:
        source = _SOURCE_SUFFIX.sub("", _SOURCE_PREFIX.sub("", _tidy(source)))
        if source:
            found["source"] = source
    return found, stated


def _page_title(text: str) -> str | None:
    """The article's part of a <title>: "标题__栏目_网站" → "标题"."""
    segments = [s for s in _TITLE_SEPARATORS.split(text.strip()) if s.strip()]
    if not segments:
        return None
    longest = max(len(s) for s in segments)
    return next(s for s in segments if len(s) >= 0.5 * longest)


def _tidy(text: str) -> str:
    """White space collapsed, and removed next to Chinese characters."""
    text = _SPACE_RUN.sub(" ", text.replace("\u3000", " ").replace("\u00a0", " ")).strip()
    return re.sub(rf"(?<=[{_CJK}0-9]) (?=[{_CJK}])|(?<=[{_CJK}]) (?=[{_CJK}0-9])", "", text)


def _iso_date(text: str) -> str | None:
    match = _DATE.search(text) or _COMPACT_DATE.match(text.strip())
    if not match:
        return None
    year, month, day = (int(x) for x in match.groups())
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
