"""Analytics on the co-occurrence graph: centralities, communities, ego networks, paths."""
from __future__ import annotations

import math
import random

import networkx as nx

BETWEENNESS_EXACT_LIMIT = 1000
BETWEENNESS_SAMPLES = 500
SEED = 42


def cooccurrence_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected weighted graph of CO_OCCURS edges, with every node of `graph`."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key == "CO_OCCURS":
            simple.add_edge(u, v, weight=data.get("weight", 1.0))
    return simple


def annotate(graph: nx.MultiDiGraph) -> None:
    """Set degree, weighted_degree, pagerank, betweenness and community on every node."""
    simple = cooccurrence_graph(graph)
    if simple.number_of_nodes() == 0:
        return
    pagerank = nx.pagerank(simple, weight="weight") if simple.number_of_edges() else {n: 1 / len(simple) for n in simple}
    sampled = simple.number_of_nodes() > BETWEENNESS_EXACT_LIMIT
    betweenness = betweenness_centrality(simple, k=BETWEENNESS_SAMPLES if sampled else None, seed=SEED)
    community = communities(simple, SEED)
    for node in simple.nodes:
        attrs = graph.nodes[node]
        attrs["degree"] = simple.degree(node)
        attrs["weighted_degree"] = round(float(simple.degree(node, weight="weight")), 6)
        attrs["pagerank"] = round(pagerank[node], 8)
        attrs["betweenness"] = round(betweenness[node], 8)
        attrs["community"] = community[node]


def communities(graph: nx.Graph, seed: int = SEED) -> dict:
    """Louvain communities (edge attribute `weight`, 1 when missing), numbered by size: 0 = the largest."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {node: i for i, members in enumerate(ordered) for node in members}


def betweenness_centrality(graph: nx.Graph, k: int | None = None, seed: int = SEED) -> dict:
    """Normalised betweenness of an undirected graph (hops, endpoints excluded), as
    `networkx.betweenness_centrality(graph, k, seed=seed)` computes it, from `k` sampled
    sources (all when None) with the same sample.

    Brandes' algorithm on blocks of sources at once: each breadth-first level and each
    step of the dependency accumulation is one sparse matrix product.
    """
    import numpy as np

    nodes = list(graph.nodes)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=None, format="csr", dtype=float)
    total = np.zeros(n)
    block = max(1, min(64, 2_000_000 // n))
    for first in range(0, len(sources), block):
        rows = np.array([index[s] for s in sources[first:first + block]])
        columns = np.arange(len(rows))
        sigma = np.zeros((n, len(rows)))  # shortest paths from each source
        sigma[rows, columns] = 1.0
        depth = np.full((n, len(rows)), -1)
        depth[rows, columns] = 0
        frontier, level = sigma.copy(), 0
        while True:
            reach = adjacency @ frontier
            found = (reach > 0) & (depth < 0)
            if not found.any():
                break
            level += 1
            depth[found] = level
            frontier = np.where(found, reach, 0.0)
            sigma += frontier
        delta = np.zeros_like(sigma)
        for current in range(level, 0, -1):
            at = depth == current
            share = np.where(at, (1.0 + delta) / np.where(at, sigma, 1.0), 0.0)
            delta += np.where(depth == current - 1, sigma * (adjacency @ share), 0.0)
        delta[rows, columns] = 0.0
        total += delta.sum(axis=1)
    if k is None:
        scale = np.full(n, 1.0 / ((n - 1) * (n - 2)))
    else:
        scale = np.full(n, 1.0 / (k * (n - 2)))
        scale[[index[s] for s in sources]] = 1.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    return {node: float(value) for node, value in zip(nodes, total * scale)}


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node id for a name, an alias or an id; the most mentioned one when several match."""
    if name in graph:
        return name
    matches = [n for n, d in graph.nodes(data=True) if d.get("name") == name or name in (d.get("aliases") or [])]
    if not matches:
        raise KeyError(f"no entity named {name!r} in the graph")
    return max(matches, key=lambda n: (graph.nodes[n].get("mentions", 0), n))


def ego(graph: nx.MultiDiGraph, name: str, radius: int = 1) -> nx.MultiDiGraph:
    """The subgraph within `radius` steps of an entity (all edge kinds, either direction)."""
    center = find_node(graph, name)
    nodes = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center, cutoff=radius)
    return graph.subgraph(sorted(nodes)).copy()


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The strongest shortest path between two entities, each step with its edges' evidence.

    Steps cost 1/weight, so among paths the one through frequent co-occurrences wins.
    """
    a, b = find_node(graph, source), find_node(graph, target)
    undirected = nx.Graph()
    for u, v, key, data in graph.edges(keys=True, data=True):
        weight = data.get("weight", 1.0)
        if not undirected.has_edge(u, v) or undirected[u][v]["weight"] < weight:
            undirected.add_edge(u, v, weight=weight)
    for u, v, data in undirected.edges(data=True):
        data["cost"] = 1.0 / data["weight"]
    path = nx.shortest_path(undirected, a, b, weight="cost")
    steps = []
    for u, v in zip(path, path[1:]):
        edges = [(u, v, k, d) for k, d in graph.get_edge_data(u, v, default={}).items()]
        edges += [(v, u, k, d) for k, d in graph.get_edge_data(v, u, default={}).items()]
        steps.append({
            "source": u, "target": v,
            "kinds": sorted({k for _, _, k, _ in edges}),
            "evidence": [ref for _, _, _, d in edges for ref in d.get("evidence", [])],
        })
    return steps
