"""Run every snippets/**/*.py as a whole and compare each printed value with its `#>` lines.

`make update` (pytest --update-examples) rewrites the `#>` lines from a fresh run instead.

Each snippet runs in a scratch folder that holds the site's data files (docs/assets/data:
what a reader downloads next to the script), so snippets use plain file names. Pictures a
snippet saves there (*.png) are copied to docs/assets/generated/, where pages show them:
every figure on the site is drawn by the test run.
"""

from __future__ import annotations

import pytest
from pytest_examples import CodeExample, EvalExample

import shutil

from shelf import REPO
from tests.records import Recorder

SNIPPETS = sorted((REPO / "snippets").rglob("*.py"))
DATA = REPO / "docs" / "assets" / "data"
GENERATED = REPO / "docs" / "assets" / "generated"


@pytest.fixture(scope="session")
def recorder(pytestconfig):
    rec = Recorder()
    yield rec
    # Only a checking run verifies anything; an update run rewrites outputs.
    if not pytestconfig.getoption("update_examples"):
        rec.write()


def snippet_id(path):
    return str(path.relative_to(REPO / "snippets"))


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    work = tmp_path / "work"
    shutil.copytree(DATA, work)
    monkeypatch.chdir(work)
    yield work
    for figure in work.glob("*.png"):
        GENERATED.mkdir(parents=True, exist_ok=True)
        shutil.copy(figure, GENERATED / figure.name)


@pytest.mark.parametrize("path", SNIPPETS, ids=snippet_id)
def test_snippet(path, scratch, eval_example: EvalExample, recorder: Recorder):
    example = CodeExample.create(path.read_text(), path=path)
    eval_example.set_config(line_length=88, ruff_ignore=["E501"])
    if eval_example.update_examples:
        eval_example.run_print_update(example)
        return
    where = path.relative_to(REPO)
    with recorder.snippet(path):
        try:
            eval_example.lint_ruff(example)
        except pytest.fail.Exception as exc:
            pytest.fail(f"{where}: ruff found problems (line numbers are the file's)\n{exc.msg}", pytrace=False)
        try:
            eval_example.run_print_check(example)
        except pytest.fail.Exception as exc:
            pytest.fail(
                f"{where}: printed output no longer matches its #> lines "
                f"(after a deliberate model or library change, `make update` rewrites them)\n{exc.msg}",
                pytrace=False,
            )
