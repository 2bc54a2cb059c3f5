"""Headless Chromium for the explorer tests: Debian's /usr/bin/chromium through Playwright, every request
that is not a file: URL blocked and recorded. Screenshots go to tests/output/html/ (git-ignored)."""
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "output" / "html"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch():
    """A context manager yielding the browser; skips when Chromium or Playwright is missing."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    sync_api = pytest.importorskip("playwright.sync_api")
    return _Browser(sync_api)


class _Browser:
    def __init__(self, sync_api):
        self.sync_api = sync_api

    def __enter__(self):
        self.playwright = self.sync_api.sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        return self.browser

    def __exit__(self, *exc):
        self.browser.close()
        self.playwright.stop()


class Tab:
    """A page that blocks and records non-file: requests, console errors, page errors and dialogs."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1,
                                           accept_downloads=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self._last_click: tuple[float, float, float] | None = None  # x, y, time of the last click_node
        self.context.route(lambda url: not url.startswith("file:"), self._block)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=60_000)

    def _block(self, route):
        self.requests.append(route.request.url)
        route.abort()

    def js(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def node(self, name: str) -> int:
        return self.js("name => policykg.data.nodes.findIndex(n => n.name === name)", name)

    def click_node(self, i: int) -> None:
        at = self.js("i => policykg.domPosition(i)", i)
        last = self._last_click
        if last and abs(last[0] - at["x"]) + abs(last[1] - at["y"]) < 30 and time.monotonic() - last[2] < 0.6:
            self.page.wait_for_timeout(600)  # two quick clicks close together (Hammer.js: within 10 px, straight
            # line) are a double click (it zooms in)
        self.page.mouse.click(at["x"], at["y"])
        self._last_click = (at["x"], at["y"], time.monotonic())

    def screenshot(self, name: str) -> Path:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(OUTPUT / name))
        return OUTPUT / name

    def close(self):
        self.context.close()
