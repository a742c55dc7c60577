"""The built site: strict build, both languages, switcher, offline assets, Chinese search."""

from __future__ import annotations

import gzip
import json
import re
from urllib.parse import urljoin, urlparse

import pytest

from course import DOCS
from course.pages import is_chapter, nav_order, page_url, pages, twin


def html_path(site, page):
    return site / page_url(page).lstrip("/") / "index.html"


def test_build_is_strict_and_clean(site_build):
    _, log = site_build
    warnings = [ln for ln in log.splitlines() if ln.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)


NOTEBOOKS = sorted(DOCS.rglob("*.ipynb"))


@pytest.mark.parametrize("page", pages() + NOTEBOOKS, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_built_with_switcher_to_twin(site_build, page):
    site, _ = site_build
    html = html_path(site, page).read_text(encoding="utf-8")
    lang = page.relative_to(DOCS).parts[0]
    assert f'<html lang="{lang}"' in html
    # The language switcher must land on the same page in the other language.
    other = "en" if lang == "zh" else "zh"
    links = re.findall(rf'<a href="([^"]*)" hreflang="{other}"', html)
    assert links, f"no {other} link in the language switcher"
    target = urlparse(urljoin("http://site" + page_url(page), links[0])).path
    assert target == page_url(twin(page)), f"switcher on {page_url(page)} goes to {target}"


def test_no_external_resources(site_build):
    site, _ = site_build
    pattern = re.compile(
        r'<(?:script|img|iframe|source)[^>]+src="(https?:)?//|<link[^>]+href="(https?:)?//[^"]+"[^>]*>|url\((["\']?)(https?:)?//'
    )
    offenders = []
    for f in list(site.rglob("*.html")) + list(site.rglob("*.css")):
        for m in pattern.finditer(f.read_text(encoding="utf-8", errors="ignore")):
            tag = m.group(0)
            if "<link" in tag and re.search(r'rel="(canonical|alternate)"', tag):
                continue  # plain links, nothing is fetched
            offenders.append(f"{f.relative_to(site)}: {tag[:120]}")
    assert not offenders, "the site would fetch from the network:\n" + "\n".join(offenders[:20])


def test_chinese_search_is_segmented(site_build):
    site, _ = site_build
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    zh_text = " ".join(d["text"] for d in index["docs"] if not d["location"].startswith("en/"))
    en_docs = [d for d in index["docs"] if d["location"].startswith("en/")]
    # jieba splits Chinese into words (joined by zero-width spaces); without it 模型 never
    # stands alone and a search for it finds nothing.
    assert "\u200b模型\u200b" in zh_text
    assert en_docs, "English pages missing from the search index"


def test_notebooks_render_as_pages(site_build):
    site, _ = site_build
    assert NOTEBOOKS, "no notebook in docs/ to check"
    for nb in NOTEBOOKS:
        page = html_path(site, nb)
        html = page.read_text(encoding="utf-8")
        assert "jp-Notebook" in html or "jupyter-wrapper" in html, f"{nb.name} was not rendered: {page}"
        assert '"nbformat"' not in html[:2000], f"{page} is raw notebook JSON"


# Page weight: the bytes a reader's browser transfers for one page on a first visit, text
# gzip-compressed as any static host serves it, not counting the search index (fetched
# in the background, once for the whole site).
# 320 KB for a page; a notebook page carries nbconvert's stylesheet on top (83 KB, shared by
# all notebook pages and cached after the first), hence 320 + 83. The heaviest page today is
# chapter 1's "How do Transformers work?" notebook: four figures (~155 KB of PNG).
BUDGET_KB = 320
NOTEBOOK_OVERHEAD_KB = 83


def transferred(path):
    data = path.read_bytes()
    return len(gzip.compress(data, 9)) if path.suffix in (".html", ".css", ".js", ".svg") else len(data)


def page_weight(site, html_file):
    html = html_file.read_text(encoding="utf-8")
    total = transferred(html_file)
    for ref in set(re.findall(r'(?:src|href)="([^"#?]+\.(?:css|js|png|jpg|svg|woff2?))"', html)):
        target = (html_file.parent / ref).resolve()
        if target.is_file() and "search" not in target.parts:
            total += transferred(target)
    return total / 1024


@pytest.mark.parametrize("page", [p for p in pages() + NOTEBOOKS
                                  if is_chapter(p.relative_to(DOCS).parts[1]) or p in NOTEBOOKS],
                         ids=lambda p: str(p.relative_to(DOCS)))
def test_page_weight(site_build, page):
    site, _ = site_build
    kb = page_weight(site, html_path(site, page))
    print(f"{page.relative_to(DOCS)}: {kb:.0f} KB")
    budget = BUDGET_KB + (NOTEBOOK_OVERHEAD_KB if page.suffix == ".ipynb" else 0)
    assert kb <= budget, f"{page.relative_to(DOCS)} weighs {kb:.0f} KB (budget {budget} KB)"


def test_internal_links_and_anchors_resolve(site_build):
    """Every relative link and image in every built page (both languages) reaches a file, and
    every #anchor an element with that id."""
    site, _ = site_build
    ids_cache: dict = {}

    def ids(path):
        if path not in ids_cache:
            ids_cache[path] = set(re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8")))
        return ids_cache[path]

    broken = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for href in set(re.findall(r'<(?:a [^>]*href|img [^>]*src)="([^"]+)"', html)):
            if re.match(r"^[a-z]+:|^//", href):
                continue  # external, mailto:, javascript:
            url = urlparse(href)
            if url.path.startswith("/"):  # site-absolute (the 404 page uses these)
                target = site / url.path.lstrip("/")
            else:
                target = (page.parent / url.path).resolve() if url.path else page
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site)} -> {href}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
            elif url.fragment and target.suffix == ".html" and url.fragment not in ids(target):
                broken.append(f"{where}: no element with id {url.fragment!r}")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_ends_with_a_link_to_the_next(site_build, lang):
    site, _ = site_build
    order = [DOCS / lang / p for p in nav_order()]
    for page, nxt in zip(order, order[1:] + [None]):
        html = html_path(site, page).read_text(encoding="utf-8")
        links = re.findall(r'<a class="md-button next-section" href="([^"]*)"', html)
        if nxt is None:
            assert not links, f"{page_url(page)} is last in the navigation but links onwards"
            continue
        assert len(links) == 1, f"{page_url(page)}: {len(links)} next-section links"
        target = urlparse(urljoin("http://site" + page_url(page), links[0])).path
        assert target == page_url(nxt), f"{page_url(page)} points to {target}, next is {page_url(nxt)}"


def test_every_block_not_run_says_so_with_its_reason(site_build):
    # Python or shell: a block marked test="skip" shows the notice and its reason to readers.
    import html as html_lib

    from course import page_lang
    from course.pages import parse_fences
    from hooks.not_executed import TITLE

    site, _ = site_build
    marked, missing = 0, []
    for page in pages():
        built = html_lib.unescape(html_path(site, page).read_text(encoding="utf-8"))
        lang = page_lang(page.relative_to(DOCS).as_posix())
        for fence in parse_fences(page.read_text(encoding="utf-8"), page):
            if fence.skip_reason:
                marked += 1
                if TITLE[lang] not in built or fence.skip_reason not in built:
                    missing.append(fence.where)
    assert marked, "no block marked as not executed: the check would prove nothing"
    assert not missing, f"blocks marked not executed without a visible notice: {missing}"


def test_notebook_pages_stay_out_of_search(site_build):
    # Their text is their page's; indexed twice, every hit would show up twice.
    site, _ = site_build
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert any("chapter1/" in d["location"] for d in docs), "the index holds no pages at all"
    assert not [d["location"] for d in docs if "notebooks/" in d["location"]]
