"""Node positions for the explorer, drawn as VOSviewer draws its maps: each community laid out on its own
(a grid-accelerated Fruchterman–Reingold, then nodes pushed apart until none overlap), the communities
as discs packed by their links to one another (linked ones side by side, none overlapping), and the
nodes without edges gathered in rows below. A fixed seed: the same input always gives the same positions.
"""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

GAP = 8.0  # canvas units kept free between two nodes
COMMUNITY_GAP = 60.0  # and between two communities (plus a tenth of a typical community's radius)


def layout(groups: list[int], edges: list[tuple[int, int, float]], radii: list[float], seed: int
           ) -> list[tuple[float, float]]:
    """Positions (rounded) of nodes 0…n-1, given each node's community, the weighted edges and node radii."""
    n = len(groups)
    if not n:
        return []
    radii = np.asarray(radii, dtype=float)
    linked = np.zeros(n, dtype=bool)
    inner: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    between: dict[tuple[int, int], float] = defaultdict(float)
    for s, t, weight in edges:
        if s == t:
            continue
        linked[s] = linked[t] = True
        if groups[s] == groups[t]:
            inner[groups[s]].append((s, t, weight))
        else:
            between[min(groups[s], groups[t]), max(groups[s], groups[t])] += weight
    members: dict[int, list[int]] = defaultdict(list)
    for i in np.flatnonzero(linked):
        members[groups[i]].append(int(i))
    order = sorted(members)
    pos = np.zeros((n, 2))
    extents = []
    spacing = 2 * float(np.median(radii)) + 24.0
    for g in order:
        nodes = members[g]
        local = {node: i for i, node in enumerate(nodes)}
        pairs = np.array([(local[s], local[t]) for s, t, _ in inner[g]], dtype=np.int64).reshape(-1, 2)
        weights = np.array([w for *_, w in inner[g]], dtype=float)
        found = _fruchterman_reingold(len(nodes), pairs, weights, seed + g, spacing)
        found = _separate(found - found.mean(axis=0), radii[nodes], GAP)
        pos[nodes] = found
        extents.append(float(np.max(np.hypot(found[:, 0], found[:, 1]) + radii[nodes])) + GAP)
    if order:
        number = {g: i for i, g in enumerate(order)}
        links = [(number[a], number[b], w) for (a, b), w in sorted(between.items()) if a in number and b in number]
        centres = _pack(extents, links)
        for g, centre in zip(order, centres):
            pos[members[g]] += centre
    _gather(pos, radii, ~linked)
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    return [(round(float(x), 1), round(float(y), 1)) for x, y in pos]


def _pack(extents: list[float], links: list[tuple[int, int, float]]) -> np.ndarray:
    """Centres of discs of radii `extents`, placed largest first, each at the free spot nearest to the
    discs it is linked to (weighted by its links; the middle when it has none placed yet), searched on a
    spiral: big communities in the middle, linked ones side by side, the small unlinked ones around."""
    radii = np.asarray(extents)
    count = len(radii)
    gap = COMMUNITY_GAP + 0.1 * float(np.median(radii))
    linked: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, weight in links:
        linked[a].append((b, weight))
        linked[b].append((a, weight))
    centres = np.zeros((count, 2))
    done = np.zeros(count, dtype=bool)
    turns = np.arange(1, 4000)
    spiral = np.column_stack((np.cos(turns * 2.39996), np.sin(turns * 2.39996))) * np.sqrt(turns)[:, None]
    for g in sorted(range(count), key=lambda g: (-radii[g], g)):
        near = [(h, w) for h, w in linked[g] if done[h]]
        target = (sum(centres[h] * w for h, w in near) / sum(w for _, w in near)) if near else np.zeros(2)
        if done.any():
            step = max(radii[g], gap) * 0.5
            placed = np.flatnonzero(done)
            for start in range(0, len(spiral), 500):  # nearest candidates first
                candidates = np.vstack((target, target + spiral[start:start + 500] * step)) if not start \
                    else target + spiral[start:start + 500] * step
                dist = np.hypot(candidates[:, None, 0] - centres[placed, 0], candidates[:, None, 1] - centres[placed, 1])
                free = np.flatnonzero((dist >= radii[placed] + radii[g] + gap).all(axis=1))
                if len(free):
                    target = candidates[free[0]]
                    break
            else:
                target = centres[placed].max(axis=0) + radii.max() + radii[g] + gap  # never: the spiral is long
        centres[g] = target
        done[g] = True
    return centres


def _separate(pos: np.ndarray, radii: np.ndarray, gap: float, iterations: int = 300) -> np.ndarray:
    """Push overlapping discs apart (each of a pair by half the overlap) until none overlaps (but for
    less than one unit of the gap)."""
    from scipy.spatial import cKDTree

    pos = pos.copy()
    n = len(pos)
    if n < 2:
        return pos
    reach = 2 * float(radii.max()) + gap
    jitter = np.random.default_rng(0).random((n, 2)) * 1e-3  # discs on the same spot part deterministically
    for _ in range(iterations):
        close = cKDTree(pos).query_pairs(reach, output_type="ndarray")
        if not len(close):
            break
        i, j = close[:, 0], close[:, 1]
        delta = pos[j] - pos[i] + (jitter[j] - jitter[i])
        dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
        overlap = radii[i] + radii[j] + gap - dist
        hit = overlap > 1.0  # a unit of the gap may stay taken: halving an overlap never ends it
        if not hit.any():
            break
        push = ((overlap[hit] / 2 + 0.5) / dist[hit])[:, None] * delta[hit]
        shift = np.zeros((n, 2))
        for axis in (0, 1):
            shift[:, axis] = np.bincount(j[hit], push[:, axis], n) - np.bincount(i[hit], push[:, axis], n)
        pos += shift
    return pos


def _gather(pos: np.ndarray, radii: np.ndarray, alone: np.ndarray) -> None:
    """Put the nodes in `alone` (in their order) in rows below the others."""
    nodes = np.flatnonzero(alone)
    if not len(nodes):
        return
    cell = 2 * float(radii[nodes].max()) + GAP
    rest = ~alone
    if rest.any():
        left, right = pos[rest, 0].min(), pos[rest, 0].max()
        top = (pos[rest, 1] + radii[rest]).max() + 3 * cell
    else:
        left, right, top = 0.0, cell * math.ceil(math.sqrt(len(nodes))), 0.0
    columns = max(1, int((right - left) // cell) + 1)
    for k, node in enumerate(nodes):
        pos[node] = (left + (k % columns) * cell, top + (k // columns) * cell)


def _fruchterman_reingold(n: int, pairs: np.ndarray, weights: np.ndarray, seed: int, k: float,
                          iterations: int | None = None) -> np.ndarray:
    """Fruchterman–Reingold with repulsion limited to 2k (the grid variant, via a k-d tree); an edge pulls
    with 1 + log of its weight."""
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
    pull = 1.0 + np.log(np.maximum(weights, 1.0)) if len(pairs) else None
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
            force = delta * (dist / k * pull)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(b, force[:, axis], n) - np.bincount(a, force[:, axis], n)
        length = np.sqrt((disp * disp).sum(axis=1))
        pos += disp * (np.minimum(length, temperature) / np.maximum(length, 1e-9))[:, None]
        temperature -= cooling
    return pos
