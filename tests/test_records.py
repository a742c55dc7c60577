"""A recorded verdict is re-used only while everything it depends on is unchanged."""

from __future__ import annotations

import shutil

import pytest

from course import BUILD, DATA, records


@pytest.fixture
def snippet(tmp_path):
    # Keys name snippets by their place in the repo, so the stand-in lives under build/.
    folder = BUILD / "test-records"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "s.py"
    path.write_text('import soundfile\nprint(soundfile.read("weather.wav")[1])\n')
    yield path
    shutil.rmtree(folder)


def test_key_changes_with_what_the_verdict_depends_on(snippet, monkeypatch):
    base = records.run_key(snippet, {"models": ["openai/whisper-tiny.en"]})
    assert base == records.run_key(snippet, {"models": ["openai/whisper-tiny.en"]})
    assert base != records.run_key(snippet, {"models": ["openai/whisper-base"]})  # other model
    monkeypatch.setattr(records, "cpu_capability", lambda: "DEFAULT")
    assert base != records.run_key(snippet, {"models": ["openai/whisper-tiny.en"]})  # other kernels
    monkeypatch.undo()
    monkeypatch.setattr(records, "libraries", lambda: "other versions")
    assert base != records.run_key(snippet, {"models": ["openai/whisper-tiny.en"]})  # other libraries
    monkeypatch.undo()
    snippet.write_text(snippet.read_text() + "# edited\n")
    assert base != records.run_key(snippet, {"models": ["openai/whisper-tiny.en"]})  # other code


def test_key_follows_the_data_files_a_snippet_reads(snippet, monkeypatch, tmp_path):
    assert records.data_files(snippet.read_text()) == ["weather.wav"]
    base = records.run_key(snippet, None)
    fake = tmp_path / "data"
    shutil.copytree(DATA, fake)
    (fake / "weather.wav").write_bytes(b"other audio")
    monkeypatch.setattr(records, "DATA", fake)
    assert records.run_key(snippet, None) != base


def test_only_a_passed_run_with_the_same_key_is_reused(snippet, monkeypatch):
    name = records.record_id(snippet)
    passed = {"status": "passed", "key": records.run_key(snippet, {"models": []}), "models": []}
    rec = records.Recorder()
    rec.previous = {name: passed}
    assert rec.reusable(snippet)
    rec.previous = {name: {**passed, "status": "failed"}}
    assert not rec.reusable(snippet)
    rec.previous = {name: {**passed, "key": "stale"}}
    assert not rec.reusable(snippet)
    port = records.Recorder(records.PORTABILITY)
    port.previous = {name: passed}  # a main verdict says nothing about plain kernels
    assert not port.reusable(snippet)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_shards_split_snippets_by_chapter_and_cover_all(n, pytestconfig):
    from types import SimpleNamespace

    from course import SNIPPETS
    from tests.conftest import shard_of

    items = [SimpleNamespace(originalname="test_snippet", callspec=SimpleNamespace(params={"path": p}))
             for p in sorted(SNIPPETS.rglob("*.py"))]
    shards = [shard_of(i, n) for i in items]
    assert set(shards) <= set(range(1, n + 1))
    by_chapter: dict = {}
    for item, shard in zip(items, shards):
        by_chapter.setdefault(item.callspec.params["path"].relative_to(SNIPPETS).parts[0], set()).add(shard)
    assert all(len(s) == 1 for s in by_chapter.values()), "a chapter is split across shards"
