"""Push a graph into a running Neo4j with the official driver: idempotent, batched, parameterised.

Nodes become ``(:Entity:<Type> {id: "LABEL:name", ...})`` and edges relationships of their kind (an id or
name too long for an index shortened by `policykg.graph.schema.neo4j_id`, the whole name in ``full_name``); with
``documents=True`` also ``(:Document {id, ...})-[:MENTIONS {count, starts, ends, sentences}]->(:Entity)``.
Rows go in batches of ``UNWIND $rows ... MERGE`` on the identity key (node ``id``; start, end and type of a
relationship) followed by ``SET``, so pushing again updates properties and never duplicates. Values are
stored as `policykg.export.neo4j_values` says (lists of scalars as Neo4j lists; objects and lists of
objects, ``by_year``, ``by_month``, ``evidence``, as JSON text), as in the neo4j-admin files. Labels,
types and property keys in the query text come from fixed whitelists only.
"""
from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from policykg.errors import PolicyKGError
from policykg.export.graphml import read_graphml
from policykg.export.mentions import offsets
from policykg.export.neo4j_values import (MENTION_FIELDS, document_properties, mention_relationships, neo4j_value,
                                          node_properties)
from policykg.graph.schema import EDGE_FIELDS, EDGE_KINDS, NEO4J_LABELS, NODE_FIELDS, neo4j_id
from policykg.knowledge import KnowledgeGraph, load
from policykg.records import DOCUMENT_COLUMNS

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
SCHEMA = (  # uniqueness constraints for MERGE; the name index for the cookbook's lookups
    "CREATE CONSTRAINT policykg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT policykg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE INDEX policykg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
)
# The only text formatted into queries: labels from NEO4J_LABELS, types from EDGE_KINDS, property keys
# from the schema (NODE_FIELDS, EDGE_FIELDS, DOCUMENT_COLUMNS, MENTION_FIELDS). Rows are lists: the
# identity first, then one column per schema property (`SET x.key = row[i]`, null removes it), then a
# map of any other properties (`SET x += row[-1]`), sent only when there are some.
NODE_MERGE = "UNWIND $rows AS row MERGE (x:Entity {{id: row[0]}}) SET x:{label}"
RELATIONSHIP_MERGE = ("UNWIND $rows AS row MATCH (a:Entity {{id: row[0]}}) MATCH (b:Entity {{id: row[1]}}) "
                      "MERGE (a)-[x:{kind}]->(b)")
DOCUMENT_MERGE = "UNWIND $rows AS row MERGE (x:Document {id: row[0]})"
MENTION_MERGE = ("UNWIND $rows AS row MATCH (d:Document {id: row[0]}) MATCH (e:Entity {id: row[1]}) "
                 "MERGE (d)-[x:MENTIONS]->(e)")
WIPE_QUERIES = ("MATCH ()-[r]->() WITH r LIMIT $n DELETE r RETURN count(*) AS n",
                "MATCH (n) WITH n LIMIT $n DETACH DELETE n RETURN count(*) AS n")

Progress = Callable[[int, int, str], None]  # (rows done, rows in all, current stage)


class Neo4jPushError(PolicyKGError):
    """A push to Neo4j failed; the message is one line."""


class Neo4jConnectionError(Neo4jPushError):
    """Neo4j is unreachable, refused the credentials or has no such database."""


class Neo4jBatchError(Neo4jPushError):
    """Neo4j rejected rows: a batch (`reason`), or at the end of a push the single rows it would not take
    (`stats.rejected`); the other rows are stored and re-running the push is safe."""

    def __init__(self, message: str, reason: str = "", stats: PushStats | None = None):
        super().__init__(message)
        self.reason = reason
        self.stats = stats


@dataclass
class PushStats:
    """What a push sent and what Neo4j reported changing."""

    nodes: int = 0  # entity rows sent
    relationships: int = 0  # entity-to-entity rows sent
    documents: int = 0
    mentions: int = 0  # MENTIONS rows sent (one per document and entity)
    nodes_created: int = 0
    relationships_created: int = 0
    nodes_deleted: int = 0  # by wipe
    relationships_deleted: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage: "wipe", "PERSON", "CO_OCCURS", ...
    rejected: list[str] = field(default_factory=list)  # rows Neo4j would not take: "what: reason"


