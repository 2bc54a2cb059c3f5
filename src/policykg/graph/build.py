"""Aggregate extraction results into the knowledge graph, one document at a time.

The builder keeps counts, the first N pieces of evidence per edge and the sentences of the first
CONCORDANCE mentions per entity (for the explorer's mentions list), so memory grows with the graph,
not with the corpus. `build()` computes the weights and returns a NetworkX MultiDiGraph in the schema
of `policykg.graph.schema`.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from itertools import combinations

import networkx as nx

from policykg.choices import WINDOWS
from policykg.extract.slogan import plus_parts
from policykg.graph.schema import CONCORDANCE
from policykg.graph.timeline import check_period
from policykg.ingest.dates import earlier, later
from policykg.model import Document, Mention, Sentence, split_entity_id
from policykg.records import document_record

MAX_DOC_IDS = 100
MAX_CONTEXTS = 100  # sentences kept per entity for the concordance (the first in corpus order)


@dataclass(frozen=True)
class GraphOptions:
    """How co-occurrence is counted and filtered."""

    window: str = "sentence"
    evidence: int = 5  # references kept per edge
    min_count: int = 1  # CO_OCCURS edges seen fewer times are dropped
    top_k: int | None = None  # keep an edge only if it is among the k strongest of one of its ends
    pair_types: frozenset[frozenset[str]] | None = None  # e.g. {frozenset({"PERSON", "SLOGAN"})}
    labels: frozenset[str] | None = None  # node types to keep
    skip_roles: frozenset[str] = frozenset({"reporter", "photographer", "editor"})  # kept as nodes, not in CO_OCCURS
    analytics: bool = True

    def __post_init__(self):
        if self.window not in WINDOWS:
            raise ValueError(f"window must be one of {', '.join(WINDOWS)}, not {self.window!r}")


def parse_pair_types(spec: str | None) -> frozenset[frozenset[str]] | None:
    """"PERSON-SLOGAN,PERSON-PLACE" → {{PERSON, SLOGAN}, {PERSON, PLACE}}."""
    if not spec:
        return None
    pairs = set()
    for part in spec.split(","):
        a, sep, b = part.strip().upper().partition("-")
        if not sep or not a or not b:
            raise ValueError(f"pair type {part!r} is not of the form TYPE-TYPE")
        pairs.add(frozenset({a, b}))
    return frozenset(pairs)


@dataclass
class _Node:
    label: str
    name: str
    mentions: int = 0
    documents: int = 0
    last_doc: int = -1
    doc_ids: list = field(default_factory=list)
    surfaces: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    windows: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    by_year: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)
    contexts: list = field(default_factory=list)  # (document number, sentence number, sentence text)


@dataclass
class _Edge:
    count: int = 0
    documents: int = 0
    last_doc: int = -1
    evidence: list = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    by_year: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)


def _date_range(item, date: str | None) -> None:
    if date:
        first, last = item.first_seen, item.last_seen
        if first is None:
            item.first_seen = item.last_seen = date
        elif len(date) == len(first) == len(last):  # the same precision: ISO dates compare as strings
            if date < first:
                item.first_seen = date
            elif date > last:
                item.last_seen = date
        else:
            if date != first:
                item.first_seen = earlier(first, date)
            if date != last:
                item.last_seen = later(last, date)
        item.by_year[date[:4]] += 1


class GraphBuilder:
    """Feed `add()` the processed documents in corpus order, then call `build()`.

    A document may come in parts (`processed.part` > 0 continues the document before, see
    `policykg.run.passes.windows`); the graph does not depend on where the parts were cut, as long as
    no sentence or paragraph spans two parts.

    `contexts`: the mention sentences kept per entity for the graph's concordance (0: none).
    """

    def __init__(self, options: GraphOptions | None = None, contexts: int = MAX_CONTEXTS):
        self.options = options or GraphOptions()
        self.contexts = contexts
        self.nodes: dict[str, _Node] = {}
        self.cooccur: dict[tuple[str, str], _Edge] = {}
        self.relations: dict[tuple[str, str, str], _Edge] = {}
        self.total_windows = 0
        self.documents: list[dict] = []
        # window "document": the open document's entities with their first sentences, its number and document
        self._open: dict[str, int] = {}
        self._open_sentences: dict[int, Sentence | None] = {}
        self._open_document: tuple[int, Document] | None = None

    def add(self, processed) -> None:
        """Add one processed document, or a part of one (`policykg.run.Processed`)."""
        document, sentences, result = processed.document, processed.sentences, processed.result
        if processed.part:
            index = len(self.documents) - 1
            record = self.documents[index]
            record["sentences"] += len(sentences)
            record["mentions"] += len(result.mentions)
        else:
            self._close_document()
            index = len(self.documents)
            self.documents.append(document_record(document, len(sentences), len(result.mentions)))
        for mention in result.mentions:
            self._add_mention(mention, index, document.date, sentences)
        self._add_windows(result.mentions, sentences, document, index, processed.part)
        for rel in result.relations:
            edge = self.relations.get((rel.kind, rel.source, rel.target))
            if edge is None:  # not setdefault: an _Edge (two Counters) per occurrence was a third of add()
                edge = self.relations[(rel.kind, rel.source, rel.target)] = _Edge()
            self._count(edge, index, document, rel.sentence, rel.start, rel.end, _sentence(sentences, rel.sentence))
            if rel.note:
                edge.notes[rel.note] += 1

    def _add_mention(self, mention: Mention, index: int, date: str | None, sentences) -> None:
        node = self.nodes.get(mention.key)
        if node is None:
            node = self.nodes[mention.key] = _Node(mention.label, mention.name)
        node.mentions += 1
        contexts = node.contexts
        if len(contexts) < self.contexts and (not contexts or contexts[-1][:2] != (index, mention.sentence)):
            found = _sentence(sentences, mention.sentence)
            text = found.text if found else mention.text
            contexts.append((index, mention.sentence, text))
        if node.last_doc != index:
            node.last_doc = index
            node.documents += 1
            if len(node.doc_ids) < MAX_DOC_IDS:
                node.doc_ids.append(self.documents[index]["id"])
        surface = "".join(mention.text.split())
        if surface != mention.name:
            node.surfaces[surface] += 1
        if mention.role:
            node.roles[mention.role] += 1
        else:
            node.roles[""] += 1
        _date_range(node, date)
        if date and len(date) >= 7:
            node.by_month[date[:7]] += 1

    def _window_key(self, mention: Mention, sentences: tuple[Sentence, ...]) -> int:
        if self.options.window == "sentence":
            return mention.sentence
        if self.options.window == "paragraph":
            sentence = _sentence(sentences, mention.sentence)
            return sentence.paragraph if sentence else 0
        return 0

    def _add_windows(self, mentions, sentences, document: Document, index: int, part: int = 0) -> None:
        window = self.options.window
        if window == "sentence":
            self.total_windows += len(sentences)
        elif window == "paragraph":
            self.total_windows += len({s.paragraph for s in sentences})
        elif not part:
            self.total_windows += 1
        members: dict[int, dict[str, int]] = {}  # window → entity → first sentence
        for m in mentions:
            if m.role in self.options.skip_roles:
                continue
            group = members.setdefault(self._window_key(m, sentences), {})
            group.setdefault(m.key, m.sentence)
        if window == "document":  # counted when the document is complete (it may come in parts)
            for entity, first in members.get(0, {}).items():
                if entity not in self._open:
                    self._open[entity] = first
                    self._open_sentences[first] = _sentence(sentences, first)
            self._open_document = (index, document)
            return
        for key in sorted(members):
            self._count_window(members[key], index, document, lambda number: _sentence(sentences, number))

    def _close_document(self) -> None:
        """Count the co-occurrences of the open document (window "document")."""
        if self._open:
            self._count_window(self._open, *self._open_document, self._open_sentences.get)
            self._open, self._open_sentences = {}, {}

    def _count_window(self, group: dict[str, int], index: int, document: Document,
                      find: Callable[[int], Sentence | None]) -> None:
        """Count one window: entity → the number of its first sentence (`find` gives the sentence)."""
        for entity in group:
            self.nodes[entity].windows += 1
        for a, b in combinations(sorted(group), 2):
            edge = self.cooccur.get((a, b))
            if edge is None:
                edge = self.cooccur[(a, b)] = _Edge()
            sentence = max(group[a], group[b])
            span = find(sentence) if len(edge.evidence) < self.options.evidence else None
            self._count(edge, index, document, sentence, span.start if span else 0, span.end if span else 0, span)

    def _count(self, edge: _Edge, index: int, document: Document, sentence: int, start: int, end: int,
               found: Sentence | None) -> None:
        """Count a statement or co-occurrence in `sentence` (`found`: that Sentence, when known)."""
        edge.count += 1
        if edge.last_doc != index:
            edge.last_doc = index
            edge.documents += 1
        _date_range(edge, document.date)
        if len(edge.evidence) < self.options.evidence:
            text = found.text if found else document.text[start:end]
            ref = {"doc": document.id, "sentence": sentence, "start": start, "end": end, "text": text}
            if not edge.evidence or edge.evidence[-1] != ref:
                edge.evidence.append(ref)

    def state(self) -> dict:
        """What was added so far, as JSON values (`from_state` reads it back)."""
        self._close_document()
        return {"nodes": [[key, *_fields_state(node)] for key, node in self.nodes.items()],
                "cooccur": [[a, b, *_fields_state(edge)] for (a, b), edge in self.cooccur.items()],
                "relations": [[*key, *_fields_state(edge)] for key, edge in self.relations.items()],
                "total_windows": self.total_windows, "documents": self.documents}

    @classmethod
    def from_state(cls, state: dict, options: GraphOptions | None = None, contexts: int = MAX_CONTEXTS) -> GraphBuilder:
        """A builder that continues the one whose `state()` this is; ValueError when it is not one."""
        builder = cls(options, contexts)
        try:
            builder.nodes = {_str(row[0]): _from_fields(_Node, row[1:]) for row in state["nodes"]}
            builder.cooccur = {(_str(row[0]), _str(row[1])): _from_fields(_Edge, row[2:]) for row in state["cooccur"]}
            builder.relations = {(_str(row[0]), _str(row[1]), _str(row[2])): _from_fields(_Edge, row[3:])
                                 for row in state["relations"]}
            builder.total_windows = _int(state["total_windows"])
            builder.documents = state["documents"]
            if type(builder.documents) is not list or \
                    not all(type(d) is dict and type(d.get("id")) is str for d in builder.documents):
                raise ValueError("documents")
        except (KeyError, IndexError, TypeError) as err:
            raise ValueError(f"not a graph builder's state ({type(err).__name__})") from None
        return builder

    def build(self) -> nx.MultiDiGraph:
        """The graph, with weights computed and filters applied."""
        self._close_document()
        opts = self.options
        keep = {k for k, n in self.nodes.items() if opts.labels is None or n.label in opts.labels}
        graph = nx.MultiDiGraph(window=opts.window, documents=len(self.documents), windows=self.total_windows)
        if self.contexts:
            graph.graph[CONCORDANCE] = {key: [(self.documents[d]["id"], s, text) for d, s, text in contexts]
                                        for key in sorted(keep) if (contexts := self.nodes[key].contexts)}
        for key in sorted(keep):
            node = self.nodes[key]
            roles = [r for r, _ in node.roles.most_common() if r]
            attrs = {
                "label": node.label, "name": node.name,
                "aliases": sorted(set(node.surfaces) | set(plus_parts(node.name) if node.label == "SLOGAN" else ())),
                "mentions": node.mentions, "documents": node.documents, "doc_ids": list(node.doc_ids),
                "by_year": dict(sorted(node.by_year.items())), "by_month": dict(sorted(node.by_month.items())),
            }
            if roles and node.roles[""] == 0:
                attrs["role"] = roles[0]
            if node.first_seen:
                attrs["first_seen"], attrs["last_seen"] = node.first_seen, node.last_seen
            graph.add_node(key, **attrs)
        for (a, b), edge in sorted(self.cooccur.items()):
            if a not in keep or b not in keep or edge.count < opts.min_count:
                continue
            if opts.pair_types is not None and \
                    frozenset({self.nodes[a].label, self.nodes[b].label}) not in opts.pair_types:
                continue
            graph.add_edge(a, b, key="CO_OCCURS", kind="CO_OCCURS",
                           **self._cooccur_weights(a, b, edge), **self._edge_attrs(edge))
        if opts.top_k:
            _keep_top_k(graph, opts.top_k)
        for (kind, a, b), edge in sorted(self.relations.items()):
            if "definition" in edge.notes:  # a glossary text: an attribute of the formulation, not an edge
                if a in graph and "definition" not in graph.nodes[a]:
                    graph.nodes[a]["definition"] = split_entity_id(b)[1]
                continue
            for key, label in ((a, split_entity_id(a)[0]), (b, split_entity_id(b)[0])):
                if key not in graph and (opts.labels is None or label in opts.labels):
                    graph.add_node(key, label=label, name=split_entity_id(key)[1], aliases=[], mentions=0,
                                   documents=0, doc_ids=[], by_year={}, by_month={})
            if a in graph and b in graph:
                attrs = {"kind": kind, "weight": float(edge.count), "count": edge.count, **self._edge_attrs(edge)}
                if edge.notes:
                    attrs["note"] = edge.notes.most_common(1)[0][0]
                graph.add_edge(a, b, key=kind, **attrs)
        _decoded_parts(graph)
        if opts.analytics:
            from policykg.graph.analytics import annotate

            annotate(graph)
        return graph

    def _cooccur_weights(self, a: str, b: str, edge: _Edge) -> dict:
        n = max(self.total_windows, 1)
        return {"weight": float(edge.count), "count": edge.count,
                **cooccurrence_measures(edge.count, self.nodes[a].windows, self.nodes[b].windows, n)}

    @staticmethod
    def _edge_attrs(edge: _Edge) -> dict:
        attrs = {"documents": edge.documents, "by_year": dict(sorted(edge.by_year.items())),
                 "evidence": list(edge.evidence)}
        if edge.first_seen:
            attrs["first_seen"], attrs["last_seen"] = edge.first_seen, edge.last_seen
        return attrs



def _sentence(sentences: tuple[Sentence, ...], index: int) -> Sentence | None:
    """The sentence numbered `index` among `sentences` (consecutive; those of a part of a document)."""
    k = index - sentences[0].index if sentences else -1
    return sentences[k] if 0 <= k < len(sentences) else None


def _fields_state(item) -> list:
    """The fields of a _Node or _Edge as JSON values (Counters as [key, count] pairs, in order)."""
    return [list(map(list, value.items())) if isinstance(value, Counter) else value
            for value in (getattr(item, f.name) for f in fields(item))]


def _str(value) -> str:
    if type(value) is not str:
        raise TypeError
    return value


def _int(value) -> int:
    if type(value) is not int:
        raise TypeError
    return value


def _contexts(items) -> list:
    if type(items) is not list:
        raise TypeError
    return [(_int(d), _int(s), _str(text)) for d, s, text in items]


def _evidence(refs) -> list:
    kinds = {"doc": str, "sentence": int, "start": int, "end": int, "text": str}
    if type(refs) is not list or not all(type(r) is dict and r.keys() == kinds.keys() and
                                         all(type(r[k]) is t for k, t in kinds.items()) for r in refs):
        raise TypeError
    return refs


_FIELD_READERS = {"int": _int, "str": _str, "str | None": lambda v: v if v is None else _str(v),
                  "list": lambda v: [_str(x) for x in v] if type(v) is list else _int(None),
                  "Counter": lambda v: Counter({_str(k): _int(n) for k, n in v}) if type(v) is list else _int(None)}


def _from_fields(cls, values: list):
    """The inverse of `_fields_state`, checking every value's type (TypeError)."""
    names = fields(cls)
    if type(values) is not list or len(values) != len(names):
        raise TypeError
    return cls(*(_evidence(v) if f.name == "evidence" else _contexts(v) if f.name == "contexts" else
                 _FIELD_READERS[f.type](v) for f, v in zip(names, values)))


