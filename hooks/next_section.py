"""End every page with a pointer to the next page of the navigation, in the page's language.

Generated from the nav so it can never point at a page that moved; the theme's footer has
one too, but readers who reach the end of the text (or of a quiz) look for it there.
"""

import posixpath
from pathlib import Path

from course.pages import headings, is_chapter

LABEL = {"zh": "下一节：", "en": "Next: "}
CHAPTER = {"zh": "下一章：", "en": "Next chapter: "}
PAGE = {"zh": "下一页：", "en": "Next page: "}


def label(lang: str, src_uri: str) -> str:
    parts = src_uri.split("/")[1:]  # without the language folder
    if not is_chapter(parts[0]):
        return PAGE[lang]  # the shelf, the glossary
    return CHAPTER[lang] if parts[-1] == "index.md" else LABEL[lang]


def on_page_markdown(markdown, page, config, files):
    lang = page.file.src_uri.partition("/")[0]
    nxt = page.next_page
    if lang not in LABEL or nxt is None or not getattr(nxt, "file", None):
        return markdown
    titles = [text for _, text, _ in headings(Path(nxt.file.abs_src_path))]
    title = titles[0] if titles else nxt.file.name
    href = posixpath.relpath(nxt.file.src_uri, posixpath.dirname(page.file.src_uri))
    return f"{markdown.rstrip()}\n\n[{label(lang, nxt.file.src_uri)}{title} →]({href}){{ .md-button .next-section }}\n"
