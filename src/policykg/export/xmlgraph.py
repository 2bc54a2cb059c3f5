"""What the GraphML and GEXF writers share: the graph in a fixed order, XML escaping, value types.

Nodes come in id order, edges by (source, target, kind) with the ids e0, e1, …, so a graph gives the
same file however it was built. Both files are undirected graphs: networkx reads mixed graphs in
neither format, and CO_OCCURS, most of the edges, has no direction; HOLDS, DEFINES and PROMOTES are
written from their source to their target and carry their kind, from which
`policykg.graph.schema.from_exchange` restores them.
"""
from __future__ import annotations

import numbers
import re
from collections.abc import Iterable

import networkx as nx

from policykg.graph.schema import EDGE_FIELDS, NODE_FIELDS, exchange_node, flat_properties, scalar_type

# XML 1.0 (second edition) name characters kept as they are in name tokens; any other character is
# written _xHHHH_ (as in XmlConvert.EncodeName), and so is an underscore that starts such a sequence.
_TOKEN_ESCAPE_CHAR = re.compile(r"[^A-Za-z0-9.\-:\u00b7\u4e00-\u9fa5_]|_(?=x[0-9A-F]{4,6}_)")
_TOKEN_ESCAPE = re.compile(r"_x([0-9A-F]{4,6})_")
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                                    "\r": "&#13;", "\t": "&#9;"})
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML 1.0: U+FFFD
_NODE_ORDER = ("label", "type", *(f for f in NODE_FIELDS if f not in ("label", "name")))


def xml_token(text: str) -> str:
    """`text` as an XML name token (xs:NMTOKEN): "西部（重庆）科学城" → "西部_xFF08_重庆_xFF09_科学城"."""
    if not text:
        return "_x0000_"
    return _TOKEN_ESCAPE_CHAR.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def token_text(token: str) -> str:
    """The inverse of `xml_token`."""
    return "" if token == "_x0000_" else _TOKEN_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), token)


def attribute(value: str) -> str:
    """Text for an XML attribute value between double quotes (line breaks and tabs kept)."""
    return _NOT_XML.sub("\ufffd", value).translate(_ATTRIBUTE_ESCAPES)


def text(value: str) -> str:
    """Text for element content."""
    return _NOT_XML.sub("\ufffd", value).translate(_TEXT_ESCAPES)


def value_text(value) -> str:
    """A scalar property as text: true/false, whole numbers, floats that read back exactly."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        return repr(float(value))
    return str(value)


class Flat:
    """The graph as both formats write it: `nodes` (id, properties in the exchange form), `edges`
    (source, target, properties with `kind`) and the (name, type) of the graph, node and edge properties."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = {k: v for k, v in graph.graph.items() if isinstance(v, (str, numbers.Real))}
        self.nodes = [(node, exchange_node(data)) for node, data in sorted(graph.nodes(data=True),
                                                                            key=lambda item: str(item[0]))]
        self.edges = [(u, v, flat_properties({"kind": key, **data})) for u, v, key, data in
                      sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))]
        self.graph_fields = _fields([self.graph], ())
        self.node_fields = _fields((data for _, data in self.nodes), _NODE_ORDER)
        self.edge_fields = _fields((data for *_, data in self.edges), tuple(EDGE_FIELDS))


def _fields(items: Iterable[dict], order: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, type) of the properties found: those of `order` in that order, then the others by name."""
    values: dict[str, list] = {}
    for data in items:
        for key, value in data.items():
            values.setdefault(key, []).append(value)
    rank = {name: i for i, name in enumerate(order)}
    return [(key, scalar_type(values[key])) for key in sorted(values, key=lambda k: (rank.get(k, len(rank)), k))]


def edge_ends(path, namespace: str) -> dict[str, tuple[str, str]]:
    """Each edge's (source, target) by edge id, as written: networkx reads an undirected graph and
    forgets which end is which."""
    from xml.etree.ElementTree import iterparse

    ends, tag = {}, f"{{{namespace}}}edge"
    for _, element in iterparse(path):
        if element.tag == tag:
            ends[element.get("id")] = (element.get("source"), element.get("target"))
            element.clear()
    return ends