class PeriodBuilders:
    """One GraphBuilder per year or month (`by`), fed the dated documents."""

    def __init__(self, by: str | None, options: GraphOptions | None = None):
        check_period(by)
        self.by = by
        self.options = options
        self.builders: dict[str, GraphBuilder] = {}

    def add(self, processed) -> None:
        date = processed.document.date
        if self.by and date and len(date) >= (4 if self.by == "year" else 7):
            key = date[:4] if self.by == "year" else date[:7]
            if key not in self.builders:
                self.builders[key] = GraphBuilder(self.options, contexts=0)
            self.builders[key].add(processed)

    def build(self) -> dict[str, nx.MultiDiGraph]:
        return {key: builder.build() for key, builder in sorted(self.builders.items())}

    def state(self) -> dict:
        """The builders' states (`GraphBuilder.state`) by period."""
        return {key: builder.state() for key, builder in self.builders.items()}

    @classmethod
    def from_state(cls, state: dict, by: str | None, options: GraphOptions | None = None) -> PeriodBuilders:
        periods = cls(by, options)
        if type(state) is not dict or not all(type(key) is str for key in state):
            raise ValueError("not the state of period builders")
        periods.builders = {key: GraphBuilder.from_state(value, options, contexts=0) for key, value in state.items()}
        return periods


