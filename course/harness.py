"""Running snippets with pytest-examples (0.0.18), adapted to this site.

pytest-examples runs a snippet, records each `print()` and writes its output under the call
as `#> …` lines. We keep its format and change four things:

1. Shown numbers are compared at their shown precision (course.outputs): a check passes and
   an update leaves the line alone when a fresh value is within one unit of its last digit.
2. A failing check names each output line that no longer holds, as `file:line`.
3. The output of a print call written over several lines goes under its last line, not
   inside the call (where it looked like code on the page).
4. A long value is shown as `print` prints it, not reformatted with black: a reader who runs
   the file sees exactly the page's lines (tests/test_reader.py).
5. On Python 3.11 an exception in a snippet no longer crashes pytest, and prints taking
   turns in a loop keep all their output.

Importing this module applies the changes (tests/conftest.py does, before any snippet runs).
"""

from __future__ import annotations

import ast
import ctypes
from types import FrameType

import pytest
import pytest_examples.run_code as _run
import pytest_examples.traceback as _tb

from course import REPO
from course.outputs import reconcile


def _updated_print_statements(self, example) -> str | None:
    """The text an update writes, or None when every shown output still holds."""
    merged, _ = reconcile(example.source, self._insert_print_statements(example))
    return None if merged == example.source else merged


def _check_print_statements(self, example) -> None:
    __tracebackhide__ = True
    _, problems = reconcile(example.source, self._insert_print_statements(example))
    if problems:
        where = example.path.relative_to(REPO) if example.path.is_relative_to(REPO) else example.path
        pytest.fail(
            "\n".join(f"{where}:{p.removeprefix('line ')}" for p in problems),
            pytrace=False,
        )


def _insert_print_statements(self, example) -> str:
    """Write each print's output under it. pytest-examples clears a line's old output
    whenever the line number changes, so prints taking turns in a loop lost all but one
    iteration's output: group by line first."""
    lines = example.source.splitlines()
    by_line: dict[int, list] = {}
    for statement in self.print_func.statements:
        by_line.setdefault(statement.line_no, []).append(statement)
    for line_no in sorted(by_line, reverse=True):
        target, col = find_print_location(example, line_no)
        # A loop may have left several output blocks under one print: remove them all.
        while True:
            before = len(lines)
            _run.remove_old_print(lines, target - 1)
            if len(lines) == before:
                break
        for statement in reversed(by_line[line_no]):
            self._insert_print_args(lines, statement, example.in_py_file(), target - 1, col)
    return "\n".join(lines) + "\n"


def find_print_location(example, line_no: int) -> tuple[int, int]:
    """(last line, column) of the print call running at `line_no`.

    pytest-examples guesses the last line of a call from its last argument, which is wrong
    for implicitly joined f-strings and for a `)` on the argument's line.
    """
    best = None
    for node in ast.walk(ast.parse(example.source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
                and node.lineno <= line_no <= node.end_lineno):
            if best is None or node.end_lineno - node.lineno < best.end_lineno - best.lineno:
                best = node
    return (best.end_lineno, best.col_offset) if best else (line_no, 0)


_run.Arg.format = lambda self, config: self.data  # as print() shows it (see 4. above)
_run.InsertPrintStatements.updated_print_statements = _updated_print_statements
_run.InsertPrintStatements.check_print_statements = _check_print_statements
_run.InsertPrintStatements._insert_print_statements = _insert_print_statements


# ---- Python 3.11: an exception in a snippet must not crash pytest -------------------------
# pytest-examples builds a code object from `co_lnotab`, which 3.11 rejects (INTERNALERROR …
# generator raised StopIteration). `code.replace` keeps the line table intact, so tracebacks
# point at the snippet's file and line.


def create_custom_frame(frame: FrameType, example) -> FrameType:
    code = frame.f_code.replace(
        co_filename=str(example.path),
        co_firstlineno=frame.f_code.co_firstlineno + example.start_line,
    )
    pointer = ctypes.POINTER(ctypes.c_ulong)
    new_frame = ctypes.pythonapi.PyFrame_New
    new_frame.argtypes = (pointer, pointer, ctypes.py_object, ctypes.py_object)
    new_frame.restype = ctypes.py_object
    ctypes.pythonapi.PyThreadState_Get.argtypes = None
    ctypes.pythonapi.PyThreadState_Get.restype = pointer
    return new_frame(
        ctypes.pythonapi.PyThreadState_Get(),
        ctypes.cast(id(code), pointer),
        frame.f_globals,
        frame.f_locals,
    )


_tb.create_custom_frame = create_custom_frame
