"""One notebook per page that includes snippets: docs/<lang>/notebooks/<page>.ipynb.

Prose becomes Markdown cells; each snippet include becomes a code cell whose output is the
snippet's verified `#>` lines (never re-typed: they come from the snippet files, which the
test run writes). `--check` exits 1 and names every notebook that is out of date.

    python -m course notebooks [--check]
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

from course import DOCS, LANGS
from course.outputs import code_only, shown_output
from course.pages import COMING, PAGE_LINK, fences, headings, pages, snippet_section

ATTR = re.compile(r"[ \t]*\{[^}\n]*#[\w-]+[^}\n]*\}[ \t]*$", re.M)
# A Markdown link or image target that is relative: ](path), ](path#anchor) or ](#anchor).
LINK = re.compile(r"(\])\((?![a-z]+:|/)([^)\s]+)\)")


def notebook_name(src_uri: str) -> str:
    """zh/chapter1/bias.md -> chapter1-bias: the notebook made from that page."""
    parts = posixpath.splitext(src_uri)[0].split("/")[1:]
    return "-".join(parts).removesuffix("-index") or "home"


def notebook_path(page: Path) -> Path:
    rel = page.relative_to(DOCS)
    return DOCS / rel.parts[0] / "notebooks" / f"{notebook_name(rel.as_posix())}.ipynb"


def url_dir(md: Path) -> Path:
    """The folder URL mkdocs gives a page (use_directory_urls), relative to its language root."""
    rel = md.relative_to(DOCS).with_suffix("")
    parts = rel.parts[1:]
    return Path(*parts[:-1]) if parts[-1] == "index" else Path(*parts)


ADMONITION = re.compile(r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')


def admonitions_to_quotes(text: str) -> str:
    """Jupyter knows no `!!! note "title"` blocks: turn them into quoted paragraphs."""
    out, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        m = ADMONITION.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        body_indent = m["indent"] + "    "
        out.append(f"> **{m['title']}**" if m["title"] else ">")
        i += 1
        while i < len(lines) and (lines[i].startswith(body_indent) or not lines[i].strip()):
            if not lines[i].strip() and (i + 1 >= len(lines) or not lines[i + 1].startswith(body_indent)):
                break
            out.append("> " + lines[i][len(body_indent):] if lines[i].strip() else ">")
            i += 1
    return "\n".join(out)


def prose(page: Path, text: str) -> str:
    """Drop heading ids, turn admonitions into quotes, point relative links at the same targets.

    A notebook is served from another folder than its page, so each relative link is resolved
    from the page and written again from the notebook: pages (.md) become their rendered
    folders, files (images, data) keep their place, and anchors on the page itself lead back
    to the page (the notebook's headings have other ids).
    """
    nb_dir = url_dir(notebook_path(page).with_suffix(".md"))

    def from_notebook(target: Path) -> str:
        return Path(os.path.relpath(target, nb_dir)).as_posix()

    def relink(m):
        path, _, anchor = m[2].partition("#")
        fragment = f"#{anchor}" if anchor else ""
        if not path:
            return f"{m[1]}({from_notebook(url_dir(page))}/{fragment})"
        if path.endswith(".md"):
            target = url_dir(Path(os.path.normpath(page.parent / path)))
            return f"{m[1]}({from_notebook(target)}/{fragment})"
        # A file (image, data) resolves from the page's source, like mkdocs does; files outside
        # the language folders are served once, at the site root, above the /en/ folder.
        source = Path(os.path.normpath(page.parent / path)).relative_to(DOCS)
        lang = page.relative_to(DOCS).parts[0]
        if source.parts[0] in LANGS:
            target = Path(*source.parts[1:])
        else:
            target = Path(*[".."] * (lang != LANGS[0]), source)
        return f"{m[1]}({from_notebook(target)}{fragment})"

    def unwritten_as_text(m):  # a promised page that does not exist yet: text, as on the page
        if (page.parent / m[2]).exists():
            return m[0]
        return f"{m[1]}{COMING[page.relative_to(DOCS).parts[0]]}"

    text = PAGE_LINK.sub(unwritten_as_text, text)
    return LINK.sub(relink, ATTR.sub("", admonitions_to_quotes(text)))


def code_cell(source: str, n: int):
    import nbformat

    shown = shown_output(source)
    cell = nbformat.v4.new_code_cell(code_only(source).strip("\n"), id=f"cell-{n}")
    if shown:
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="\n".join(shown) + "\n")]
    return cell


QUIZ_SECTIONS = {"quiz", "chapter-quiz"}


def quiz_lines(page: Path, text: list[str]) -> set[int]:
    """Lines of the quiz sections: interactive on the site, dead text in a notebook."""
    heads = [(n, len(text[n - 1]) - len(text[n - 1].lstrip("#")), hid) for n, _, hid in headings(page)]
    out = set()
    for i, (n, level, hid) in enumerate(heads):
        if hid in QUIZ_SECTIONS:
            end = next((m for m, lv, _ in heads[i + 1 :] if lv <= level), len(text) + 1)
            out.update(range(n, end))
    return out


def build(page: Path):
    import nbformat

    text = page.read_text(encoding="utf-8").splitlines()
    dropped = quiz_lines(page, text)
    text = ["" if n in dropped else line for n, line in enumerate(text, 1)]
    cells, pos = [], 0
    for fence in fences(page):
        if not fence.include or fence.line in dropped:
            continue
        before = "\n".join(text[pos : fence.line - 1]).strip()
        if before:
            cells.append(nbformat.v4.new_markdown_cell(prose(page, before), id=f"cell-{len(cells)}"))
        cells.append(code_cell(snippet_section(fence.include), len(cells)))
        pos = fence.end
    if not any(c.cell_type == "code" for c in cells):
        return None
    rest = "\n".join(text[pos:]).strip()
    if rest:
        cells.append(nbformat.v4.new_markdown_cell(prose(page, rest), id=f"cell-{len(cells)}"))
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return nbformat.writes(nb) + "\n"


def main(check: bool) -> int:
    stale = []
    wanted = set()
    for lang in LANGS:
        for page in pages(lang):
            if "notebooks" in page.parts:
                continue
            content = build(page)
            if content is None:
                continue
            path = notebook_path(page)
            wanted.add(path)
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(path)
                if not check:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(content, encoding="utf-8")
    orphans = [p for p in DOCS.rglob("notebooks/*.ipynb") if p not in wanted]
    for p in orphans:
        stale.append(p)
        if not check:
            p.unlink()
    for p in stale:
        print(f"{'out of date' if check else 'written'}: {p.relative_to(DOCS.parent)}")
    if check and stale:
        print("regenerate with: make update (or python -m course notebooks)")
        return 1
    return 0

