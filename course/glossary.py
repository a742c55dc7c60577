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


def avoided_terms() -> dict[str, str]:
    """Chinese variants the glossary rules out (avoid_zh), each mapped to the preferred term."""
    return {bad: t["zh"] for g in load() for t in g["term"] for bad in t.get("avoid_zh", [])}


def allowed_phrases() -> list[str]:
    """Longer phrases that contain an avoided variant and are right as they are (avoid_zh_ok)."""
    return [ok for g in load() for t in g["term"] for ok in t.get("avoid_zh_ok", [])]
