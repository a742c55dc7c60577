"""The pages and the snippets agree: every include resolves, both languages use the same
snippets and heading ids, and every Python block either runs or says why it does not."""

from __future__ import annotations

import functools
import re
from collections import Counter

import pytest
from packaging.requirements import Requirement

from course import DOCS, REPO, SNIPPETS, glossary, notebooks, requirements, translations
from course.pages import fenced_lines, fences, headings, includes, pages, planned_pages, split_target, twin

ALL_PAGES = pages()


def rel(p):
    return str(p.relative_to(REPO))


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_page_has_twin(page):
    assert twin(page).exists(), f"{rel(page)} has no twin: expected {rel(twin(page))}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_includes_resolve(page):
    problems = []
    for fence, target in includes(page):
        file, section = split_target(target)
        if not file.is_file():
            problems.append(f"{fence.where}: --8<-- \"{target}\" points nowhere ({rel(file)} missing)")
        elif section and f"# --8<-- [start:{section}]" not in file.read_text():
            problems.append(f"{fence.where}: section {section!r} not found in {rel(file)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", pages("zh"), ids=rel)
def test_twins_use_same_snippets(page):
    other = twin(page)
    if not other.exists():
        pytest.skip("no twin (reported by test_page_has_twin)")
    mine = [t for _, t in includes(page)]
    theirs = [t for _, t in includes(other)]
    assert mine == theirs, (
        f"{rel(page)} and {rel(other)} include different snippets (same order expected):\n"
        f"  only in zh: {sorted(set(mine) - set(theirs)) or '-'}\n"
        f"  only in en: {sorted(set(theirs) - set(mine)) or '-'}\n"
        f"  zh order: {mine}\n  en order: {theirs}"
    )


@pytest.mark.parametrize("page", pages("zh"), ids=rel)
def test_twins_share_heading_ids(page):
    other = twin(page)
    if not other.exists():
        pytest.skip("no twin (reported by test_page_has_twin)")
    mine = [h[2] for h in headings(page)]
    theirs = [h[2] for h in headings(other)]
    assert mine == theirs, f"heading ids differ:\n  {rel(page)}: {mine}\n  {rel(other)}: {theirs}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_headings_have_explicit_ids(page):
    missing = [f"{rel(page)}:{n}: {text}" for n, text, hid in headings(page) if not hid]
    assert not missing, "headings without an explicit {#id} (both languages must share anchors):\n" + "\n".join(missing)
    dupes = [i for i, c in Counter(h[2] for h in headings(page)).items() if c > 1]
    assert not dupes, f"{rel(page)}: duplicate heading ids {dupes}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_python_blocks_run_or_say_why_not(page):
    problems = []
    for fence in fences(page):
        if not fence.is_python:
            continue
        if fence.include:
            continue
        if fence.skip_reason is None:
            problems.append(
                f"{fence.where}: a Python block that is neither a snippet include "
                f'(--8<-- "file.py") nor marked ```python test="skip" reason="..."'
            )
        elif re.search(r"^\s*#>", fence.body, re.M):
            problems.append(f"{fence.where}: a not-executed block must not show output (#> lines)")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_used():
    used = {split_target(t)[0] for p in ALL_PAGES for _, t in includes(p)}
    unused = sorted(rel(s) for s in SNIPPETS.rglob("*.py") if s not in used)
    assert not unused, f"snippets no page includes: {unused}"


def test_docs_only_hold_pages_and_assets():
    # Snippets live outside docs_dir: mkdocs-jupyter would otherwise render .py files as pages.
    stray = sorted(rel(p) for p in DOCS.rglob("*.py"))
    assert not stray, f"Python files inside docs/: {stray}"


CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"


@pytest.mark.parametrize("page", pages("zh"), ids=rel)
def test_chinese_paragraphs_are_not_hard_wrapped(page):
    # A newline inside a Chinese paragraph renders as a stray space between characters.
    text = page.read_text(encoding="utf-8")
    fenced = fenced_lines(page)
    lines = text.splitlines()
    bad = [
        f"{rel(page)}:{n}: {lines[n - 1].strip()[-12:]}⏎{lines[n].strip()[:12]}"
        for n in range(1, len(lines))
        if n not in fenced
        and re.search(CJK + r"$", lines[n - 1])
        and re.match(r"\s*" + CJK, lines[n])
    ]
    assert not bad, "Chinese lines broken mid-paragraph (join them):\n" + "\n".join(bad)


