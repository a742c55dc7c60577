"""Render `<!-- glossary -->` in docs/*/glossary.md from glossary.toml, in the page's language."""

from course import glossary, page_lang

MARKER = "<!-- glossary -->"


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, glossary.render(page_lang(page.file.src_uri)))
