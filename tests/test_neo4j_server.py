"""policykg.neo4j_server against a real local Neo4j server (built with Maven on first use)."""

import shutil

import pytest

from policykg.neo4j_server import LocalNeo4j

neo4j = pytest.importorskip("neo4j")

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(
        shutil.which("java") is None or shutil.which("mvn") is None,
        reason="java and mvn are needed to build and run the local Neo4j server",
    ),
]

PASSWORD = "policykg-test-password"


@pytest.fixture(scope="module")
def server():
    with LocalNeo4j() as running:
        yield running


@pytest.fixture(scope="module")
def auth_server():
    with LocalNeo4j(password=PASSWORD) as running:
        yield running


def test_create_and_count_node(server):
    assert server.uri.startswith("bolt://127.0.0.1:")
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        driver.execute_query("CREATE (:Probe {name: $name})", name="国务院", database_="neo4j")
        records, _, _ = driver.execute_query("MATCH (n:Probe) RETURN count(n) AS n, collect(n.name) AS names",
                                             database_="neo4j")
    assert records[0]["n"] == 1
    assert records[0]["names"] == ["国务院"]


def test_password_is_required_and_checked(auth_server):
    with neo4j.GraphDatabase.driver(auth_server.uri, auth=("neo4j", "wrong-password")) as driver:
        with pytest.raises(neo4j.exceptions.AuthError):
            driver.verify_connectivity()
    with neo4j.GraphDatabase.driver(auth_server.uri, auth=("neo4j", PASSWORD)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one", database_="neo4j")
    assert records[0]["one"] == 1


def test_closing_stdin_stops_the_server():
    server = LocalNeo4j().start()
    try:
        process = server.process
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        server.stop()


def test_serve_mentions_maven_only_when_the_server_is_not_built(tmp_path):
    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.neo4j_server import build, is_built

    build()
    assert is_built()
    result = CliRunner().invoke(app, ["neo4j", "serve", "--port", "-1", "--data", str(tmp_path / "data")])
    assert result.exit_code == 1  # the launcher refuses the port
    lines = result.stderr.splitlines()
    assert lines[0] == "policykg: starting Neo4j…" and "Maven" not in result.stderr
    assert lines[-1].startswith("policykg: error: Neo4j failed to start")
