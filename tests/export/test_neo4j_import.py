"""`policykg neo4j import` against the real bundled server: the database neo4j-admin makes from a build's
files (with their documents and mentions) answers every query as a push --documents of the same build does."""
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import policykg
from policykg.cli import app
from policykg.export.neo4j import load_build, push
from policykg.neo4j_server import LocalNeo4j

neo4j = pytest.importorskip("neo4j")

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.xdist_group("neo4j_push"),
    pytest.mark.skipif(shutil.which("java") is None or shutil.which("mvn") is None,
                       reason="java and mvn are needed to build and run the local Neo4j server"),
]

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "queries").glob("*.cypher"))
runner = CliRunner()


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("build")
    policykg.build([ROOT / "seeds"]).write(folder, formats=["csv", "neo4j-csv"])
    return folder


@pytest.fixture(scope="module")
def imported(build, tmp_path_factory):
    data = tmp_path_factory.mktemp("imported")
    result = runner.invoke(app, ["neo4j", "import", str(build), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert re.match(r"imported \d+ entities and \d+ relationships into ", result.stdout)
    with LocalNeo4j(data_dir=data) as server, neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        yield driver


@pytest.fixture(scope="module")
def pushed(build):
    with LocalNeo4j() as server, neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        push(load_build(build), server.uri, documents=True)
        yield driver


def query(driver, cypher, **params):
    return [r.data() for r in driver.execute_query(cypher, params, database_="neo4j").records]


def everything(driver) -> dict:
    """Every node and relationship with its labels or type and properties, and the schema."""
    return {
        "nodes": sorted((sorted(r["labels"]), sorted(r["properties"].items())) for r in query(
            driver, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")),
        "relationships": sorted((r["start"], r["end"], r["type"], sorted(r["properties"].items())) for r in query(
            driver, "MATCH (a)-[r]->(b) RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties")),
        "schema": sorted(r["name"] for r in query(driver, "SHOW INDEXES YIELD name RETURN name")
                         if r["name"].startswith("policykg")),
    }


def test_the_import_is_the_database_a_push_makes(imported, pushed):
    got, expected = everything(imported), everything(pushed)
    assert len(got["nodes"]) > 100 and len(got["relationships"]) > 100
    assert got == expected


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_cookbook_answers_are_those_of_a_push(imported, pushed, path):
    cypher = path.read_text(encoding="utf-8")
    header = re.search(r"^// :param (\{.*\})$", cypher, re.M)
    params = query(pushed, f"RETURN {header.group(1)} AS p")[0]["p"]
    assert query(imported, cypher, **params) == query(pushed, cypher, **params)


def test_an_existing_database_is_kept_unless_overwritten(build, tmp_path):
    data = tmp_path / "data"
    (data / "data" / "databases" / "neo4j").mkdir(parents=True)
    (data / "data" / "databases" / "neo4j" / "neostore").write_bytes(b"a database")
    result = runner.invoke(app, ["neo4j", "import", str(build), "--data", str(data)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"policykg: error: {data} already holds a database 'neo4j': add --overwrite to "
                                     f"replace it (stop its server first)")
    assert (data / "data" / "databases" / "neo4j" / "neostore").read_bytes() == b"a database"


@pytest.mark.parametrize("case", ["no build", "not neo4j-csv", "other database", "no neo4j home"])
def test_bad_requests_say_one_line(build, tmp_path, case):
    other = tmp_path / "other"
    other.mkdir()
    (other / "nodes.csv").write_text("id\n", encoding="utf-8")
    args = {"no build": [str(tmp_path / "missing")], "not neo4j-csv": [str(other)],
            "other database": [str(build), "--database", "mine"],
            "no neo4j home": [str(build), "--neo4j-home", str(other)]}[case]
    result = runner.invoke(app, ["neo4j", "import", *args, "--data", str(tmp_path / "data")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policykg: error: ")
    assert {"no build": "no neo4j/import.sh", "not neo4j-csv": "no neo4j/import.sh", "other database": "serves one",
            "no neo4j home": "no bin/neo4j-admin"}[case] in lines[0]
