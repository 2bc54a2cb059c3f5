"""Fixtures of the writer tests: one headless Chromium per module (tests/export/browser.py)."""
import pytest

from browser import launch


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, or a clean skip without them."""
    with launch() as chromium:
        yield chromium
