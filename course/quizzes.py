"""Quizzes in the pages: mkdocs-quiz `<quiz>` blocks, read the way the plugin reads them.

Answer lines are recognised by the plugin's own parser (mkdocs_quiz.parsing.parse_answer);
this module adds what the checks need: where each question is, which snippets it shows,
and which heading it sits under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs_quiz.parsing import parse_answer

from course import REPO
from course.pages import INCLUDE, fenced_lines, headings


@dataclass
class Question:
    page: Path
    line: int  # 1-based line of <quiz>
    section: str | None  # id of the heading it sits under
    question: str
    answers: list[tuple[bool, str]] = field(default_factory=list)
    explanation: str = ""

    @property
    def correct(self) -> list[int]:
        return [i for i, (ok, _) in enumerate(self.answers) if ok]

    @property
    def includes(self) -> list[str]:
        return [m["target"] for ln in self.question.splitlines() if (m := INCLUDE.match(ln))]

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


def questions(page: Path) -> list[Question]:
    lines = page.read_text(encoding="utf-8").splitlines()
    fenced = fenced_lines(page)
    heads = headings(page)
    out, start = [], None
    for n, line in enumerate(lines, 1):
        if n in fenced:
            continue
        if line.strip() == "<quiz>":
            start = n
        elif line.strip() == "</quiz>" and start is not None:
            section = next((hid for hn, _, hid in reversed(heads) if hn < start), None)
            out.append(parse(page, start, section, lines[start : n - 1], fenced))
            start = None
    return out


def parse(page: Path, line: int, section: str | None, body: list[str], fenced: set[int]) -> Question:
    """Question text up to the first answer, the answers, then the explanation."""
    q = Question(page, line, section, "")
    first = last = None
    for i, text in enumerate(body):
        if (line + 1 + i) in fenced:  # an answer-like line inside code is code
            continue
        if (answer := parse_answer(text)) is not None:
            first = i if first is None else first
            last = i
            q.answers.append(answer)
        elif first is not None and text.strip():
            break  # answers are one block; the explanation follows it
    if first is None:
        q.question = "\n".join(body).strip()
        return q
    q.question = "\n".join(body[:first]).strip()
    q.explanation = "\n".join(body[last + 1 :]).strip()
    return q


def shape(q: Question) -> tuple:
    """What twins must share: answer count, which answers are right, the snippets shown."""
    return (len(q.answers), tuple(q.correct), tuple(q.includes))


def is_empty(text: str) -> bool:
    return not re.sub(r"<!--.*?-->", "", text, flags=re.S).strip()
