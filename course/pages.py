"""Reading the Markdown pages: code fences, snippet includes, heading ids, twins.

The one parser of page structure: tests, notebooks and the MkDocs hooks all use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from course import DOCS, LANGS, REPO, SNIPPETS

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})(?P<info>[^`\n]*)$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*(?:\{[^}]*#(?P<id>[\w-]+)[^}]*\})?\s*$")
SKIP = re.compile(r'test="skip"\s+reason="(?P<reason>[^"]+)"')
SECTION_MARKER = re.compile(r"^\s*# --8<-- \[(start|end):[\w-]+\]\s*$")


# A Markdown link to a page (not an image), and how a link to a page that is not written yet
# reads (hooks/planned_pages.py on pages, course/notebooks.py in notebooks).
PAGE_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")
COMING = {"zh": "（即将上线）", "en": " (coming soon)"}


@dataclass
class Fence:
    page: Path | None
    line: int  # 1-based line of the opening fence
    end: int  # 1-based line of the closing fence
    indent: str
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
    def snippet_file(self) -> str | None:
        """The included file, relative to snippets/ (without a :section)."""
        return self.include.partition(":")[0] if self.include else None

    @property
    def skip_reason(self) -> str | None:
        m = SKIP.search(self.info)
        return m["reason"] if m else None

    @property
    def where(self) -> str:
        page = self.page.relative_to(REPO) if self.page else "<markdown>"
        return f"{page}:{self.line}"


def pages(lang: str | None = None) -> list[Path]:
    langs = [lang] if lang else LANGS
    return sorted(p for la in langs for p in (DOCS / la).rglob("*.md"))


# Chapters beyond the course's numbered ones (the mission's speech, vision and production parts).
NAMED_CHAPTERS = ("speech", "vision", "production")


def is_chapter(folder: str) -> bool:
    """A docs/<lang>/<folder> that holds a chapter (sections, quizzes, a summary)."""
    return folder.startswith("chapter") or folder in NAMED_CHAPTERS


def twin(page: Path) -> Path:
    rel = page.relative_to(DOCS)
    other = "en" if rel.parts[0] == "zh" else "zh"
    return DOCS / other / Path(*rel.parts[1:])


def parse_fences(text: str, page: Path | None = None) -> list[Fence]:
    found, lines, i = [], text.splitlines(), 0
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
        found.append(Fence(page, i + 1, j + 1, m["indent"], m["info"].strip(), body))
        i = j + 1
    return found


def fences(page: Path) -> list[Fence]:
    return parse_fences(page.read_text(encoding="utf-8"), page)


def fenced_lines(page: Path) -> set[int]:
    """1-based line numbers inside (or opening/closing) a code fence."""
    return {n for f in fences(page) for n in range(f.line, f.end + 1)}


def headings(page: Path) -> list[tuple[int, str, str | None]]:
    """(line, text, explicit id) for each ATX heading outside code fences."""
    fenced = fenced_lines(page)
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


def snippet_section(target: str) -> str:
    """The code an include shows: the whole file, or one named section, without markers."""
    file, section = split_target(target)
    lines = file.read_text(encoding="utf-8").splitlines()
    if section:
        start = lines.index(f"# --8<-- [start:{section}]")
        end = lines.index(f"# --8<-- [end:{section}]")
        lines = lines[start + 1 : end]
    return "\n".join(ln for ln in lines if not SECTION_MARKER.match(ln))


def chapter_of(snippet: Path) -> str:
    """snippets/chapter2/models/config.py -> chapter2 (the unit of sharding)."""
    return snippet.relative_to(SNIPPETS).parts[0]


def page_url(page: Path) -> str:
    """The URL path mkdocs (use_directory_urls) gives a page: zh at the root, en under /en/."""
    rel = page.relative_to(DOCS)
    lang, parts = rel.parts[0], list(rel.with_suffix("").parts[1:])
    if parts[-1] == "index":
        parts = parts[:-1]
    prefix = "/" if lang == "zh" else "/en/"
    return prefix + "".join(p + "/" for p in parts)


def rewrite_fences(text: str, replace) -> str:
    """Rebuild `text`, each fence's lines replaced by `replace(fence, lines)` (None keeps them)."""
    lines = text.splitlines()
    out, pos = [], 0
    for fence in parse_fences(text):
        block = lines[fence.line - 1 : fence.end]
        out += lines[pos : fence.line - 1]
        new = replace(fence, block)
        out += block if new is None else new
        pos = fence.end
    out += lines[pos:]
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def site_config() -> dict:
    """mkdocs.yml as data; its !ENV and !!python tags are read as plain values, not run."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def planned_pages() -> list[str]:
    """Pages the text promises before they exist (extra.planned_pages; hooks/planned_pages.py)."""
    return list((site_config().get("extra") or {}).get("planned_pages", []))


def nav_order() -> list[str]:
    """The pages of the navigation in reading order, as paths inside a language folder."""

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            yield from walk(value) if isinstance(value, list) else [value]

    return list(walk(site_config()["nav"]))
