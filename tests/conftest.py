"""Test session set-up: offline shelf environment, fixed threads, network guard, records.

The environment must be in place before transformers is imported anywhere, which is why
it is set at import time of this file.
"""

from __future__ import annotations

import os

from shelf import offline_env

os.environ.update(offline_env())
os.environ.setdefault("OMP_NUM_THREADS", "2")

import pytest  # noqa: E402

from shelf.offline import block_network, missing_model_hint  # noqa: E402
from tests import pytest_examples_fix  # noqa: E402, F401  (must patch before any example runs)

block_network()


def pytest_configure(config):
    import torch

    # Floats printed by snippets depend on the thread count; pin it.
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True, warn_only=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    # A model that is not installed: say which, and how to get it, under the traceback.
    if call.excinfo is not None:
        hint = missing_model_hint(call.excinfo.value)
        if hint:
            report.sections.append(("model shelf", hint))
    return report
