"""Node positions for large graphs: communities packed on shelves, each laid out by a grid-accelerated
Fruchterman–Reingold with a fixed seed (the same input always gives the same positions)."""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np


def layout(community: list[int], edges: list[tuple[int, int]], seed: int, spacing: float = 70.0
           ) -> list[tuple[float, float]]:
    """Positions (rounded px) of nodes 0…n-1, given each node's community and the edges between them."""
    n = len(community)
    members = defaultdict(list)
    for i, c in enumerate(community):
        members[c].append(i)
    groups = sorted(members.values(), key=lambda m: (-len(m), m[0]))
    local = np.zeros(n, dtype=np.int64)
    group_of = np.zeros(n, dtype=np.int64)
    for g, m in enumerate(groups):
        group_of[m] = g
        local[m] = np.arange(len(m))
    per_group_edges = defaultdict(list)
    for s, t in edges:
        if s != t and group_of[s] == group_of[t]:
            per_group_edges[group_of[s]].append((local[s], local[t]))

    boxes = []
    for g, m in enumerate(groups):
        pairs = np.array(per_group_edges.get(g, []), dtype=np.int64).reshape(-1, 2)
        pos = _fruchterman_reingold(len(m), pairs, seed + g, spacing)
        pos -= pos.min(axis=0)
        boxes.append(pos)

    # shelf packing, biggest first
    areas = sum((b[:, 0].max() + spacing) * (b[:, 1].max() + spacing) for b in boxes)
    row_width = max(max(b[:, 0].max() for b in boxes) + spacing, math.sqrt(areas) * 1.2)
    out = np.zeros((n, 2))
    x = y = row_height = 0.0
    for m, pos in zip(groups, boxes):
        w, h = pos[:, 0].max(), pos[:, 1].max()
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        out[m] = pos + (x, y)
        x += w + spacing
        row_height = max(row_height, h)
    out -= (out.max(axis=0) + out.min(axis=0)) / 2
    return [(round(float(px), 1), round(float(py), 1)) for px, py in out]



def _fruchterman_reingold(n, pairs, seed, k, iterations=None):
    """Fruchterman–Reingold with repulsion limited to 2k (the grid variant), via a k-d tree."""
    from scipy.spatial import cKDTree

    if n == 1:
        return np.zeros((1, 2))
    if iterations is None:
        iterations = 80 if n <= 2000 else 50
    rng = np.random.default_rng(seed)
    side = k * math.sqrt(n)
    pos = rng.random((n, 2)) * side
    temperature = side / 6
    cooling = temperature / (iterations + 1)
    a, b = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (None, None)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        close = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        if len(close):
            i, j = close[:, 0], close[:, 1]
            delta = pos[i] - pos[j]
            dist2 = np.maximum((delta * delta).sum(axis=1), 1e-2)
            force = delta * (k * k / dist2)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(i, force[:, axis], n) - np.bincount(j, force[:, axis], n)
        if a is not None:
            delta = pos[a] - pos[b]
            dist = np.sqrt(np.maximum((delta * delta).sum(axis=1), 1e-2))
            force = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(b, force[:, axis], n) - np.bincount(a, force[:, axis], n)
        length = np.sqrt((disp * disp).sum(axis=1))
        pos += disp * (np.minimum(length, temperature) / np.maximum(length, 1e-9))[:, None]
        temperature -= cooling
    return pos
