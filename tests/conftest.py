"""Test session set-up: offline shelf environment, fixed threads, network guard, records.

The environment must be in place before transformers is imported anywhere, which is why
it is set at import time of this file.
"""

from __future__ import annotations

import os

from shelf import offline_env

os.environ.update(offline_env())
os.environ.setdefault("OMP_NUM_THREADS", "2")
# On a busy 2-core machine, spinning OpenMP threads wait on each other: a small forward
# pass took 40x longer. Passive waiting changes no result, only the time.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

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


@pytest.fixture(scope="session")
def site_build(tmp_path_factory):
    """Build the site once per session with --strict; return (site dir, build log)."""
    import subprocess
    import sys

    from shelf import REPO

    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return site, done.stdout + done.stderr
