import networkx as nx
import pytest

from policykg.graph.analytics import betweenness_centrality


def _graph(seed: int, edges: int) -> nx.Graph:
    graph = nx.gnm_random_graph(200, edges, seed=seed)
    graph.add_nodes_from(range(200, 204))  # isolated nodes
    return nx.relabel_nodes(graph, {i: f"n{i:03d}" for i in graph})


@pytest.mark.parametrize("seed,edges", [(0, 250), (1, 600), (2, 1500)])
@pytest.mark.parametrize("k", [None, 1, 40])
def test_analytics_betweenness_equals_networkx(seed, edges, k):
    graph = _graph(seed, edges)
    expected = nx.betweenness_centrality(graph, k=k, seed=42)
    got = betweenness_centrality(graph, k=k, seed=42)
    assert list(got) == list(graph.nodes)
    assert got == pytest.approx(expected, abs=1e-12, nan_ok=True)


@pytest.mark.parametrize("graph", [nx.Graph(), nx.path_graph(1), nx.path_graph(2), nx.path_graph(3), nx.star_graph(4)])
def test_analytics_betweenness_small_graphs(graph):
    assert betweenness_centrality(graph) == pytest.approx(nx.betweenness_centrality(graph))
