"""Quizzes: every question answerable and explained; twins ask the same; every section has one.

How a quiz behaves in a browser is checked in test_browser.py.
"""

from __future__ import annotations

import pytest

from course import DOCS, REPO
from course.pages import is_chapter, pages, twin
from course.quizzes import is_empty, questions, shape

ZH = pages("zh")
CHAPTER_PAGES = [p for p in ZH if is_chapter(p.relative_to(DOCS / "zh").parts[0])
                 and p.relative_to(DOCS / "zh").parts[0] != "chapter0"]
SECTIONS = [p for p in CHAPTER_PAGES if p.name not in ("index.md", "summary.md")]
SUMMARIES = [p for p in CHAPTER_PAGES if p.name == "summary.md"]


def rel(p):
    return str(p.relative_to(REPO))


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_every_question_is_answerable_and_explained(page):
    problems = []
    for q in questions(page):
        if is_empty(q.question):
            problems.append(f"{q.where}: no question text")
        if len(q.answers) < 2:
            problems.append(f"{q.where}: {len(q.answers)} answer(s); a choice needs at least 2")
        if not q.correct:
            problems.append(f"{q.where}: no answer marked correct (- [x])")
        if len(q.correct) == len(q.answers):
            problems.append(f"{q.where}: every answer is correct")
        if is_empty(q.explanation):
            problems.append(f"{q.where}: no explanation after the answers")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", ZH, ids=rel)
def test_twins_ask_the_same_questions(page):
    zh, en = questions(page), questions(twin(page))
    assert len(zh) == len(en), f"{rel(page)} has {len(zh)} questions, its twin {len(en)}"
    for a, b in zip(zh, en):
        assert a.section == b.section, f"{a.where} sits under #{a.section}, {b.where} under #{b.section}"
        assert shape(a) == shape(b), (
            f"{a.where} and {b.where} differ (answers, correct ones, snippets shown): "
            f"{shape(a)} vs {shape(b)}"
        )


@pytest.mark.parametrize("page", SECTIONS, ids=rel)
def test_each_section_ends_with_a_quiz(page):
    qs = [q for q in questions(page) if q.section == "quiz"]
    assert len(qs) >= 2, f"{rel(page)}: a section needs a quiz of 2+ questions under {{#quiz}}"


@pytest.mark.parametrize("page", SUMMARIES, ids=rel)
def test_each_chapter_has_a_chapter_quiz(page):
    qs = [q for q in questions(page) if q.section == "chapter-quiz"]
    assert len(qs) >= 8, f"{rel(page)}: the chapter quiz needs 8+ questions, has {len(qs)}"
    text = page.read_text(encoding="utf-8")
    assert "<!-- mkdocs-quiz results -->" in text, f"{rel(page)}: no results panel"


def test_quizzes_make_readers_read_code():
    # Each chapter needs questions built on a verified snippet and its output.
    chapters = sorted({p.relative_to(DOCS / "zh").parts[0] for p in SECTIONS})
    bare = [c for c in chapters
            if not any(q.includes for p in CHAPTER_PAGES if p.relative_to(DOCS / "zh").parts[0] == c
                       for q in questions(p))]
    assert not bare, f"no quiz question shows a snippet in: {bare}"
