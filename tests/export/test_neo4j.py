"""policykg.export.neo4j, the cookbook and `policykg neo4j push` against the real local Neo4j server."""
import json
import socket
import time
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import policykg
from policykg.cli import app
from policykg.errors import PolicyKGError
from policykg.export.neo4j import Neo4jBatchError, Neo4jConnectionError, Neo4jPushError, load_build, plan, push
from policykg.graph.schema import NEO4J_LABELS
from policykg.neo4j_server import LocalNeo4j

from cookbook import QUERIES, query, run_cookbook, server_marks

neo4j = pytest.importorskip("neo4j")

pytestmark = server_marks("neo4j_push")

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "policykg-push-test"
HOSTILE = ['引号"双\'单', "back`tick`", "{brace}", "}) DETACH DELETE n //", "MATCH (n) DETACH DELETE n",
           "RETURN 1; CALL db.clearQueryCaches()", "$rows", "反斜杠\\n\\", "line\nbreak", "WITH * MERGE (x) SET x:Evil"]


@pytest.fixture(scope="module")
def server():
    with LocalNeo4j(password=PASSWORD) as running:
        yield running


@pytest.fixture(scope="module")
def driver(server):
    with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", PASSWORD)) as opened:
        yield opened


@pytest.fixture(scope="module")
def kg():
    return policykg.build([ROOT / "seeds"])


def send(graph, server, **kwargs):
    return push(graph, server.uri, password=PASSWORD, **kwargs)


