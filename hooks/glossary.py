"""Render `<!-- glossary -->` in docs/*/glossary.md from glossary.toml, in the page's language."""

import tomllib
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "glossary.toml"
MARKER = "<!-- glossary -->"


def render(lang: str) -> str:
    other = "en" if lang == "zh" else "zh"
    out = []
    for group in tomllib.loads(SOURCE.read_text(encoding="utf-8"))["group"]:
        out.append(f'## {group[lang]} {{#{group["id"]}}}\n')
        for term in group["term"]:
            out.append(f'### {term[lang]} {{#{term["id"]}}}\n')
            out.append(f'*{term[other]}* — {term[lang + "_def"] if lang == "zh" else term["en_def"]}\n')
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    lang = "en" if page.file.src_uri.startswith("en/") else "zh"
    return markdown.replace(MARKER, render(lang))
