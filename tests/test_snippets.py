"""Run every snippets/**/*.py as a whole and check each printed value against its `#>` lines
(numbers at their shown precision: course.outputs).

`make update` (pytest --update-examples) rewrites the `#>` lines from a fresh run instead,
leaving lines that still hold as they are, and copies the figures snippets draw into
docs/assets/generated/, where pages show them. A checking run writes figures to
build/figures/ only (the work tree stays clean) and fails when a figure the snippet draws
is not on the site yet.

A snippet whose recorded verdict still holds (same key: course.records) is not run again,
unless pytest is given --rerun. In a portability run (course.portability sets
COURSE_PORTABILITY=1 with the plain-kernel settings) the verdicts go to the record's
portability slot.

Each snippet runs in a scratch folder that holds the site's data files (what a reader
downloads next to the script), so snippets use plain file names.
"""

from __future__ import annotations

import inspect
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytest_examples import CodeExample, EvalExample

from course import BUILD, DATA, FIGURES, READER, REPO, SERVER_SNIPPETS, SNIPPET_BUDGET_SECONDS, SNIPPETS, records

ALL = sorted(SNIPPETS.rglob("*.py"))
DRAWN = BUILD / "figures"
REUSED = pytest.StashKey[list]()
WHICH = records.PORTABILITY if os.environ.get("COURSE_PORTABILITY") == "1" else records.MAIN


@pytest.fixture(scope="session")
def recorder(pytestconfig):
    rec = records.Recorder(WHICH)
    yield rec
    # Only a checking run verifies anything; an update run rewrites outputs.
    if not pytestconfig.getoption("update_examples"):
        rec.write()
    pytestconfig.stash[REUSED] = rec.reused


def snippet_id(path):
    return str(path.relative_to(SNIPPETS))


@pytest.fixture
def scratch(tmp_path, monkeypatch, request):
    """The snippet's folder: the site's data files, and the shelf's data sets it names, each
    under its own name (read-only links to the installed files)."""
    from shelf import find_data, installed_snapshot

    work = tmp_path / "work"
    shutil.copytree(DATA, work)
    path = request.node.callspec.params["path"]
    for name in records.shelf_datasets(path.read_text(encoding="utf-8")):
        folder = installed_snapshot(find_data(name))
        if folder is None:
            where = path.relative_to(REPO) if path.is_relative_to(REPO) else path
            pytest.fail(f"{where} reads the data set {name!r}, which is not installed: "
                        "run `make shelf`", pytrace=False)
        (work / name).symlink_to(folder, target_is_directory=True)
    monkeypatch.chdir(work)
    return work


class FramesOnly:
    """Stands in for `inspect` inside pytest_examples.run_code. Its print() mock calls
    inspect.stack() on every print() in the process, and inspect.stack() reads source lines and
    scans sys.modules for every frame (cpython#92041), so it gets slower the more modules are loaded.
    Libraries print behind the scenes: dill disassembles a function with print() whenever
    `datasets` fingerprints a map function, about 1,500 calls in chapter 11's SFT snippet. In the
    full suite this made training snippets 1.2-1.7x slower than alone. The mock only reads each
    frame's file, line and frame object, which the frames give directly."""

    def __getattr__(self, name):
        return getattr(inspect, name)

    @staticmethod
    def stack(context=1):
        frames, frame = [], sys._getframe(1)
        while frame is not None:
            code = frame.f_code
            frames.append(inspect.FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, None, None))
            frame = frame.f_back
        return frames


def keep_figures(work, update: bool) -> list[str]:
    """Copy the figures a run drew; return their names."""
    names = sorted(p.name for p in work.glob("*.png") if not (DATA / p.name).exists())  # not data
    for name in names:
        for target in [DRAWN] + ([FIGURES] if update else []):
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(work / name, target / name)
    return names


