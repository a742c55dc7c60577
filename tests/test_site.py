"""The built site: strict build, both languages, switcher, offline assets, Chinese search."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlparse

import pytest

from tests.pages import DOCS, pages, twin


def page_url(page):
    """The URL path mkdocs (use_directory_urls) gives a page: zh at the root, en under /en/."""
    rel = page.relative_to(DOCS)
    lang, parts = rel.parts[0], list(rel.with_suffix("").parts[1:])
    if parts[-1] == "index":
        parts = parts[:-1]
    prefix = "/" if lang == "zh" else "/en/"
    return prefix + "".join(p + "/" for p in parts)


def html_path(site, page):
    return site / page_url(page).lstrip("/") / "index.html"


def test_build_is_strict_and_clean(site_build):
    _, log = site_build
    warnings = [ln for ln in log.splitlines() if ln.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(DOCS)))
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
    notebooks = sorted(DOCS.rglob("*.ipynb"))
    assert notebooks, "no notebook in docs/ to check"
    for nb in notebooks:
        page = html_path(site, nb)
        html = page.read_text(encoding="utf-8")
        assert "jp-Notebook" in html or "jupyter-wrapper" in html, f"{nb.name} was not rendered: {page}"
        assert '"nbformat"' not in html[:2000], f"{page} is raw notebook JSON"
