"""Co-occurrence counting and weights of policykg.graph.build."""
import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from networkx.algorithms import bipartite

from policykg.run import Processed
from policykg.extract import DocumentResult
from policykg.graph.build import GraphBuilder, GraphOptions, cooccurrence_measures, parse_pair_types
from policykg.model import Document, Mention, Sentence


def processed(doc_id: str, sentences: list[list[str]], labels: dict[str, str] | None = None) -> Processed:
    """A document whose i-th sentence mentions the entity names in sentences[i]."""
    labels = labels or {}
    text, spans, mentions = "", [], []
    for i, names in enumerate(sentences):
        start = len(text)
        for name in names:
            mentions.append(Mention(doc_id, labels.get(name, "SLOGAN"), name, name, len(text), len(text) + len(name), i))
            text += name
        text += "。"
        spans.append(Sentence(doc_id, i, start, len(text), i, 0, text[start:]))
    return Processed(Document(doc_id, text), tuple(spans), DocumentResult(doc_id, tuple(mentions), ()))


def build(docs, **options) -> nx.MultiDiGraph:
    builder = GraphBuilder(GraphOptions(analytics=False, **options))
    for doc in docs:
        builder.add(doc)
    return builder.build()


def test_build_measures_match_hand_computed_values():
    graph = build([processed("d", [["A", "B"], ["A", "B", "C"], ["A"], ["C"]])])
    ab = graph.edges["SLOGAN:A", "SLOGAN:B", "CO_OCCURS"]
    ac = graph.edges["SLOGAN:A", "SLOGAN:C", "CO_OCCURS"]
    # N = 4 windows; n_A = 3, n_B = 2, n_C = 2; c_AB = 2, c_AC = 1
    assert ab["count"] == 2 and ac["count"] == 1
    assert ab["npmi"] == pytest.approx(math.log(0.5 / (0.75 * 0.5)) / -math.log(0.5), abs=1e-6)  # 0.415037
    assert ab["association"] == pytest.approx(4 * 2 / (3 * 2), abs=1e-6)
    assert ab["jaccard"] == pytest.approx(2 / 3, abs=1e-6)
    assert ac["npmi"] == pytest.approx(math.log(0.25 / (0.75 * 0.5)) / -math.log(0.25), abs=1e-6)  # -0.292481
    assert ac["association"] == pytest.approx(4 / 6, abs=1e-6)
    assert ac["jaccard"] == pytest.approx(0.25, abs=1e-6)


def test_build_npmi_is_one_for_pairs_always_together():
    assert cooccurrence_measures(3, 3, 3, 3)["npmi"] == 1.0


entity_sets = st.lists(st.lists(st.sampled_from("ABCDEFG"), max_size=5, unique=True), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(entity_sets, min_size=1, max_size=3))
def test_build_counts_equal_networkx_bipartite_projection(documents):
    graph = build([processed(f"d{i}", sentences) for i, sentences in enumerate(documents)])
    sentence_graph = nx.Graph()
    entities = set()
    for d, sentences in enumerate(documents):
        for s, names in enumerate(sentences):
            sentence_graph.add_node(("s", d, s), bipartite=0)
            for name in names:
                sentence_graph.add_edge(("s", d, s), f"SLOGAN:{name}")
                entities.add(f"SLOGAN:{name}")
    projected = bipartite.weighted_projected_graph(sentence_graph, sorted(entities))
    ours = {frozenset((u, v)): d["count"] for u, v, k, d in graph.edges(keys=True, data=True) if k == "CO_OCCURS"}
    theirs = {frozenset((u, v)): d["weight"] for u, v, d in projected.edges(data=True)}
    assert ours == theirs


def test_build_windows_paragraph_and_document_count_once_per_window():
    doc = processed("d", [["A"], ["B"], ["A", "B"]])
    assert build([doc])["SLOGAN:A"]["SLOGAN:B"]["CO_OCCURS"]["count"] == 1
    assert build([doc], window="document")["SLOGAN:A"]["SLOGAN:B"]["CO_OCCURS"]["count"] == 1


def test_build_filters_pairs_min_count_and_top_k():
    labels = {"P": "PERSON", "S": "SLOGAN", "T": "SLOGAN", "L": "PLACE"}
    doc = processed("d", [["P", "S", "L"], ["P", "S"], ["P", "T"], ["S", "T"]], labels)
    only = build([doc], pair_types=parse_pair_types("PERSON-SLOGAN"))
    kinds = {frozenset((only.nodes[u]["label"], only.nodes[v]["label"])) for u, v in only.edges()}
    assert kinds == {frozenset({"PERSON", "SLOGAN"})}
    assert {(u, v) for u, v in build([doc], min_count=2).edges()} == {("PERSON:P", "SLOGAN:S")}
    top = build([doc], top_k=1)
    assert ("PERSON:P", "SLOGAN:S") in top.edges() and top.number_of_edges() < build([doc]).number_of_edges()


def test_build_rejects_bad_options():
    with pytest.raises(ValueError):
        GraphOptions(window="page")
    with pytest.raises(ValueError):
        parse_pair_types("PERSON")


def test_build_evidence_is_first_n_in_corpus_order():
    docs = [processed(f"d{i}", [["A", "B"]] * 3) for i in range(3)]
    evidence = build(docs, evidence=4)["SLOGAN:A"]["SLOGAN:B"]["CO_OCCURS"]["evidence"]
    assert [(e["doc"], e["sentence"]) for e in evidence] == [("d0", 0), ("d0", 1), ("d0", 2), ("d1", 0)]
    assert all(e["text"] == "AB。" for e in evidence)


def test_build_nodes_keep_aliases_mentions_and_documents():
    doc = processed("d", [["A"], ["A", "B"]])
    graph = build([doc, processed("e", [["A"]])])
    node = graph.nodes["SLOGAN:A"]
    assert node["mentions"] == 3 and node["documents"] == 2 and node["doc_ids"] == ["d", "e"]
