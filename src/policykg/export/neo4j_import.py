"""Load a build into a new or stopped Neo4j database with `neo4j-admin database import full`.

For graphs too big for a transactional push: neo4j-admin writes the store files directly from the
neo4j-admin CSV files of the build (``OUT/neo4j/``, the ``neo4j-csv`` format, with the options of its import.sh), many times faster than
`policykg.export.neo4j.push`, and gives the database a push makes. By default it imports into the
bundled server's database folder (what ``policykg neo4j serve --data DIR`` serves; built with Maven on
first use) and then starts that server once to create the constraint and index a push creates; with
``neo4j_home`` it runs that Neo4j installation's own ``bin/neo4j-admin`` instead (its configuration, any
database name), and the constraint and index are left to the user (`SCHEMA`, printed by the command line).
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.export.neo4j import SCHEMA
from policykg.export.neo4j_admin import import_options

_IMPORTED = re.compile(r"Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties")


class Neo4jImportError(PolicyKGError):
    """neo4j-admin could not import the build; the message is one line."""


@dataclass
class ImportStats:
    nodes: int
    relationships: int
    properties: int
    seconds: dict[str, float]  # "import" (neo4j-admin), "schema" (the bundled server started once)


def bulk_import(build: str | os.PathLike, data_dir: str | os.PathLike = ".neo4j-data", database: str = "neo4j",
                overwrite: bool = False, neo4j_home: str | os.PathLike | None = None) -> ImportStats:
    """Import the build folder `build` into `database` of the bundled server's `data_dir` (or of the Neo4j
    installation `neo4j_home`); `overwrite` replaces a database that exists. The database must not be
    running."""
    folder = Path(build) / "neo4j"
    try:
        options = import_options(folder)
    except (OSError, ValueError):
        raise Neo4jImportError(f"{build}: no neo4j/import.sh: build with the neo4j-csv format "
                               f"(policykg build … --formats …,neo4j-csv; it is in the default formats)") from None
    if neo4j_home is None:
        from policykg.neo4j_server import admin_command

        if database != "neo4j":
            raise Neo4jImportError(f"the bundled server (Neo4j Community) serves one database, 'neo4j', "
                                   f"not {database!r}; give --neo4j-home for a Neo4j installation of your own")
        store = Path(data_dir) / "data" / "databases" / database
        if not overwrite and store.is_dir() and any(p.name != "database_lock" for p in store.iterdir()):
            raise Neo4jImportError(f"{data_dir} already holds a database {database!r}: add --overwrite to replace "
                                   f"it (stop its server first)")
        command, env = admin_command(Path(data_dir).resolve())
        report = Path(data_dir) / "logs" / "import.report"
        report.parent.mkdir(parents=True, exist_ok=True)
    else:
        admin = Path(neo4j_home) / "bin" / ("neo4j-admin.bat" if os.name == "nt" else "neo4j-admin")
        if not admin.is_file():
            raise Neo4jImportError(f"{neo4j_home}: no bin/{admin.name}: give the folder of a Neo4j 5 installation")
        command, env = [str(admin)], {**os.environ, "NEO4J_HOME": os.fspath(neo4j_home)}
        report = Path(tempfile.gettempdir()) / f"policykg-import-{os.getpid()}.report"
    arguments = ["database", "import", "full", *options, f"--report-file={report.resolve()}",
                 "--max-off-heap-memory=1G"]
    if overwrite:
        arguments.append("--overwrite-destination")
    started = time.perf_counter()
    result = subprocess.run(command + arguments + [database], env=env, cwd=folder, stdin=subprocess.DEVNULL,
                            capture_output=True, text=True)
    seconds = {"import": time.perf_counter() - started}
    counts = _IMPORTED.search(result.stdout + result.stderr)
    if result.returncode != 0 or counts is None:
        raise Neo4jImportError(f"neo4j-admin could not import {folder}: {_reason(result.stdout + result.stderr)}")
    if neo4j_home is None:
        started = time.perf_counter()
        _create_schema(data_dir)
        seconds["schema"] = time.perf_counter() - started
    return ImportStats(*map(int, counts.groups()), seconds)


def _create_schema(data_dir: str | os.PathLike) -> None:
    """The constraint and index of a push, made by the bundled server started once on `data_dir`."""
    import neo4j

    from policykg.neo4j_server import LocalNeo4j

    with LocalNeo4j(data_dir=data_dir) as server, neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        for statement in SCHEMA:
            driver.execute_query(statement, database_="neo4j")
        driver.execute_query("CALL db.awaitIndexes(3600)", database_="neo4j")


def _reason(output: str) -> str:
    """The line of neo4j-admin's output that says what went wrong."""
    lines = [line.strip() for line in output.splitlines() if line.strip() and not line.startswith(".")]
    for line in lines:
        if any(word in line for word in ("already exist", "in use", "lock", "Exception", "Invalid", "not found",
                                         "ERROR", "Error:")) and not line.startswith("WARNING Import failed"):
            return line
    return next((line for line in reversed(lines) if not line.startswith("Run with")), "no output")
