"""The glossary pages, generated in each language from glossary.toml."""

from __future__ import annotations

import tomllib

from course import REPO

SOURCE = REPO / "glossary.toml"


def load() -> list[dict]:
    return tomllib.loads(SOURCE.read_text(encoding="utf-8"))["group"]


def term_ids() -> list[str]:
    groups = load()
    return [g["id"] for g in groups] + [t["id"] for g in groups for t in g["term"]]


def render(lang: str) -> str:
    other = "en" if lang == "zh" else "zh"
    out = []
    for group in load():
        out.append(f'## {group[lang]} {{#{group["id"]}}}\n')
        for term in group["term"]:
            out.append(f'### {term[lang]} {{#{term["id"]}}}\n')
            out.append(f'*{term[other]}* — {term[lang + "_def"]}\n')
    return "\n".join(out)
