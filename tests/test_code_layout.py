"""Rules of the code's layout: export/ never imports the public API, and the page's HTML, CSS and
JavaScript live in package files, not in Python strings."""
import ast
import io
import re
import tokenize

import pytest

from recorded import ROOT

SRC = ROOT / "src" / "policykg"
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|^\s*[#.]?[a-zA-Z][\w-]*(?:\s*[,>]\s*[#.]?[\w-]+)*\s*\{[^}]*\}?\s*$"
                    r"|\bfunction\s*\(|\b(?:var|let|const)\s+\w+\s*=|document\.\w+|addEventListener")


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def markup_lines(path) -> int:
    """Lines of string literals that look like HTML, CSS or JavaScript."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return sum(1 for token in tokens if token.type == tokenize.STRING
               for line in token.string.splitlines() if MARKUP.search(line))


@pytest.mark.parametrize("path", sorted((SRC / "export").rglob("*.py")), ids=lambda p: p.relative_to(SRC).as_posix())
def test_export_modules_do_not_import_the_public_api(path):
    assert not {m for m in imported_modules(path) if m == "policykg.api" or m.startswith("policykg.api.")
                or m in ("policykg", "policykg.build", "policykg.load")}


def test_no_python_file_holds_a_page():
    counts = {path.relative_to(SRC).as_posix(): markup_lines(path) for path in SRC.rglob("*.py")}
    assert max(counts.values()) <= 80, sorted(counts.items(), key=lambda item: -item[1])[:3]
    assert (SRC / "export" / "html" / "page.html").is_file() and (SRC / "export" / "html" / "app.js").is_file()
