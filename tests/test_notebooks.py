"""The analysis notebooks in notebooks/: executed top to bottom with nbclient, and stored without outputs.

Each notebook runs in a fresh ipykernel of the interpreter running the tests (the venv, where policykg is
installed), with notebooks/ as the working directory. 03_neo4j starts the repository's local Neo4j server.

Strip a notebook after editing it in Jupyter:  .venv/bin/python tests/test_notebooks.py --strip
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
EXPECTED = ("01_seeds_tour.ipynb", "02_formulations_over_time.ipynb", "03_neo4j.ipynb")
CELL_TIMEOUT = 300  # seconds per cell
MISSING_GLYPH = "missing from font"  # matplotlib's warning when a label is drawn as boxes
VOLATILE_CELL_METADATA = {"execution", "ExecuteTime", "collapsed", "scrolled", "heading_collapsed", "hidden"}
KERNEL_NAME = "python3"

pytestmark = pytest.mark.notebook


@pytest.fixture
def kernel_env(tmp_path, monkeypatch):
    """A `python3` kernelspec running this interpreter, found first (JUPYTER_PATH); a clean environment.

    So the notebooks run with the venv's Python on any machine, whatever kernels the user has installed,
    and 03_neo4j uses the local server even when NEO4J_URI is set in the shell.
    """
    spec = tmp_path / "jupyter" / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (policykg tests)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "MPLBACKEND"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # no debugger warning about frozen modules


def execute(name: str):
    """Run a notebook top to bottom in notebooks/; returns the executed notebook (raises on a failing cell)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=CELL_TIMEOUT, startup_timeout=120,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    return notebook


def outputs(notebook) -> list[dict]:
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def stderr_text(notebook) -> str:
    return "".join(o.get("text", "") for o in outputs(notebook) if o.get("output_type") == "stream"
                   and o.get("name") == "stderr")


def no_missing_glyphs(notebook) -> None:
    warnings = [line for line in stderr_text(notebook).splitlines() if MISSING_GLYPH in line]
    assert not warnings, f"Chinese text drawn as boxes: {warnings[:3]}"


def html_outputs(notebook) -> list[str]:
    return [o["data"]["text/html"] for o in outputs(notebook) if "text/html" in o.get("data", {})]


def test_the_notebooks_are_there():
    found = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert found == sorted(EXPECTED), "every notebook is executed here: add a new one to EXPECTED with a test"


@pytest.mark.parametrize("name", EXPECTED)
def test_committed_notebooks_have_no_outputs(name):
    nbformat = pytest.importorskip("nbformat")
    raw = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    notebook = nbformat.reads(json.dumps(raw), as_version=4)
    nbformat.validate(notebook)
    hint = f"{name} was saved with outputs; run: .venv/bin/python tests/test_notebooks.py --strip"
    for cell in raw["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, hint
        assert not VOLATILE_CELL_METADATA & set(cell.get("metadata", {})), hint
        assert "attachments" not in cell or not cell["attachments"], hint
    assert set(raw["metadata"]) <= {"kernelspec", "language_info"}, hint
    assert set(raw["metadata"].get("language_info", {})) <= {"name"}, hint
    assert raw["metadata"]["kernelspec"]["name"] == KERNEL_NAME


@pytest.mark.slow
def test_01_seeds_tour(kernel_env):
    notebook = execute("01_seeds_tour.ipynb")
    html = "\n".join(html_outputs(notebook))
    assert "<iframe" in html and "srcdoc=" in html  # the ego network of 33618 in the explorer
    assert "现代制造业集群体系" in json.dumps(outputs(notebook), ensure_ascii=False)  # decoded 33618
    no_missing_glyphs(notebook)


@pytest.mark.slow
def test_02_formulations_over_time(kernel_env):
    notebook = execute("02_formulations_over_time.ipynb")
    images = [o for o in outputs(notebook) if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # heatmap, new/last-seen bars, line plot of well-known terms
    no_missing_glyphs(notebook)


@pytest.mark.slow
@pytest.mark.neo4j
@pytest.mark.skipif(shutil.which("java") is None or shutil.which("mvn") is None,
                    reason="java and mvn are needed to build and run the local Neo4j server")
def test_03_neo4j(kernel_env):
    pytest.importorskip("neo4j")
    notebook = execute("03_neo4j.ipynb")
    text = json.dumps(outputs(notebook), ensure_ascii=False)
    assert "local Neo4j stopped" in text
    assert "袁家军" in text and "33618" in text


def strip(path: Path) -> None:
    """Clear outputs, execution counts and volatile metadata of a notebook, in place."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "attachments" in cell and not cell.attachments:
            del cell["attachments"]
    notebook.metadata = {key: value for key, value in notebook.metadata.items() if key in ("kernelspec",)}
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.metadata.setdefault("kernelspec", {"display_name": "Python 3 (ipykernel)", "language": "python",
                                                "name": KERNEL_NAME})
    nbformat.validate(notebook)
    with open(path, "w", encoding="utf-8") as handle:
        nbformat.write(notebook, handle)


if __name__ == "__main__":
    if sys.argv[1:] != ["--strip"]:
        sys.exit("usage: python tests/test_notebooks.py --strip")
    for notebook_path in sorted(NOTEBOOKS.glob("*.ipynb")):
        strip(notebook_path)
        print("stripped", notebook_path.relative_to(ROOT))
