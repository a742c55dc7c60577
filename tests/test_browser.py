"""The built site in headless Chromium (Debian's, installed by `make test`).

Screenshots land in build/screenshots/ for people to look at; the assertions check what
a reader would notice: Chinese drawn with real glyphs, nothing fetched from outside.
"""

from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urljoin, urlparse
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


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def served_site(site_build):
    site, _ = site_build
    handler = functools.partial(QuietHandler, directory=str(site))
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


@pytest.mark.parametrize("path, name", [("/", "home-zh"), ("/en/", "home-en"), ("/chapter0/", "chapter0-zh"),
                                        ("/chapter4/sharing/", "chapter4-sharing-zh"),
                                        ("/en/chapter4/model-cards/", "chapter4-model-cards-en")])
def test_page_renders_offline_with_chinese_glyphs(page, path, name):
    page.goto(page.base + path, wait_until="networkidle")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
    assert page.evaluate(GLYPH_CHECK), "Chinese renders as empty boxes: no CJK font (make system)"
    assert not page.outside, f"requests left 127.0.0.1: {page.outside}"
    assert not page.errors, f"console errors: {page.errors}"


def test_language_switcher_lands_on_the_twin(page):
    page.goto(page.base + "/chapter0/", wait_until="networkidle")
    page.click(".md-header__option .md-select")  # the 文/A language button
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_load_state("networkidle")
    assert page.url == page.base + "/en/chapter0/"
    assert page.locator("h1").inner_text().startswith("Chapter 0")
    page.click(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="zh"]')
    page.wait_for_load_state("networkidle")
    assert page.url == page.base + "/chapter0/"
    assert not page.errors and not page.outside


@pytest.mark.parametrize("query", ["注意力", "模型", "tokenizer", "pipeline"])
def test_search_finds_pages_containing_the_word(page, site_build, query):
    site, _ = site_build
    page.goto(page.base + "/", wait_until="networkidle")
    page.click(".md-search__input")
    page.keyboard.type(query)
    page.keyboard.press("End")  # Material searches on keyup, which typing CJK text does not send
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(min(results.count(), 5))]
    assert hrefs, f"no results for {query!r}"
    for href in hrefs:
        path = urlparse(urljoin(page.url, href)).path.lstrip("/")
        target = site / path / "index.html" if not path.endswith(".html") else site / path
        assert query.lower() in target.read_text(encoding="utf-8").lower(), f"{href} does not contain {query!r}"
    assert not page.errors and not page.outside


def test_copy_button_copies_exactly_the_snippet(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(page.base + "/chapter0/", wait_until="networkidle")
    block = page.locator("pre:has(code)").filter(has_text="SentenceTransformer").first
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = (REPO / "snippets" / "chapter0" / "similarity.py").read_text()
    assert copied.strip() == expected.strip()


QUIZ_PAGE = "chapter1/what-transformers-can-do/"  # any page whose quiz starts with a single-choice question


@pytest.mark.parametrize("lang, prefix, wrong_says, right_says",
                         [("zh", "/", "错误", "正确"), ("en", "/en/", "Incorrect", "Correct")])
def test_quiz_says_wrong_then_right_and_explains(page, lang, prefix, wrong_says, right_says):
    page.goto(page.base + prefix + QUIZ_PAGE, wait_until="networkidle")
    quiz = page.locator(".quiz").filter(has=page.locator('input[type="radio"]')).first
    quiz.scroll_into_view_if_needed()
    feedback, explanation = quiz.locator(".quiz-feedback"), quiz.locator("section.content")
    assert not explanation.is_visible(), "the explanation shows before any answer"
    SHOTS.mkdir(parents=True, exist_ok=True)
    quiz.screenshot(path=str(SHOTS / f"quiz-{lang}-before.png"))

    quiz.locator('input[name="answer"]:not([data-correct])').first.check()
    feedback.wait_for(state="visible", timeout=5_000)
    assert wrong_says in feedback.inner_text(), f"wrong answer got: {feedback.inner_text()!r}"
    assert not explanation.is_visible(), "a wrong answer gave the explanation (and so the answer) away"
    quiz.screenshot(path=str(SHOTS / f"quiz-{lang}-wrong.png"))

    quiz.locator('input[name="answer"][data-correct]').first.check()
    quiz.locator(".quiz-feedback .correct").wait_for(timeout=5_000)
    text = feedback.inner_text()
    assert right_says in text and wrong_says not in text, f"right answer got: {text!r}"
    assert explanation.is_visible() and explanation.inner_text().strip(), "no explanation after answering"
    quiz.screenshot(path=str(SHOTS / f"quiz-{lang}-right.png"))
    assert not page.errors, f"console errors: {page.errors}"
    assert not page.outside
