"""Two fixes to pytest-examples 0.0.18.

First, on Python 3.11 an exception in an example must not crash pytest.

Its traceback rewriter builds a code object from `co_lnotab`, which 3.11 rejects
(INTERNALERROR ... generator raised StopIteration). `code.replace` keeps the 3.11 line
table intact, so tracebacks point at the snippet's file and line as they should.
"""

from __future__ import annotations

import ctypes
from types import FrameType

import pytest_examples.traceback as _tb


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


# Second fix: prints inside a loop. pytest-examples inserts outputs statement by statement in
# reverse and clears a line's old output whenever the line number changes, so two prints
# taking turns in a loop lose all but one iteration's output. Group by line first.
import pytest_examples.run_code as _run  # noqa: E402


def _insert_print_statements(self, example) -> str:
    lines = example.source.splitlines()
    by_line: dict[int, list] = {}
    for statement in self.print_func.statements:
        by_line.setdefault(statement.line_no, []).append(statement)
    for line_no in sorted(by_line, reverse=True):
        target, col = _run.find_print_location(example, line_no)
        # A loop may have left several output blocks under one print: remove them all.
        while True:
            before = len(lines)
            _run.remove_old_print(lines, target - 1)
            if len(lines) == before:
                break
        for statement in reversed(by_line[line_no]):
            self._insert_print_args(lines, statement, example.in_py_file(), target - 1, col)
    return "\n".join(lines) + "\n"


_run.InsertPrintStatements._insert_print_statements = _insert_print_statements
