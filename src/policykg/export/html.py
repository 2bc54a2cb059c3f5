"""Interactive HTML page of the graph (pyvis / vis-network), self-contained and offline."""
from __future__ import annotations

import os
import re

import networkx as nx
from pyvis.network import Network

from policykg.export.gexf import COLOURS
from policykg.io import atomic_write

_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, title: str = "policykg") -> None:
    net = Network(height="900px", width="100%", directed=False, cdn_resources="in_line", heading="")
    for node, data in graph.nodes(data=True):
        r, g, b = COLOURS.get(data.get("label"), (120, 120, 120))
        net.add_node(node, label=data.get("name", node), title=f"{data.get('label')}: {data.get('name')}",
                     color=f"rgb({r},{g},{b})", size=8 + min(40, data.get("mentions", 1) ** 0.5 * 3))
    for u, v, key, data in graph.edges(keys=True, data=True):
        net.add_edge(u, v, title=key, value=data.get("weight", 1.0))
    page = _REMOTE.sub("", net.generate_html())
    with atomic_write(path) as handle:
        handle.write(page)
