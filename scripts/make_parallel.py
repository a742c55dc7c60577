"""Extract the site's own aligned Chinese/English text as a parallel corpus (one-off tool).

Every page exists twice with the same heading ids and the same quiz questions in the same
order, and every glossary term has a definition in both languages. Those pairs, written by
this project for its pages, make a small zh-en parallel set for chapter 7's translation
section. Frozen as docs/assets/data/site-parallel/ (re-run only to make a new release):

    python scripts/make_parallel.py
"""

from __future__ import annotations

import json
import random
import re
import tomllib

from course import DATA, DOCS, REPO
from course.pages import headings
from course.quizzes import questions

OUT = DATA / "site-parallel"
HEAD_ID = re.compile(r"\s*\{#[^}]+\}\s*$")


def clean(text: str) -> str | None:
    """One plain line of prose, or None for what is not a sentence to translate."""
    if "\n" in text.strip() or "--8<--" in text or "```" in text or "|" in text:
        return None
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text.strip())  # links -> their text
    text = text.replace("**", "")
    return text if 2 <= len(text) <= 220 else None


def pairs_of_page(rel: str) -> list[tuple[str, str, str]]:
    zh, en = DOCS / "zh" / rel, DOCS / "en" / rel
    out = []
    for (_, zt, zid), (_, et, eid) in zip(headings(zh), headings(en), strict=True):
        assert zid == eid, (rel, zid, eid)
        out.append(("heading", HEAD_ID.sub("", zt), HEAD_ID.sub("", et)))
    for zq, eq in zip(questions(zh), questions(en), strict=True):
        out.append(("question", zq.question, eq.question))
        out += [("answer", za, ea) for (_, za), (_, ea) in zip(zq.answers, eq.answers, strict=True)]
    return out


def main() -> None:
    rows = []
    for zh in sorted((DOCS / "zh").rglob("*.md")):
        rel = zh.relative_to(DOCS / "zh").as_posix()
        if not rel.startswith("chapter") or not (DOCS / "en" / rel).exists():
            continue
        chapter = rel.split("/")[0]
        rows += [(chapter, kind, z, e) for kind, z, e in pairs_of_page(rel)]
    glossary = tomllib.loads((REPO / "glossary.toml").read_text(encoding="utf-8"))
    for group in glossary["group"]:
        for term in group["term"]:
            rows.append(("glossary", "definition", term["zh_def"], term["en_def"]))
    seen, kept = set(), []
    for source, kind, z, e in rows:
        z, e = clean(z), clean(e)
        if z and e and re.search(r"[\u4e00-\u9fff]", z) and e not in seen:
            seen.add(e)
            kept.append({"source": source, "kind": kind, "en": e, "zh": z})
    random.Random(0).shuffle(kept)
    # Held out by source: chapters 5 and 6 never take part in training.
    test = [r for r in kept if r["source"] in ("chapter5", "chapter6")]
    train = [r for r in kept if r not in test]
    OUT.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", train), ("test", test)):
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for row in part:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"train {len(train)}, test {len(test)}")


if __name__ == "__main__":
    main()
