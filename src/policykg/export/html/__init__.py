"""Interactive HTML explorer of the graph: one self-contained, offline, UTF-8 file.

The page is the template `page.html` with `page.css`, `app.js` and vis-network 9.1.2
(`vendor/`, with its licences) inlined, and the data of `policykg.export.html.data`;
positions come from `policykg.export.html.layout`.

Safety: every string from the input travels inside one ``<script type="application/json">`` block
(``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and reaches the page only through ``textContent``,
text nodes and canvas labels; vis ``title`` popups are never used. The page title and heading are
HTML-escaped.

The same graph always gives a byte-identical file.
"""
from __future__ import annotations

import html
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

import networkx as nx

from policykg.export.html.data import FONT_STACK, MAX_EDGES, MAX_NODES, SEED, page_data
from policykg.io import atomic_write

if TYPE_CHECKING:
    from policykg.export import Content

__all__ = ["page_data", "render_html", "show", "write", "write_html"]

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write(content: Content, folder: Path) -> list[Path]:
    """The `html` writer of `policykg.export.WRITERS`: folder/graph.html."""
    path = folder / "graph.html"
    write_html(content.graph, path, title=content.title, documents=content.documents, max_nodes=content.max_nodes)
    return [path]


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, title: str = "policykg", *,
               documents=None, max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
               seed: int = SEED) -> None:
    """Write the explorer page for `graph` to `path` (UTF-8, atomically).

    `documents`: optional document records (dicts with "id" and any of "title", "date", "source",
    e.g. ``KnowledgeGraph.documents_list``) so evidence shows document titles instead of ids.
    `max_nodes` / `max_edges`: caps (None for no cap); `seed`: of the layout.
    """
    page = render_html(graph, title, documents=documents, max_nodes=max_nodes, max_edges=max_edges, seed=seed)
    with atomic_write(path) as handle:
        handle.write(page)


def render_html(graph: nx.MultiDiGraph, title: str = "policykg", *, documents=None,
                max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES, seed: int = SEED) -> str:
    """The explorer page as a string (see `write_html`)."""
    data = page_data(graph, title, documents=documents, max_nodes=max_nodes, max_edges=max_edges, seed=seed)
    return Template(_text("page.html")).substitute(  # one pass: the values are not scanned again
        title=html.escape(str(title), quote=True), css=_css(), vis=_text("vendor/vis-network.min.js"),
        app=_text("app.js"), data=_json_for_script(data))


def show(graph: nx.MultiDiGraph, height: int | str = 720, title: str = "policykg", **options):
    """Show the explorer inline in Jupyter: an ``IPython.display.HTML`` iframe (``srcdoc``) of the page."""
    try:
        from IPython.display import HTML
    except ImportError as exc:  # pragma: no cover - IPython is part of the notebooks extra
        raise ImportError("policykg.export.html.show needs IPython (pip install 'policykg[notebooks]')") from exc
    page = render_html(graph, title, **options)
    css_height = f"{int(height)}px" if isinstance(height, (int, float)) else str(height)
    frame = (f'<div class="policykg-frame"><iframe srcdoc="{html.escape(page, quote=True)}" '
             f'title="{html.escape(str(title), quote=True)}" sandbox="allow-scripts" '
             f'style="width: 100%; height: {html.escape(css_height, quote=True)}; border: 1px solid #ddd;">'
             '</iframe></div>')  # a div: IPython warns about a bare <iframe>
    return HTML(frame)


@lru_cache(maxsize=None)
def _text(name: str) -> str:
    """A file of this package (the page's template, style, script and vis-network)."""
    return (resources.files(__name__) / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _css() -> str:
    return Template(_text("page.css")).substitute(font=FONT_STACK)


def _json_for_script(data) -> str:
    """JSON that is safe inside <script type="application/json"> (no "</script>", no "<!--")."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text
