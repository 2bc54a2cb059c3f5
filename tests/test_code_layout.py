"""Rules of the code's layout: export/ never imports the public API, the page's HTML, CSS and
JavaScript live in package files, not in Python strings, and no module binds a top-level name twice."""
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


def test_no_module_defines_a_top_level_name_twice():
    """A second function or constant of the same name silently replaces the first (a rule then runs with the other's
    meaning): every name a module binds at its top level is bound once."""
    twice = []
    for path in sorted(SRC.rglob("*.py")):
        seen = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
            else:
                continue
            twice += [f"{path.relative_to(SRC)}: {name}" for name in names if name in seen]
            seen.update(names)
    assert twice == []