def test_notebooks_are_up_to_date(capsys):
    assert notebooks.main(check=True) == 0, capsys.readouterr().out


def test_readers_requirements_are_up_to_date(capsys):
    """docs/assets/requirements.txt pins what the snippets need, as the lock does."""
    assert requirements.main(check=True) == 0, capsys.readouterr().out
    pinned = requirements.OUT.read_text()
    for name in requirements.READER:
        assert f"\n{requirements.norm(name)}==" in pinned, f"{name} missing from {requirements.OUT.name}"


def test_translations_in_step(capsys):
    """Every zh/en pair is recorded as in step in translations.json (python -m course translations)."""
    assert translations.main([]) == 0, "page pairs that drifted apart:\n" + capsys.readouterr().out


def test_page_behind_its_twin_shows_a_notice(monkeypatch):
    from types import SimpleNamespace

    from hooks import translation_notice as notice

    name = "chapter0/index.md"
    real = {"zh": translations.digest(DOCS / "zh" / name), "en": translations.digest(DOCS / "en" / name)}

    def render(lang, lock):
        monkeypatch.setattr(translations, "load", lambda: lock)
        page = SimpleNamespace(file=SimpleNamespace(src_uri=f"{lang}/{name}"))
        return notice.on_page_markdown((DOCS / lang / name).read_text(), page, None, None)

    in_step = {name: real}
    zh_edited = {name: {**real, "zh": "0" * 64}}  # zh changed after the last sync: en is behind
    assert "!!! warning" not in render("en", in_step).split("\n", 3)[2]
    assert render("en", zh_edited).split("\n")[2].startswith('!!! warning "This page may be behind')
    assert not render("zh", zh_edited).split("\n")[2].startswith("!!! warning")


def glossary_ids():
    terms = [t for g in glossary.load() for t in g["term"]]
    for t in terms:
        assert all(t.get(k) for k in ("id", "zh", "en", "zh_def", "en_def")), f"incomplete glossary entry {t}"
    ids = glossary.term_ids()
    assert len(ids) == len(set(ids)), "duplicate ids in glossary.toml"
    return set(ids)


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_glossary_links_point_at_terms(page):
    known = glossary_ids()
    links = re.findall(r"glossary\.md#([\w-]+)", page.read_text(encoding="utf-8"))
    missing = sorted(set(links) - known)
    assert not missing, f"{rel(page)} links to glossary terms that glossary.toml lacks: {missing}"


ZH_PAGES = [p for p in ALL_PAGES if p.relative_to(DOCS).parts[0] == "zh"]


@pytest.mark.parametrize("page", ZH_PAGES, ids=rel)
def test_chinese_uses_the_glossarys_terms(page):
    # Only variants glossary.toml lists under avoid_zh are flagged: no guessing, no false alarms.
    avoided, fine = glossary.avoided_terms(), glossary.allowed_phrases()
    slips = [
        f"{rel(page)}:{n}: {bad} → {good}"
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        for bad, good in avoided.items()
        if bad in functools.reduce(lambda text, ok: text.replace(ok, ""), fine, line)
    ]
    assert not slips, "use the glossary's term:\n" + "\n".join(slips)


@pytest.mark.parametrize("snippet", sorted(SNIPPETS.rglob("*.py")), ids=rel)
def test_outputs_sit_under_their_print(snippet):
    # Output lines inside a print call written over several lines would look like code.
    import ast

    lines = snippet.read_text(encoding="utf-8").splitlines()
    inside = [
        f"{rel(snippet)}:{n + 1}"
        for node in ast.walk(ast.parse("\n".join(lines)))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print"
        for n in range(node.lineno, node.end_lineno)
        if lines[n].lstrip().startswith("#>")
    ]
    assert not inside, "#> lines inside a print call (make update puts them under it):\n" + "\n".join(inside)


