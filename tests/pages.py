"""Reading the Markdown pages: code fences, snippet includes, heading ids, twins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from shelf import REPO

DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
LANGS = ("zh", "en")

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})(?P<info>[^`\n]*)$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*(?:\{[^}]*#(?P<id>[\w-]+)[^}]*\})?\s*$")
SKIP = re.compile(r'test="skip"\s+reason="(?P<reason>[^"]+)"')


@dataclass
class Fence:
    page: Path
    line: int  # 1-based line of the opening fence
    info: str
    body: str

    @property
    def lang(self) -> str:
        return self.info.split()[0] if self.info.split() else ""

    @property
    def is_python(self) -> bool:
        return self.lang.startswith("py")

    @property
    def include(self) -> str | None:
        lines = [ln for ln in self.body.splitlines() if ln.strip()]
        if len(lines) == 1 and (m := INCLUDE.match(lines[0])):
            return m["target"]
        return None

    @property
    def skip_reason(self) -> str | None:
        m = SKIP.search(self.info)
        return m["reason"] if m else None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


def pages(lang: str | None = None) -> list[Path]:
    langs = [lang] if lang else LANGS
    return sorted(p for la in langs for p in (DOCS / la).rglob("*.md"))


def twin(page: Path) -> Path:
    rel = page.relative_to(DOCS)
    other = "en" if rel.parts[0] == "zh" else "zh"
    return DOCS / other / Path(*rel.parts[1:])


def fences(page: Path) -> list[Fence]:
    found, lines, i = [], page.read_text(encoding="utf-8").splitlines(), 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        close = re.compile(rf"^{re.escape(m['indent'])}{m['ticks'][0]}{{{len(m['ticks'])},}}\s*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        body = "\n".join(ln[len(m["indent"]):] for ln in lines[i + 1 : j])
        found.append(Fence(page, i + 1, m["info"].strip(), body))
        i = j + 1
    return found


def headings(page: Path) -> list[tuple[int, str, str | None]]:
    """(line, text, explicit id) for each ATX heading outside code fences."""
    fenced = set()
    for f in fences(page):
        fenced.update(range(f.line, f.line + f.body.count("\n") + 3))
    out = []
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if n not in fenced and (m := HEADING.match(line)):
            out.append((n, m["text"], m["id"]))
    return out


def includes(page: Path) -> list[tuple[Fence, str]]:
    return [(f, f.include) for f in fences(page) if f.include]


def split_target(target: str) -> tuple[Path, str | None]:
    file, _, section = target.partition(":")
    return SNIPPETS / file, section or None
