"""The Cypher cookbook (queries/*.cypher) and the helpers that run it against a server."""
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "queries").glob("*.cypher"))


def query(driver, cypher, **params) -> list[dict]:
    return [dict(r) for r in driver.execute_query(cypher, params, database_="neo4j").records]


def cookbook_params(driver, path: Path) -> dict:
    """The parameters of the query's `// :param {...}` line."""
    header = re.search(r"^// :param (\{.*\})$", path.read_text(encoding="utf-8"), re.M)
    assert header, f"{path.name}: no '// :param {{...}}' line with the defaults"
    return query(driver, f"RETURN {header.group(1)} AS p")[0]["p"]


def run_cookbook(driver, path: Path) -> list[dict]:
    return query(driver, path.read_text(encoding="utf-8"), **cookbook_params(driver, path))


def server_marks(group: str) -> list:
    """The marks of a module that runs the local Neo4j server: `neo4j`, its xdist group, a skip without Java."""
    return [pytest.mark.neo4j, pytest.mark.xdist_group(group),
            pytest.mark.skipif(shutil.which("java") is None or shutil.which("mvn") is None,
                               reason="java and mvn are needed to build and run the local Neo4j server")]