def counts(driver) -> tuple[Counter, Counter]:
    labels = Counter({r["label"]: r["n"] for r in query(
        driver, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")})
    types = Counter({r["type"]: r["n"] for r in query(driver, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")})
    return labels, types


def expected(graph: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    labels = Counter(NEO4J_LABELS[d["label"]] for _, d in graph.nodes(data=True))
    labels["Entity"] = graph.number_of_nodes()
    return labels, Counter(k for _, _, k in graph.edges(keys=True))


def test_push_matches_the_graph_and_is_idempotent(server, driver, kg):
    stats = send(kg.graph, server, wipe=True, batch_size=100)
    assert counts(driver) == expected(kg.graph)
    assert (stats.nodes_created, stats.relationships_created) == (kg.graph.number_of_nodes(), kg.graph.number_of_edges())
    again = send(kg.graph, server)
    assert counts(driver) == expected(kg.graph)
    assert (again.nodes_created, again.relationships_created) == (0, 0)

    node = query(driver, "MATCH (s:Entity:Slogan {id: 'SLOGAN:33618'}) RETURN properties(s) AS p")[0]["p"]
    data = kg.graph.nodes["SLOGAN:33618"]
    assert node["parts"] == data["parts"] and node["doc_ids"] == data["doc_ids"]  # lists stay lists
    assert data["aliases"] == [] and "aliases" not in node  # an empty list is no property (as in neo4j-admin files)
    assert json.loads(node["by_year"]) == data["by_year"]  # objects are JSON text
    edge = query(driver, "MATCH (:Person {name: '袁家军'})-[r:PROMOTES]->(:Slogan {name: '33618'}) "
                         "RETURN properties(r) AS p")[0]["p"]
    data = kg.graph.edges["PERSON:袁家军", "SLOGAN:33618", "PROMOTES"]
    assert json.loads(edge["evidence"]) == data["evidence"] and edge["count"] == data["count"]
    assert "kind" not in edge


def test_a_larger_build_adds_and_wipe_starts_clean(server, driver, kg):
    part = kg.graph.subgraph(sorted(kg.graph)[::3]).copy()
    send(part, server, wipe=True)
    assert counts(driver) == expected(part)
    send(kg.graph, server)
    assert counts(driver) == expected(kg.graph)
    stats = send(part, server, wipe=True, batch_size=50)
    assert counts(driver) == expected(part)
    assert (stats.nodes_deleted, stats.relationships_deleted) == (kg.graph.number_of_nodes(), kg.graph.number_of_edges())


def test_documents_and_mentions(server, driver, kg):
    stats = send(kg, server, wipe=True, documents=True)
    rows = next(stage.rows for stage in plan(kg, documents=True) if stage.name == "MENTIONS")
    labels, types = counts(driver)
    assert labels["Document"] == stats.documents == len(kg.documents_list) == 5
    assert types["MENTIONS"] == stats.mentions == len(rows) > 0
    starts = sorted(m.start for m in kg.mentions_list if m.key == "SLOGAN:33618" and m.doc == kg.documents_list[0]["id"])
    stored = query(driver, "MATCH (d:Document {id: $doc})-[m:MENTIONS]->(:Entity {id: 'SLOGAN:33618'}) RETURN m",
                   doc=kg.documents_list[0]["id"])[0]["m"]
    assert stored["starts"] == starts and stored["count"] == len(starts)
    assert isinstance(query(driver, "MATCH (d:Document) RETURN d.chars AS n LIMIT 1")[0]["n"], int)


def test_documents_need_mentions(server, kg):
    with pytest.raises(Neo4jPushError, match="documents and mentions"):
        send(kg.graph, server, documents=True)


def _names(rows, key):
    return [r[key] for r in rows]


CHECKS = {
    "officials_for_formulation": lambda rows: rows[0]["official"] == "袁家军" and rows[0]["promotes"] > 0,
    "formulations_promoted_by": lambda rows: "33618" in _names(rows, "formulation"),
    "districts_with_formulation": lambda rows: {"涪陵区", "渝北区"} & set(_names(rows, "district"))
    and all(r["district"][-1] in "区县" for r in rows),
    "shortest_path": lambda rows: len(rows) == 1 and rows[0]["entities"][0] == "袁家军"
    and rows[0]["entities"][-1] == "重庆川仪精密机械有限公司"
    and all(json.loads(step["evidence"])[0]["text"] for step in rows[0]["steps"]),
    "formulations_by_first_year": lambda rows: _names(rows, "year") == sorted(_names(rows, "year"))
    and any(f["name"] == "33618" and f["descriptor"] for r in rows for f in r["most_mentioned"]),
    "communities": lambda rows: len(rows) > 1 and rows[0]["size"] >= rows[-1]["size"] >= 2,
    "positions_held": lambda rows: {"official": "袁家军", "positions": ["市委书记"]}.items()
    <= next(r for r in rows if r["official"] == "袁家军").items(),
    "strongest_cooccurrences": lambda rows: rows and all(r["sentences"] >= 2 for r in rows)
    and _names(rows, "npmi") == sorted(_names(rows, "npmi"), reverse=True),
    "documents_mentioning": lambda rows: len(rows) == 5 and all(r["starts"] for r in rows),
}


def test_every_cookbook_query_has_a_check():
    assert sorted(p.stem for p in QUERIES) == sorted(CHECKS)


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_cookbook_query(server, driver, kg, path):
    if query(driver, "MATCH (d:Document) RETURN count(d) AS n")[0]["n"] != len(kg.documents_list):
        send(kg, server, wipe=True, documents=True)
    rows = run_cookbook(driver, path)
    assert rows and CHECKS[path.stem](rows), rows[:5]


def hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for i, name in enumerate(HOSTILE):
        person, slogan = f"PERSON:{name}", f"SLOGAN:{name}"
        graph.add_node(person, label="PERSON", name=name, aliases=[name, "`"], mentions=i, by_year={name: i},
                       **{"odd`key} SET n.x=1 //": name})
        graph.add_node(slogan, label="SLOGAN", name=name, aliases=[])
        graph.add_edge(person, slogan, key="PROMOTES", kind="PROMOTES", count=1, note=name,
                       evidence=[{"doc": name, "sentence": 0, "start": 0, "end": len(name), "text": name}])
    return graph


def test_hostile_names_are_stored_verbatim_and_run_nothing(server, driver, kg):
    send(kg.graph, server, wipe=True)
    graph = hostile_graph()
    send(graph, server)
    both = nx.compose(kg.graph, graph)
    assert counts(driver) == expected(both)
    for name in HOSTILE:
        node = query(driver, "MATCH (p:Entity:Person {id: $id}) RETURN properties(p) AS p", id=f"PERSON:{name}")[0]["p"]
        assert node["name"] == name and node["aliases"] == [name, "`"] and node["odd`key} SET n.x=1 //"] == name
        assert json.loads(node["by_year"]) == {name: HOSTILE.index(name)}
        edge = query(driver, "MATCH (:Person {id: $a})-[r:PROMOTES]->(:Slogan {id: $b}) RETURN r",
                     a=f"PERSON:{name}", b=f"SLOGAN:{name}")[0]["r"]
        assert edge["note"] == name and json.loads(edge["evidence"])[0]["text"] == name
    assert query(driver, "MATCH (n) WHERE n:Evil OR n.x IS NOT NULL RETURN count(n) AS n")[0]["n"] == 0


@pytest.mark.parametrize("change", ["label", "kind"])
def test_types_outside_the_whitelist_are_refused(server, driver, kg, change):
    send(kg.graph, server, wipe=True)
    graph = nx.MultiDiGraph()
    evil = "PERSON`) DETACH DELETE n //"
    graph.add_node("PERSON:a", label=evil if change == "label" else "PERSON", name="a")
    graph.add_node("PERSON:b", label="PERSON", name="b")
    graph.add_edge("PERSON:a", "PERSON:b", key=evil if change == "kind" else "HOLDS", kind="x")
    with pytest.raises(Neo4jPushError, match="Neo4j gets only"):
        send(graph, server)
    assert counts(driver) == expected(kg.graph)


def test_a_rejected_row_is_named_and_the_others_are_stored(server, driver):
    graph = nx.MultiDiGraph()
    for i in range(5):
        graph.add_node(f"PERSON:p{i}", label="PERSON", name=f"p{i}", aliases=["text", 1] if i == 3 else [])
        graph.add_edge(f"PERSON:p{i}", f"PERSON:p{(i + 1) % 5}", key="CO_OCCURS", kind="CO_OCCURS", count=1)
    for attempt in range(2):  # and again: the push goes on past the bad row every time
        with pytest.raises(Neo4jBatchError) as caught:
            send(graph, server, batch_size=2, wipe=attempt == 0)
        message = str(caught.value)
        assert message.startswith(f"Neo4j at {server.uri} rejected 1 of 10 rows (PERSON node PERSON:p3: ")
        assert "re-running the push is safe" in message and "\n" not in message
        (rejected,) = caught.value.stats.rejected
        assert rejected.startswith("PERSON node PERSON:p3: Neo4j only supports a subset of Cypher types")
        labels, types = counts(driver)
        assert (labels["Person"], types["CO_OCCURS"]) == (4, 3)  # the edges of p3 have no end to attach to


def test_a_name_too_long_for_an_index_is_kept_whole(server, driver):
    long = "很长的名字" * 4_000  # 20,000 characters, 60 kB of UTF-8: more than an index key holds
    graph = nx.MultiDiGraph()
    graph.add_node(f"SLOGAN:{long}", label="SLOGAN", name=long, aliases=[long], mentions=1)
    graph.add_node("PERSON:袁家军", label="PERSON", name="袁家军", mentions=1)
    graph.add_edge("PERSON:袁家军", f"SLOGAN:{long}", key="PROMOTES", kind="PROMOTES", count=1)
    send(graph, server, wipe=True)
    again = send(graph, server)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    node = query(driver, "MATCH (:Person {name: '袁家军'})-[:PROMOTES]->(s:Slogan) RETURN s.id AS id, s.name AS name, "
                         "s.full_name AS full_name")[0]
    assert node["full_name"] == long and node["id"].startswith(f"SLOGAN:{long[:57]}…#")
    assert node["name"].startswith(long[:64] + "…#") and len(node["id"].encode()) < 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("case", ["wrong password", "no password", "unreachable", "unknown database", "not bolt",
                                  "not a port", "port out of range", "unknown host"])
def test_connection_failures_say_one_clear_line(server, kg, case):
    uri, password, database = server.uri, PASSWORD, "neo4j"
    if case == "wrong password":
        password = "not-the-password"
    elif case == "no password":
        password = None
    elif case == "unreachable":
        uri = f"bolt://127.0.0.1:{free_port()}"
    elif case == "unknown database":
        database = "nosuchdb"
    elif case == "not a port":
        uri = "bolt://127.0.0.1:notaport"
    elif case == "port out of range":
        uri = "bolt://127.0.0.1:99999"
    elif case == "unknown host":
        uri = "bolt://no-such-host.invalid:7687"
    else:
        uri = server.uri.replace("bolt://", "http://")
    with pytest.raises(Neo4jConnectionError) as caught:
        push(kg.graph, uri, password=password, database=database)
    message = str(caught.value)
    assert isinstance(caught.value, PolicyKGError) and "\n" not in message
    assert {"wrong password": "refused the user name or password", "no password": "no password given",
            "unreachable": f"cannot reach Neo4j at {uri}: nothing answers on that port",
            "unknown database": "no database 'nosuchdb'", "not bolt": "is not a Neo4j Bolt URI",
            "not a port": "is not a valid Neo4j address", "port out of range": "is not a valid Neo4j address",
            "unknown host": "the host name or port is not known"}[case] in message


def test_cli_push(server, driver, kg, tmp_path):
    runner = CliRunner()
    kg.write(tmp_path, formats=["csv"])
    env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": PASSWORD}
    result = runner.invoke(app, ["neo4j", "push", str(tmp_path), "--wipe", "--documents", "--batch-size", "500"],
                           env=env)
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stdout
    labels, types = counts(driver)
    assert (labels - Counter({"Document": 5}), types - Counter({"MENTIONS": types["MENTIONS"]})) \
        == expected(load_build(tmp_path).graph)
    assert labels["Document"] == 5 and types["MENTIONS"] > 0

    result = runner.invoke(app, ["neo4j", "push", str(ROOT / "seeds"), "--wipe", "--no-progress"], env=env)
    assert result.exit_code == 0, result.output
    assert counts(driver) == expected(kg.graph)

    result = runner.invoke(app, ["neo4j", "push", str(tmp_path), "--password", "wrong-password"], env=env)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1].startswith("policykg: error: Neo4j at ") and "Traceback" not in result.output


def test_too_many_wrong_passwords_say_so_in_plain_words(server, kg):
    """(Last in the module: Neo4j then refuses logins of user neo4j for a few seconds.)"""
    messages = []
    for _ in range(5):
        with pytest.raises(Neo4jConnectionError) as caught:
            push(kg.graph, server.uri, password="not-the-password")
        messages.append(str(caught.value))
    assert "too many wrong passwords in a row" in messages[-1] and "Neo.ClientError" not in messages[-1]
    time.sleep(6)  # the lock of the account ends (dbms.security.auth_lock_time, 5 s)