@pytest.mark.parametrize("planned", planned_pages())
def test_planned_pages_are_still_missing(planned):
    # Once the page exists its links work by themselves; the entry must go, or a later
    # deletion of the page would show as "coming soon" instead of failing the build.
    written = [lang for lang in ("zh", "en") if (DOCS / lang / planned).exists()]
    assert not written, f"{planned} exists now ({written}): remove it from extra.planned_pages in mkdocs.yml"


# TRL's trainers default to bf16 and activation checkpointing, which ran 15-25x slower on the
# build machine's CPU (and bf16 is emulated on CPUs without AVX512-BF16/AMX).
TRL_ON_CPU = {"use_cpu": True, "bf16": False, "activation_checkpointing": False}


def trl_config_keywords(source: str):
    """Each TRL `*Config(...)` call of a snippet, with its keywords (a `**name` whose
    `name = {...}` is assigned in the snippet is expanded)."""
    import ast

    tree = ast.parse(source)
    trl_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "trl"
        for alias in node.names
        if alias.name.endswith("Config")
    }
    dicts = {  # name = {"key": value, ...} assigned in the snippet
        node.targets[0].id: {getattr(k, "value", None): v for k, v in zip(node.value.keys, node.value.values)}
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Dict)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in trl_names:
            keywords = {}
            for kw in node.keywords:
                if kw.arg is None and isinstance(kw.value, ast.Name):
                    keywords.update(dicts.get(kw.value.id, {}))
                elif kw.arg is not None:
                    keywords[kw.arg] = kw.value
            yield node.lineno, {k: getattr(v, "value", v) for k, v in keywords.items()}


USES_TRL = re.compile(r"^from trl\b.*Config", re.MULTILINE)


@pytest.mark.parametrize(
    "snippet", [s for s in sorted(SNIPPETS.rglob("*.py")) if USES_TRL.search(s.read_text(encoding="utf-8"))], ids=rel
)
def test_trl_trainers_are_set_for_the_cpu(snippet):
    configs = list(trl_config_keywords(snippet.read_text(encoding="utf-8")))
    assert configs, f"{rel(snippet)} imports a TRL config but no call of it was found"
    wrong = [
        f"{rel(snippet)}:{line}: {key}={keywords.get(key, '(unset)')}, want {want}"
        for line, keywords in configs
        for key, want in TRL_ON_CPU.items()
        if keywords.get(key, object()) is not want
    ]
    assert not wrong, "a TRL config without the CPU settings (see CONTRIBUTING):\n" + "\n".join(wrong)


def test_every_snippet_import_is_in_the_readers_requirements():
    # A package installed by hand in a maintainer's venv would pass every run there and fail on a
    # clean clone (and at the reader's): each module a snippet imports must come from a
    # distribution that the readers' requirements pin.
    import ast
    import sys
    from importlib.metadata import packages_distributions

    providers = packages_distributions()
    pinned = requirements.closure(requirements.READER)
    missing = set()
    for snippet in sorted(SNIPPETS.rglob("*.py")):
        for node in ast.walk(ast.parse(snippet.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names:
                    continue
                dists = {requirements.norm(d) for d in providers.get(top, [])}
                if not dists & pinned:
                    missing.add(f"{rel(snippet)}: import {top} (from {sorted(dists) or 'nothing installed'})")
    assert not missing, "not in the readers' requirements (course/requirements.py READER):\n" + "\n".join(sorted(missing))


def test_readers_requirements_are_installed_by_make_test():
    # `make test` installs the project's [docs,test] extras on a clean clone; what readers are told
    # to install must be among them, or the snippets would pass only in a venv patched by hand.
    import tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    roots = [Requirement(spec).name for group in ("docs", "test") for spec in extras[group]]
    installed = requirements.closure(roots)
    absent = [name for name in requirements.READER if requirements.norm(name) not in installed]
    assert not absent, f"in READER but not installed by pyproject.toml's [docs,test] extras: {absent}"