@dataclass
class Stage:
    """One kind of row and the query that writes a batch of them."""

    name: str  # PERSON … SLOGAN, CO_OCCURS … PROMOTES, Document, MENTIONS
    query: str
    rows: list[list]


def push(graph: nx.MultiDiGraph | KnowledgeGraph, uri: str, user: str | None = None, password: str | None = None,
         database: str = "neo4j", batch_size: int = 5000, wipe: bool = False, documents: bool = False,
         progress: Progress | None = None) -> PushStats:
    """Push `graph` (or a KnowledgeGraph) to Neo4j at `uri`; ``password=None`` connects without auth.

    ``wipe=True`` first deletes everything in the database, in batches. ``documents=True`` also pushes
    the :Document nodes and MENTIONS relationships, which needs a KnowledgeGraph with its documents and
    mentions (`policykg.build` or `load_build`). A batch Neo4j rejects is split until the rows it would
    not take are found; the others are stored, and Neo4jBatchError (with `stats`) names the rejected
    rows at the end.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    stages = plan(graph, documents)
    sizes = {stage.name: len(stage.rows) for stage in stages}
    stats = PushStats(nodes=sum(sizes.get(label, 0) for label in NEO4J_LABELS),
                      relationships=sum(sizes.get(kind, 0) for kind in EDGE_KINDS),
                      documents=sizes.get("Document", 0), mentions=sizes.get("MENTIONS", 0))
    total, done = sum(sizes.values()), 0
    with _connect(uri, user, password) as driver, driver.session(database=database) as session:
        _call(session, lambda tx: [tx.run(q).consume() for q in SCHEMA], uri, database, "the constraints")
        if wipe:
            started = time.perf_counter()
            stats.relationships_deleted, stats.nodes_deleted = (
                _wipe(session, query, batch_size, uri, database) for query in WIPE_QUERIES)
            stats.seconds["wipe"] = time.perf_counter() - started
        for stage in stages:
            started = time.perf_counter()
            batches = range(0, len(stage.rows), batch_size)
            for number, start in enumerate(batches, 1):
                batch = stage.rows[start:start + batch_size]
                _write(session, stage, batch, f"batch {number} of {len(batches)} of {_describe(stage.name)}", uri,
                       database, stats)
                done += len(batch)
                if progress is not None:
                    progress(done, total, stage.name)
            stats.seconds[stage.name] = time.perf_counter() - started
    if stats.rejected:
        more = f" and {len(stats.rejected) - 1} more" if len(stats.rejected) > 1 else ""
        raise Neo4jBatchError(f"Neo4j at {uri} rejected {len(stats.rejected)} of {total} rows ({stats.rejected[0]}"
                              f"{more}); the other rows are stored, and re-running the push is safe", stats=stats)
    return stats


def _write(session: neo4j.Session, stage: Stage, rows: list[list], what: str, uri: str, database: str,
           stats: PushStats) -> None:
    """Write rows in one transaction; when Neo4j rejects them, the halves apart, down to the rejected rows."""
    try:
        counters = _call(session, lambda tx: tx.run(stage.query, rows=rows).consume().counters, uri, database, what)
    except Neo4jBatchError as err:
        if len(rows) == 1:
            stats.rejected.append(f"{_describe_row(stage, rows[0])}: {err.reason}")
            return
        half = len(rows) // 2
        for part in (rows[:half], rows[half:]):
            _write(session, stage, part, f"{len(part)} rows of {_describe(stage.name)}", uri, database, stats)
        return
    stats.nodes_created += counters.nodes_created
    stats.relationships_created += counters.relationships_created


def plan(graph: nx.MultiDiGraph | KnowledgeGraph, documents: bool = False) -> list[Stage]:
    """The stages of a push, in order: nodes per type, relationships per kind, then documents and mentions.

    Raises Neo4jPushError for a node type or edge kind outside the whitelists, or for ``documents=True``
    without the documents and mentions of the build.
    """
    kg = graph if isinstance(graph, KnowledgeGraph) else KnowledgeGraph(graph)
    nodes: dict[str, list] = defaultdict(list)
    for node, data in kg.graph.nodes(data=True):
        label = data.get("label")
        if label not in NEO4J_LABELS:
            raise Neo4jPushError(f"node {node!r} has type {label!r}; Neo4j gets only {', '.join(NEO4J_LABELS)}")
        nodes[label].append(([neo4j_id(node)], node_properties(data)))
    edges: dict[str, list] = defaultdict(list)
    for u, v, kind, data in kg.graph.edges(keys=True, data=True):
        if kind not in EDGE_KINDS:
            raise Neo4jPushError(f"edge {u!r} → {v!r} has kind {kind!r}; Neo4j gets only {', '.join(EDGE_KINDS)}")
        edges[kind].append(([neo4j_id(u), neo4j_id(v)], data))
    stages = [_stage(label, NODE_MERGE.format(label=NEO4J_LABELS[label]), NODE_FIELDS, nodes[label], skip={"id"})
              for label in NEO4J_LABELS if label in nodes]
    stages += [_stage(kind, RELATIONSHIP_MERGE.format(kind=kind), EDGE_FIELDS, edges[kind], skip={"kind"})
               for kind in EDGE_KINDS if kind in edges]
    if documents:
        if not kg.documents_list or not kg.mentions_list:
            raise Neo4jPushError("pushing documents needs the build's documents and mentions "
                                 "(documents and mentions tables in the output folder)")
        docs = [([neo4j_id(d["id"])], document_properties(d)) for d in kg.documents_list]
        stages.append(_stage("Document", DOCUMENT_MERGE, DOCUMENT_COLUMNS, docs))
        mentions = offsets(kg.mentions_list)
        stages.append(_stage("MENTIONS", MENTION_MERGE, MENTION_FIELDS,
                             [(list(pair), data) for pair, data in
                              mention_relationships(mentions, kg.graph, {d["id"] for d in kg.documents_list})]))
    return stages


def _stage(name: str, merge: str, fields: Iterable[str], items: list[tuple[list, dict]],
           skip: frozenset[str] | set[str] = frozenset()) -> Stage:
    """Rows ``identity + [one column per schema field present] (+ [map of other properties])``.

    `skip`: keys never sent as properties (the identity key, the relationship kind).
    """
    keys = set().union(*(data for _, data in items))
    present = [f for f in fields if f in keys and f not in skip]
    known = {*present, *skip}
    other = bool(keys - known)
    width = len(items[0][0]) if items else 0
    sets = [f"x.{f} = row[{width + i}]" for i, f in enumerate(present)]
    if other:
        sets.append(f"x += row[{width + len(present)}]")
    rows = []
    for identity, data in items:
        row = identity + [neo4j_value(data.get(f)) for f in present]
        if other:
            row.append({k: x for k, v in data.items() if k not in known and (x := neo4j_value(v)) is not None})
        rows.append(row)
    joiner = ", " if " SET " in merge else " SET "
    return Stage(name, merge + (joiner + ", ".join(sets) if sets else ""), rows)


def _describe(stage: str) -> str:
    if stage in NEO4J_LABELS:
        return f"{stage} nodes"
    return "Document nodes" if stage == "Document" else f"{stage} relationships"


def _describe_row(stage: Stage, row: list) -> str:
    """"PERSON node PERSON:袁家军", "HOLDS relationship PERSON:袁家军 → POSITION:市委书记" (long ids cut)."""
    def short(value) -> str:
        return value if len(str(value)) <= 80 else f"{str(value)[:77]}…"

    if stage.name in NEO4J_LABELS or stage.name == "Document":
        return f"{_describe(stage.name)[:-1]} {short(row[0])}"
    return f"{_describe(stage.name)[:-1]} {short(row[0])} → {short(row[1])}"


def _connect(uri: str, user: str | None, password: str | None) -> neo4j.Driver:
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError as err:
        raise Neo4jConnectionError(f"{uri!r} is not a valid Neo4j address ({err}): use bolt://HOST:7687 or "
                                   "neo4j+s://HOST") from None
    if parts.scheme not in SCHEMES:
        raise Neo4jConnectionError(f"{uri!r} is not a Neo4j Bolt URI: use bolt://HOST:7687 or neo4j+s://HOST "
                                   f"(schemes: {', '.join(SCHEMES)})")
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, user_agent="policykg", notifications_min_severity="OFF",
                                            max_transaction_retry_time=15)
    except (DriverError, ValueError) as err:
        raise Neo4jConnectionError(f"cannot use the Neo4j URI {uri!r}: {err}") from None
    try:
        driver.verify_connectivity()  # fails at once, where transactions would retry for 30 s
    except (Neo4jError, DriverError, ValueError, OSError) as err:
        driver.close()
        raise Neo4jConnectionError(_connection_message(err, uri, "neo4j", auth)
                                   or f"Neo4j at {uri} refused the connection: {_one_line(str(err))}") from None
    return driver


def _call(session: neo4j.Session, work, uri: str, database: str, what: str):
    """Run `work` in a write transaction (with the driver's retries); failures as one-line errors."""
    try:
        return session.execute_write(work)
    except (Neo4jError, DriverError) as err:
        if not isinstance(err, Neo4jError):
            raise Neo4jConnectionError(f"lost the connection to Neo4j at {uri} during {what}: "
                                       f"{_unreachable(str(err))} "
                                       f"(the push is idempotent, so re-running it is safe)") from None
        message = _connection_message(err, uri, database, auth=True)
        if message:
            raise Neo4jConnectionError(message) from None
        reason = _one_line(err.message)
        raise Neo4jBatchError(f"Neo4j at {uri} rejected {what}: {reason} (batches before it are stored; "
                              f"the push is idempotent, so re-running it is safe)", reason) from None


def _connection_message(err: Exception, uri: str, database: str, auth) -> str | None:
    """The one-line message, in plain words, for an unreachable server, bad credentials, too many of them,
    or a missing database; else None."""
    code = getattr(err, "code", None) or ""
    if code == "Neo.ClientError.Security.AuthenticationRateLimit":
        return (f"Neo4j at {uri} refuses to log in for a while after too many wrong passwords in a row; check "
                "the user name and password (--user, --password or NEO4J_PASSWORD) and try again in a few seconds")
    if isinstance(err, AuthError) or code.startswith("Neo.ClientError.Security.Unauthorized"):
        hint = "" if auth else " (no password given: use --password or NEO4J_PASSWORD)"
        return f"Neo4j at {uri} refused the user name or password{hint}: {_one_line(getattr(err, 'message', ''))}"
    if isinstance(err, Neo4jError) and code == "Neo.ClientError.Database.DatabaseNotFound":
        return (f"Neo4j at {uri} has no database {database!r} (Neo4j Community has one user database, "
                f"'neo4j'): {_one_line(err.message)}")
    if not isinstance(err, Neo4jError):
        return f"cannot reach Neo4j at {uri}: {_unreachable(str(err))}"
    return None


_UNREACHABLE = (  # what a failure to connect says → the same in plain words
    (("Connection refused", "Errno 111"), "nothing answers on that port (is the server running? `policykg neo4j "
                                          "serve` starts the bundled one)"),
    (("Name or service not known", "nodename nor servname", "DNS resolve", "Servname not supported"),
     "the host name or port is not known"),
    (("timed out", "Timeout"), "no answer in time (a firewall, or a wrong host?)"),
    (("SSL", "certificate"), "the secure connection failed (bolt+s/neo4j+s needs a server with TLS; use "
                             "bolt+ssc for a self-signed certificate, bolt:// for none)"),
)


def _unreachable(reason: str) -> str:
    for markers, words in _UNREACHABLE:
        if any(marker in reason for marker in markers):
            return words
    return _one_line(reason)


def _one_line(text: str | None) -> str:
    return " ".join(line.strip() for line in (text or "").splitlines() if line.strip()) or "no reason given"


def _wipe(session: neo4j.Session, query: str, batch_size: int, uri: str, database: str) -> int:
    deleted = 0
    while True:
        n = _call(session, lambda tx: tx.run(query, n=batch_size).single()["n"], uri, database, "a wipe batch")
        if n == 0:
            return deleted
        deleted += n


def load_build(folder: str | os.PathLike, mentions: bool = True) -> KnowledgeGraph:
    """A `policykg build` output folder: `policykg.load` (tables, documents and, when `mentions`, mentions),
    else graph.graphml."""
    folder = Path(folder)
    if any((folder / f"nodes.{suffix}").is_file() for suffix in ("parquet", "csv")):
        return load(folder, mentions)
    if (folder / "graph.graphml").is_file():
        return KnowledgeGraph(read_graphml(folder / "graph.graphml"))
    raise PolicyKGError(f"{folder}: not a policykg build output (no nodes.parquet, nodes.csv or graph.graphml)")


def is_build_folder(path: str | os.PathLike) -> bool:
    """Whether `path` is a folder written by `policykg build`."""
    return any((Path(path) / name).is_file() for name in ("nodes.parquet", "nodes.csv", "graph.graphml"))