def _decoded_parts(graph: nx.MultiDiGraph) -> None:
    """Copy DEFINES targets onto the formulation: `parts` (components) and `descriptor`."""
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key != "DEFINES":
            continue
        name = graph.nodes[v]["name"]
        if data.get("note") == "descriptor":
            graph.nodes[u].setdefault("descriptor", name)
        else:
            parts = graph.nodes[u].setdefault("parts", [])
            if name not in parts:
                parts.append(name)


def cooccurrence_measures(c_ij: int, n_i: int, n_j: int, n: int) -> dict[str, float]:
    """NPMI, association strength and Jaccard of a pair seen together in c_ij of n windows."""
    p_ij, p_i, p_j = c_ij / n, n_i / n, n_j / n
    if c_ij >= n:
        npmi = 1.0
    else:
        npmi = math.log(p_ij / (p_i * p_j)) / -math.log(p_ij)
    return {
        "npmi": round(npmi, 6),
        "association": round(n * c_ij / (n_i * n_j), 6),
        "jaccard": round(c_ij / (n_i + n_j - c_ij), 6),
    }


def _keep_top_k(graph: nx.MultiDiGraph, k: int) -> None:
    """Keep a CO_OCCURS edge when it is among the k strongest of at least one of its ends."""
    best: dict[str, set[tuple[str, str]]] = {}
    for node in graph.nodes:
        edges = [(u, v, d["count"]) for u, v, key, d in graph.out_edges(node, keys=True, data=True) if key == "CO_OCCURS"]
        edges += [(u, v, d["count"]) for u, v, key, d in graph.in_edges(node, keys=True, data=True) if key == "CO_OCCURS"]
        edges.sort(key=lambda e: (-e[2], e[0], e[1]))
        best[node] = {(u, v) for u, v, _ in edges[:k]}
    drop = [(u, v) for u, v, key in graph.edges(keys=True)
            if key == "CO_OCCURS" and (u, v) not in best[u] and (u, v) not in best[v]]
    for u, v in drop:
        graph.remove_edge(u, v, key="CO_OCCURS")
