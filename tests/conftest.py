"""Shared pytest configuration: paths to the repository and the optional ../shared material, and the
checksums of output folders (scripts/record_checksums.py)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_spec = importlib.util.spec_from_file_location("record_checksums", ROOT / "scripts" / "record_checksums.py")
record_checksums = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(record_checksums)
checksums = record_checksums.checksums  # sha256 of every file of an output folder but the cache


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval, or a clean skip when this checkout has no ../shared."""
    path = SHARED / "eval"
    if not (path / "score.py").is_file():
        pytest.skip("../shared/eval is not available")
    return path
