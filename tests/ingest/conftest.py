"""Fixtures of the reader tests: the real files of ../shared/corpus/formats and a CJK font."""
from pathlib import Path

import pytest

FORMATS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "formats"


@pytest.fixture(scope="session")
def formats() -> Path:
    """../shared/corpus/formats, or a clean skip when this checkout has no ../shared."""
    if not (FORMATS / "sources.tsv").is_file():
        pytest.skip("../shared/corpus/formats is not available")
    return FORMATS


@pytest.fixture(scope="session")
def font() -> str:
    """A font file with Chinese glyphs for the PDFs the tests make (fonts-wqy-microhei)."""
    from pdf_pages import cjk_font

    found = cjk_font()
    if found is None:
        pytest.skip("no CJK font on this machine (scripts/install.sh --all installs fonts-wqy-microhei)")
    return found
