"""The neo4j-admin files of a build, imported into the bundled Neo4j server with `neo4j/import.sh`, give the
same database as `push --documents`: the same nodes, relationships and properties, and the same answers
to every query of the cookbook."""
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import policykg
from policykg.cli import app
from policykg.export.neo4j import push
from policykg.neo4j_server import SCRIPT, LocalNeo4j, build

from cookbook import QUERIES, query, run_cookbook, server_marks

neo4j = pytest.importorskip("neo4j")

pytestmark = server_marks("neo4j_import")

ROOT = Path(__file__).resolve().parents[2]
SHIM = """#!/usr/bin/env bash
# neo4j-admin from the jars of the bundled server (neo4j-server/target/lib)
exec java -Xmx512m -cp "{lib}/*" org.neo4j.cli.AdminTool "$1" "$2" "$3" --max-off-heap-memory=256m "${{@:4}}"
"""
EVERYTHING = {  # the whole database, in an order that does not depend on how it was stored
    "nodes": "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id",
    "relationships": "MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, "
                     "properties(r) AS properties ORDER BY start, type, end",
}


def snapshot(driver) -> dict:
    found = {name: query(driver, cypher) for name, cypher in EVERYTHING.items()}
    for node in found["nodes"]:
        node["labels"] = sorted(node["labels"])
    found.update({path.stem: run_cookbook(driver, path) for path in QUERIES})
    return found


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> tuple[dict, dict, Path]:
    """(the imported database, the pushed one, the build folder)."""
    work = tmp_path_factory.mktemp("neo4j-admin")
    out = work / "out"
    result = CliRunner().invoke(app, ["build", str(ROOT / "seeds"), "-o", str(out), "--formats", "neo4j-csv",
                                      "--no-progress", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    build()
    (work / "bin").mkdir()
    (work / "bin" / "neo4j-admin").write_text(SHIM.format(lib=SCRIPT.parents[1] / "neo4j-server" / "target" / "lib"),
                                              encoding="utf-8")
    (work / "bin" / "neo4j-admin").chmod(0o755)
    home = work / "home"
    home.mkdir()
    env = {**os.environ, "NEO4J_HOME": str(home), "PATH": f"{work / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    imported = subprocess.run(["sh", str(out / "neo4j" / "import.sh")], env=env, capture_output=True, text=True,
                              timeout=600)
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    kg = policykg.build([ROOT / "seeds"])
    with LocalNeo4j(data_dir=home) as server, neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        from_files = snapshot(driver)
        push(kg, server.uri, wipe=True, documents=True)
        pushed = snapshot(driver)
    return from_files, pushed, out


def test_the_imported_database_is_the_pushed_one(databases):
    imported, pushed, out = databases
    assert imported["nodes"] == pushed["nodes"] and imported["relationships"] == pushed["relationships"]
    kinds = {r["type"] for r in imported["relationships"]}
    assert kinds == {"CO_OCCURS", "HOLDS", "DEFINES", "PROMOTES", "MENTIONS"}
    slogan = next(n for n in imported["nodes"] if n["id"] == "SLOGAN:33618")
    assert slogan["labels"] == ["Entity", "Slogan"] and isinstance(slogan["properties"]["parts"], list)
    assert isinstance(slogan["properties"]["doc_ids"], list) and isinstance(slogan["properties"]["by_year"], str)
    header = (out / "neo4j" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "aliases:string[]" in header and "doc_ids:string[]" in header and "parts:string[]" in header


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_cookbook_query_gives_the_same_answers(databases, path):
    imported, pushed, _ = databases
    assert pushed[path.stem] and imported[path.stem] == pushed[path.stem]
