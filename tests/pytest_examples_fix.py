"""Fix pytest-examples 0.0.18 on Python 3.11: an exception in an example must not crash pytest.

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
