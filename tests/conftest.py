"""Test session set-up: offline shelf environment, fixed threads, network guard, records,
re-use of unchanged snippet verdicts, and shards.

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

from course import harness  # noqa: E402, F401  (must adapt pytest-examples before any example runs)
from course.pages import chapter_of  # noqa: E402
from shelf.offline import block_network, missing_model_hint  # noqa: E402

block_network()


def pytest_addoption(parser):
    parser.addoption("--rerun", action="store_true",
                     help="run every snippet, even those whose recorded verdict still holds")
    parser.addoption("--shard", default=None, metavar="K/N",
                     help="run shard K of N: snippets split by chapter; other tests in shard 1")


def pytest_configure(config):
    import torch

    # Floats printed by snippets depend on the thread count; pin it.
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True, warn_only=True)


def shard_of(item, n: int) -> int:
    """Shard (1..n) of a test: chapter k's snippets go to shard (k mod n) + 1, the rest to 1."""
    path = item.callspec.params.get("path") if hasattr(item, "callspec") else None
    if path is None or item.originalname != "test_snippet":
        return 1
    chapter = chapter_of(path)
    number = int("".join(c for c in chapter if c.isdigit()) or 0)
    return number % n + 1


def pytest_collection_modifyitems(config, items):
    spec = config.getoption("--shard")
    if not spec:
        return
    try:
        k, n = (int(x) for x in spec.split("/"))
        assert 1 <= k <= n
    except (ValueError, AssertionError):
        raise pytest.UsageError(f"--shard wants K/N with 1 <= K <= N, got {spec!r}") from None
    keep = [i for i in items if shard_of(i, n) == k]
    config.hook.pytest_deselected(items=[i for i in items if shard_of(i, n) != k])
    items[:] = keep


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

    from course import REPO

    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return site, done.stdout + done.stderr


@pytest.fixture
def local_hub(tmp_path, monkeypatch):
    """A fresh local Hub on 127.0.0.1 with users alice and bob; the Hub clients of this
    process pointed at it (they read their endpoint and offline mode at import)."""
    # Import the libraries first, so that whatever they read from the environment at import
    # comes from the shelf's offline set-up, and later tests see them as they were.
    import datasets.config  # noqa: F401
    import transformers  # noqa: F401

    from localhub import Store, serve

    store = Store(tmp_path / "hub")
    tokens = {name: store.add_user(name) for name in ("alice", "bob")}
    server = serve(store)
    url = f"http://127.0.0.1:{server.server_port}"
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")  # the client would ask for a Xet token first
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # offline mode blocks any endpoint
    monkeypatch.setenv("HF_ENDPOINT", url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # downloads, apart from the shelf
    # The libraries read these once, at import; the test process imported them offline.
    import datasets.config
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(hub_constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setattr(hub_constants, "ENDPOINT", url)
    monkeypatch.setattr(hub_constants, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}")
    # Downloads and stored tokens go to this test's folder: the shelf's cache and the user's
    # ~/.cache/huggingface never see a local Hub's commits or tokens.
    for name, value in {"HF_HUB_CACHE": tmp_path / "hf" / "hub", "HUGGINGFACE_HUB_CACHE": tmp_path / "hf" / "hub",
                        "HF_ASSETS_CACHE": tmp_path / "hf" / "assets", "HF_TOKEN_PATH": tmp_path / "hf" / "token",
                        "HF_STORED_TOKENS_PATH": tmp_path / "hf" / "stored_tokens"}.items():
        monkeypatch.setattr(hub_constants, name, str(value))
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf" / "datasets")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(datasets.config, "HF_ENDPOINT", url)
    monkeypatch.setattr(datasets.config, "HUB_DATASETS_URL", url + "/datasets/{repo_id}/resolve/{revision}/{path}")
    import huggingface_hub.hf_api

    monkeypatch.setattr(huggingface_hub.hf_api.api, "endpoint", url)  # the module-level client
    import transformers.utils.hub

    monkeypatch.setattr(transformers.utils.hub, "_hf_api", None)  # its shared client keeps an endpoint
    from huggingface_hub import HfApi

    yield {"url": url, "store": store, "tokens": tokens, "tmp": tmp_path,
           "alice": HfApi(endpoint=url, token=tokens["alice"]), "bob": HfApi(endpoint=url, token=tokens["bob"])}
    server.shutdown()
    server.server_close()


def pytest_terminal_summary(terminalreporter, config):
    from tests.test_snippets import REUSED

    reused = config.stash.get(REUSED, [])
    if reused:
        terminalreporter.write_line(
            f"{len(reused)} snippets not run again: their recorded verdict still holds "
            "(same code, data, models, libraries and CPU capability; --rerun runs them)")
