"""The built site in headless Chromium (Debian's, installed by `make test`).

Screenshots land in build/screenshots/ for people to look at; the assertions check what
a reader would notice: Chinese drawn with real glyphs, nothing fetched from outside.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from shelf import REPO

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "build" / "screenshots"

# Draw two different CJK characters with the page's own font: with no CJK font both come
# out as the same empty box (.notdef), so identical pixels mean tofu.
GLYPH_CHECK = """() => {
  const font = getComputedStyle(document.body).fontFamily;
  const draw = (ch) => {
    const c = document.createElement('canvas'); c.width = 64; c.height = 64;
    const ctx = c.getContext('2d'); ctx.font = '48px ' + font; ctx.fillText(ch, 4, 52);
    return c.toDataURL();
  };
  return draw('模') !== draw('型') && draw('模') !== draw(' ');
}"""


@pytest.fixture(scope="session")
def served_site(site_build):
    site, _ = site_build
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: run `make system` (part of `make test`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, served_site):
    """A page that records console errors and refuses any request that leaves 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors, pg.outside = [], []
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def guard(route):
        if route.request.url.startswith(served_site):
            route.continue_()
        else:
            pg.outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    pg.base = served_site
    yield pg
    context.close()


@pytest.mark.parametrize("path, name", [("/", "home-zh"), ("/en/", "home-en"), ("/chapter0/", "chapter0-zh")])
def test_page_renders_offline_with_chinese_glyphs(page, path, name):
    page.goto(page.base + path, wait_until="networkidle")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
    assert page.evaluate(GLYPH_CHECK), "Chinese renders as empty boxes: no CJK font (make system)"
    assert not page.outside, f"requests left 127.0.0.1: {page.outside}"
    assert not page.errors, f"console errors: {page.errors}"