def publish_on_local_hub(path, request, monkeypatch) -> None:
    """For a snippet that pushes: a fresh local Hub with the shelf models it names published
    under their Hub ids, and a token for READER in HF_TOKEN (where a reader's login puts it)."""
    from shelf import installed_snapshot, load_manifest

    hub = request.getfixturevalue("local_hub")
    source = path.read_text()
    for model in load_manifest():
        if model.id in source:
            hub["store"].import_folder("model", model.id, installed_snapshot(model),
                                      title="Copy from the site's model shelf")
    monkeypatch.setenv("HF_TOKEN", hub["store"].add_user(READER))


def clients_of_local_servers(monkeypatch) -> None:
    """For a snippet that starts an inference server and calls it (SERVER_SNIPPETS): the server
    process inherits the shelf's offline mode; this process's Hub clients leave it (offline
    mode refuses every URL, 127.0.0.1 included) and point at a closed port instead."""
    import huggingface_hub.constants as hub_constants

    closed = "http://127.0.0.1:9"
    monkeypatch.setattr(hub_constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(hub_constants, "ENDPOINT", closed)
    monkeypatch.setattr(hub_constants, "HUGGINGFACE_CO_URL_TEMPLATE", closed + "/{repo_id}/resolve/{revision}/{filename}")


def child_processes() -> set:
    """This process's descendants, as psutil.Process objects: they compare by pid and start time
    counted from boot, which a clock adjustment (NTP) does not move. `create_time()` adds the boot
    time read from the wall clock, so after an adjustment old processes looked new and were killed."""
    import psutil

    return set(psutil.Process().children(recursive=True))


def processes_left_running(before: set) -> list[str]:
    """Processes the snippet started and did not stop (a server left running): killed here,
    and named, so that the snippet fails."""
    import psutil

    left = []
    for proc in psutil.Process().children(recursive=True):
        try:
            if proc in before or proc.status() == psutil.STATUS_ZOMBIE:
                continue
            left.append(" ".join(proc.cmdline())[:160])
            proc.kill()
        except psutil.NoSuchProcess:
            continue
    return left


def watch_demos(path, work, monkeypatch) -> list[str]:
    """Gradio demos a snippet launches. Each is photographed in headless Chromium just before
    the snippet closes it: the picture is a figure drawn by the run (`<page>-<snippet>.png`).
    The browser's requests are watched too: a demo must not fetch anything beyond 127.0.0.1.
    Returns the launched demos' URLs, which must be closed when the snippet ends."""
    import gradio
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    real_launch, real_close, launched = gradio.Blocks.launch, gradio.Blocks.close, []

    def launch(self, *args, **kwargs):
        result = real_launch(self, *args, **kwargs)
        launched.append(self.local_url)
        return result

    def photograph(url: str) -> list[str]:
        outside = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium")
            # A short viewport and a full-page shot: the picture is as tall as the demo.
            page = browser.new_page(viewport={"width": 1000, "height": 320})
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
            page.goto(url, wait_until="load")
            page.wait_for_selector(".gradio-container", state="visible")
            settle(page, PlaywrightTimeout)
            try_first_example(page, PlaywrightTimeout)
            page.screenshot(path=work / f"{path.parent.name}-{path.stem}.png", full_page=True)
            browser.close()
        return outside

    def close(self, *args, **kwargs):
        url = getattr(self, "local_url", None)
        if url:
            # In a thread of its own: Playwright's sync API refuses to run where an event loop
            # is already running, as the browser tests' session-wide browser leaves one.
            with ThreadPoolExecutor(max_workers=1) as pool:
                outside = pool.submit(photograph, url).result()
            if outside:
                pytest.fail(f"{path.relative_to(REPO)}: the demo's page fetched {outside[:5]}", pytrace=False)
        return real_close(self, *args, **kwargs)

    monkeypatch.setattr(gradio.Blocks, "launch", launch)
    monkeypatch.setattr(gradio.Blocks, "close", close)
    return launched


def settle(page, timeout_error) -> None:
    try:  # some components (a Chatbot, cached examples) keep a connection open
        page.wait_for_load_state("networkidle", timeout=5000)
    except timeout_error:
        pass


def try_first_example(page, timeout_error) -> None:
    """If the demo lists examples (an Interface's table), show it in use as a visitor would:
    click the first example, then Submit, and wait for the answer."""
    rows = page.locator("table tbody tr, button.gallery-item")  # many inputs / one input
    submit = page.get_by_role("button", name="Submit")
    if rows.count() == 0 or submit.count() != 1:
        return
    rows.first.click()
    submit.click()
    page.wait_for_timeout(300)
    # While an event runs, its outputs show a progress overlay (".wrap.default" without ".hide").
    page.wait_for_function("!document.querySelector('.wrap.default:not(.hide)')", timeout=60000)
    page.wait_for_timeout(800)  # the outputs fade back in
    settle(page, timeout_error)


def demos_left_running(launched: list[str]) -> list[str]:
    """The launched demos that are not on loopback, or still answer on their port."""
    import socket
    from urllib.parse import urlsplit

    left = []
    for url in launched:
        where = urlsplit(url)
        if where.hostname != "127.0.0.1":
            left.append(f"{url} (not on 127.0.0.1: launch(server_name='127.0.0.1'))")
            continue
        try:
            socket.create_connection((where.hostname, where.port), timeout=1).close()
            left.append(f"{url} (still listening: call demo.close())")
        except OSError:
            pass
    return left


@pytest.fixture
def fresh_maps():
    """Every snippet maps its data afresh, as on a reader's first run. pytest-examples imports the
    snippet as a module, so dill hashes its functions by name, not by value: a map over a tokenizer
    trained in the run kept the fingerprint of an earlier run at the same tmp path, and datasets
    reused that run's cached ids (a trained tokenizer numbers its pieces differently in every
    process, tokenizers#1794). A reader's script runs as __main__ and is hashed by value."""
    import datasets

    datasets.disable_caching()
    yield
    datasets.enable_caching()


@pytest.mark.parametrize("path", ALL, ids=snippet_id)
def test_snippet(path, scratch, fresh_maps, eval_example: EvalExample, recorder: records.Recorder, pytestconfig,
                 request, monkeypatch):
    example = CodeExample.create(path.read_text(), path=path)
    eval_example.set_config(line_length=88, ruff_ignore=["E501"])
    monkeypatch.setattr("pytest_examples.run_code.inspect", FramesOnly())
    where = path.relative_to(REPO)
    demos = watch_demos(path, scratch, monkeypatch) if "import gradio" in example.source else []
    if records.in_folders(path, SERVER_SNIPPETS):
        clients_of_local_servers(monkeypatch)
    processes = child_processes()
    request.addfinalizer(lambda: processes_left_running(processes))  # also when the snippet failed
    if records.uses_hub(path) and (eval_example.update_examples or pytestconfig.getoption("--rerun")
                                   or not recorder.reusable(path)):
        publish_on_local_hub(path, request, monkeypatch)
    if eval_example.update_examples:
        eval_example.run_print_update(example)
        keep_figures(scratch, update=True)
        if left := demos_left_running(demos):
            pytest.fail(f"{where}: demos left running or off loopback: {left}", pytrace=False)
        if left := processes_left_running(processes):
            pytest.fail(f"{where}: processes left running (stopped now): {left}", pytrace=False)
        return
    if not pytestconfig.getoption("--rerun") and recorder.reusable(path):
        recorder.reused.append(str(where))
        return
    start = time.perf_counter()
    with recorder.snippet(path) as run:
        try:
            eval_example.lint_ruff(example)
        except pytest.fail.Exception as exc:
            pytest.fail(f"{where}: ruff found problems (line numbers are the file's)\n{exc.msg}", pytrace=False)
        try:
            eval_example.run_print_check(example)
        except pytest.fail.Exception as exc:
            run["problems"] = exc.msg.splitlines()
            pytest.fail(
                f"{where}: printed output no longer matches its #> lines "
                f"(after a deliberate model or library change, `make update` rewrites them)\n{exc.msg}",
                pytrace=False,
            )
        if left := demos_left_running(demos):
            pytest.fail(f"{where}: demos left running or off loopback: {left}", pytrace=False)
        if left := processes_left_running(processes):
            pytest.fail(f"{where}: processes left running (stopped now): {left}", pytrace=False)
        run["figures"] = keep_figures(scratch, update=False)
        missing = [n for n in run["figures"] if not (FIGURES / n).exists()]
        if missing:
            pytest.fail(f"{where} draws {missing}, not yet in {FIGURES.relative_to(REPO)}: run `make update`",
                        pytrace=False)
    if WHICH == records.MAIN:  # plain kernels (portability runs) are slower by design
        within_budget(where, time.perf_counter() - start)


def snippet_budget() -> float:
    return float(os.environ.get("COURSE_SNIPPET_BUDGET", SNIPPET_BUDGET_SECONDS))


def within_budget(where, seconds: float) -> None:
    budget = snippet_budget()
    if budget and seconds > budget:
        pytest.fail(f"{where}: ran {seconds:.0f} s, over the {budget:.0f} s budget of one snippet "
                    "(shrink its training or data, not its checks; CONTRIBUTING.md)", pytrace=False)


def test_process_check_survives_a_clock_adjustment(monkeypatch):
    """A process running before the snippet is not 'left running' because the wall clock moved
    meanwhile (as NTP does on CI machines); one the snippet started is named and stopped."""
    import subprocess

    import psutil._pslinux as pslinux

    earlier = subprocess.Popen(["sleep", "60"])
    try:
        before = child_processes()
        boot_time = pslinux.boot_time
        monkeypatch.setattr(pslinux, "boot_time", lambda: boot_time() + 1.0)  # the clock steps 1 s
        started = subprocess.Popen(["sleep", "61"])
        assert processes_left_running(before) == ["sleep 61"]
        assert started.wait(timeout=10) != 0  # stopped by the check
        assert earlier.poll() is None  # untouched
    finally:
        earlier.kill()
        earlier.wait()


def test_frames_only_stack_matches_inspect():
    """FramesOnly must give pytest-examples' print mock the frames inspect.stack() gives (file,
    line, function, frame object), and the mock must still be the one that calls inspect.stack()."""
    import pytest_examples.run_code as run_code

    def nested():
        return inspect.stack(), FramesOnly.stack()  # one line: both see the same frames

    slow, fast = nested()
    assert len(fast) == len(slow)
    for want, got in zip(slow, fast):
        assert (got.frame, got.lineno, got.function) == (want.frame, want.lineno, want.function)
        assert os.path.samefile(got.filename, want.filename) if os.path.exists(want.filename) \
            else got.filename == want.filename
    assert "inspect.stack()[parent_frame_id]" in inspect.getsource(run_code.MockPrintFunction.__call__)


def test_maps_are_not_reused_from_an_earlier_run(tmp_path, fresh_maps):
    """The same snippet module at the same path, run twice with a different global, as a rerun
    of the suite does: the second run's map must use the second run's global."""
    import importlib.util

    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"x": 1}\n')
    source = ("from datasets import load_dataset\nOFFSET = {}\n\n\ndef add(row):\n"
              "    return {{'y': row['x'] + OFFSET}}\n\n\n"
              f"mapped = load_dataset('json', data_files={str(rows)!r}, split='train').map(add)\n")
    results = []
    for offset in (1, 2):
        module_file = tmp_path / "snippet_module.py"
        module_file.write_text(source.format(offset))
        spec = importlib.util.spec_from_file_location("snippet_module", module_file)
        module = importlib.util.module_from_spec(spec)
        sys.modules["snippet_module"] = module
        try:
            spec.loader.exec_module(module)
        finally:
            del sys.modules["snippet_module"]
        results.append(module.mapped[0]["y"])
    assert results == [2, 3]


def test_snippet_budget(monkeypatch):
    """A snippet over the budget fails, naming itself and its time; 0 turns the limit off."""
    monkeypatch.delenv("COURSE_SNIPPET_BUDGET", raising=False)
    within_budget("snippets/a.py", SNIPPET_BUDGET_SECONDS - 1)
    with pytest.raises(pytest.fail.Exception, match=r"snippets/a.py: ran 121 s, over the 120 s budget"):
        within_budget("snippets/a.py", SNIPPET_BUDGET_SECONDS + 1)
    monkeypatch.setenv("COURSE_SNIPPET_BUDGET", "0")
    within_budget("snippets/a.py", 10_000)
