"""Build and run the project's local Neo4j 5.26 Community server.

The server (``neo4j-server/``) is a small Java launcher around Neo4j's embedded DBMS with Bolt on
127.0.0.1; ``scripts/neo4j-server.sh`` builds it with Maven (jars from Maven Central, never committed)
and runs it with the right JVM flags. It prints ``policykg-neo4j ready bolt://127.0.0.1:PORT`` when
ready and stops when its stdin closes, so a server started here dies with its Python parent.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j-server.sh"
JARS = SCRIPT.parents[1] / "neo4j-server" / "target" / "lib"  # Neo4j's jars, neo4j-admin's included
READY_PREFIX = "policykg-neo4j ready "
_PASSWORD_ENV = "POLICYKG_NEO4J_PASSWORD"


class Neo4jServerError(RuntimeError):
    """The local Neo4j server could not be built or started."""


def _script() -> Path:
    if not SCRIPT.is_file():
        raise Neo4jServerError(f"{SCRIPT} not found: the local Neo4j server needs a policykg source checkout")
    if shutil.which("java") is None:
        raise Neo4jServerError("java not found (a JDK 17 or newer is needed)")
    return SCRIPT


def _summary(text: str) -> str:
    """The first informative Maven ``[ERROR]`` line of ``text``, else its last non-empty line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("[ERROR]") and "COMPILATION ERROR" not in line]
    line = errors[0] if errors else lines[-1] if lines else "no output"
    return line.removeprefix("neo4j-server.sh: ")


def is_built() -> bool:
    """Whether the server is compiled and its jars fetched, newer than its sources (as `neo4j-server.sh` checks)."""
    project = SCRIPT.parents[1] / "neo4j-server"
    stamp = project / "target" / ".built"
    if not stamp.is_file():
        return False
    built = stamp.stat().st_mtime
    sources = [project / "pom.xml", *(p for p in (project / "src").rglob("*") if p.is_file())]
    return all(p.stat().st_mtime <= built for p in sources if p.exists())


def build(quiet: bool = True) -> None:
    """Compile the server and fetch Neo4j's jars with Maven, unless already up to date."""
    command = ["bash", str(_script()), "build"]
    if quiet:
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        output = result.stdout + result.stderr
    else:
        result = subprocess.run(command, stdin=subprocess.DEVNULL)
        output = "see the output above"
    if result.returncode != 0:
        raise Neo4jServerError(f"Neo4j server build failed: {_summary(output)}")


def admin_command(home: str | os.PathLike[str], heap: str = "1g") -> tuple[list[str], dict[str, str]]:
    """The bundled server's neo4j-admin (built first if needed) for the Neo4j home `home` (databases in
    home/data, as the server's --data folder): the command and its environment."""
    build()
    command = ["java", f"-Xmx{heap}", "-XX:+ExitOnOutOfMemoryError", "-cp", f"{JARS}{os.sep}*", "org.neo4j.cli.AdminTool"]
    return command, {**os.environ, "NEO4J_HOME": os.fspath(home)}


class LocalNeo4j:
    """A local Neo4j server process; ``with LocalNeo4j() as server:`` then connect to ``server.uri``.

    ``port=0`` picks a free port. With ``data_dir=None`` the database lives in a temporary
    directory removed on ``stop()``. ``password=None`` turns authentication off; otherwise the
    ``neo4j`` user gets that password (Neo4j wants at least 8 characters).
    """

    def __init__(
        self,
        port: int = 0,
        data_dir: str | os.PathLike[str] | None = None,
        password: str | None = None,
        startup_timeout: float = 120,
        heap: str = "1g",
        pagecache: str = "128m",
    ) -> None:
        self.port = port
        self.data_dir = data_dir
        self.password = password
        self.startup_timeout = startup_timeout
        self.heap = heap
        self.pagecache = pagecache
        self.uri: str | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._tmp_dir: str | None = None

    def __enter__(self) -> LocalNeo4j:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def process(self) -> subprocess.Popen[str] | None:
        """The running server process, or None."""
        return self._proc

    def start(self) -> LocalNeo4j:
        """Build if needed, launch the server and wait for its ready line."""
        if self._proc is not None:
            raise Neo4jServerError("server already started")
        build()
        try:
            self._launch()
        except BaseException:
            self.stop()
            raise
        return self

    def _launch(self) -> None:
        if self.data_dir is None:
            self._tmp_dir = tempfile.mkdtemp(prefix="policykg-neo4j-")
        data_dir = self._tmp_dir or os.fspath(self.data_dir)
        env = dict(os.environ)
        env.pop(_PASSWORD_ENV, None)
        if self.password is not None:
            env[_PASSWORD_ENV] = self.password
        command = ["bash", str(_script()), "run", "--port", str(self.port), "--data", data_dir,
                   "--heap", self.heap, "--pagecache", self.pagecache]
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=self._stderr, env=env, text=True)
        lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=_read_lines, args=(self._proc.stdout, lines), daemon=True)
        self._reader.start()
        try:
            line = lines.get(timeout=self.startup_timeout)
        except queue.Empty:
            raise Neo4jServerError(f"Neo4j did not start within {self.startup_timeout:g} s") from None
        if line is None:
            raise Neo4jServerError(f"Neo4j failed to start: {self._stderr_line()}")
        self.uri = line.removeprefix(READY_PREFIX).strip()

    def _stderr_line(self) -> str:
        self._proc.wait(timeout=30)
        self._stderr.seek(0)
        return _summary(self._stderr.read().decode("utf-8", "replace"))

    def stop(self, timeout: float = 30) -> None:
        """Stop the server (close stdin, SIGTERM, kill after ``timeout`` s) and clean up."""
        proc, self._proc, self.uri = self._proc, None, None
        if proc is not None:
            proc.stdin.close()
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            self._reader.join(timeout=5)  # it sees end of file once the process is gone
            proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self._tmp_dir is not None:
            shutil.rmtree(self._tmp_dir, ignore_errors=True)
            self._tmp_dir = None


def _read_lines(stream, lines: queue.Queue[str | None]) -> None:
    """Queue the ready line, drain the rest of the stream, queue None at end of file."""
    for line in stream:
        if line.startswith(READY_PREFIX):
            lines.put(line)
    lines.put(None)


def serve(port: int = 7687, data_dir: str | os.PathLike[str] = ".neo4j-data", password: str | None = None) -> None:
    """Run the server in the foreground and print its ready line; Ctrl-C stops it cleanly."""
    with LocalNeo4j(port=port, data_dir=data_dir, password=password) as server:
        print(READY_PREFIX + server.uri, flush=True)
        try:
            code = server.process.wait()
        except KeyboardInterrupt:
            return
        if code not in (0, 130, 143):  # 130/143: the server got SIGINT/SIGTERM itself
            raise Neo4jServerError(f"Neo4j stopped unexpectedly (exit {code}): {server._stderr_line()}")
