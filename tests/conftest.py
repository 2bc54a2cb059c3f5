"""Shared pytest configuration: paths to the repository and the optional ../shared material."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


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
