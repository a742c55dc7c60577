"""Translation freshness: which version of its twin each zh/en page pair matches.

translations.json records, per page pair, the sha256 of both files at the moment a
maintainer declared them in step. If one side changed since, the other is behind.

    python -m course translations            # list pairs that drifted apart (exit 1 if any)
    python -m course translations mark PATH  # after updating both: record PATH (e.g. chapter1/bias.md) as in step
    python -m course translations mark --all
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from course import DOCS, LANGS, REPO

LOCK = REPO / "translations.json"


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def pairs() -> list[str]:
    names = {str(p.relative_to(DOCS / lang)) for lang in LANGS for p in (DOCS / lang).rglob("*.md")}
    return sorted(names)


def load() -> dict:
    return json.loads(LOCK.read_text()) if LOCK.exists() else {}


def state(name: str, lock: dict | None = None) -> str:
    """in-step | zh-behind | en-behind | both-changed | unrecorded"""
    lock = load() if lock is None else lock
    rec = lock.get(name)
    if rec is None:
        return "unrecorded"
    zh_changed = digest(DOCS / "zh" / name) != rec["zh"]
    en_changed = digest(DOCS / "en" / name) != rec["en"]
    if zh_changed and en_changed:
        return "both-changed"
    if zh_changed:
        return "en-behind"
    if en_changed:
        return "zh-behind"
    return "in-step"


def drifted() -> list[tuple[str, str]]:
    lock = load()
    return [(n, s) for n in pairs() if (s := state(n, lock)) != "in-step"]


def mark(names: list[str]) -> None:
    lock = load()
    for name in names:
        zh, en = digest(DOCS / "zh" / name), digest(DOCS / "en" / name)
        if zh is None or en is None:
            raise SystemExit(f"{name}: both docs/zh/{name} and docs/en/{name} must exist")
        lock[name] = {"zh": zh, "en": en}
    lock = {k: v for k, v in sorted(lock.items()) if k in set(pairs())}
    LOCK.write_text(json.dumps(lock, indent=1) + "\n")


def behind(lang: str, name: str) -> bool:
    """Whether the page `name` in `lang` may be behind its twin (readers see a notice)."""
    return state(name) in ({"zh": "zh-behind", "en": "en-behind"}[lang], "both-changed")


def main(argv: list[str]) -> int:
    if argv[:1] == ["mark"]:
        mark(pairs() if argv[1:] == ["--all"] else argv[1:])
        return 0
    bad = drifted()
    for name, s in bad:
        print(f"{s:13} {name}")
    if bad:
        print("update the page that is behind, then: python -m course translations mark PATH")
    return 1 if bad else 0

