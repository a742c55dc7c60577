"""The data files snippets read by plain name (docs/assets/data/): what their READMEs promise."""

import json
import re

import pytest

from course import DATA

PARALLEL = DATA / "site-parallel"
CJK = re.compile(r"[\u4e00-\u9fff]")


def rows(name):
    return [json.loads(line) for line in (PARALLEL / f"{name}.jsonl").read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["train", "test"])
def test_parallel_counts_match_readme(name):
    readme = (PARALLEL / "README.txt").read_text("utf-8")
    promised = int(re.search(rf"`{name}\.jsonl` \| (\d+) \|", readme)[1])
    assert len(rows(name)) == promised, f"{name}.jsonl has {len(rows(name))} pairs, README says {promised}"


@pytest.mark.parametrize("name", ["train", "test"])
def test_parallel_pairs_are_chinese_and_english(name):
    for n, row in enumerate(rows(name), 1):
        assert set(row) == {"source", "kind", "en", "zh"}, f"{name}.jsonl:{n}: fields {sorted(row)}"
        assert row["kind"] in {"heading", "question", "answer", "definition"}, f"{name}.jsonl:{n}"
        assert CJK.search(row["zh"]) and re.search("[A-Za-z]", row["en"]), f"{name}.jsonl:{n}: {row}"


def test_parallel_test_set_is_held_out():
    train, test = rows("train"), rows("test")
    assert {r["source"] for r in test} <= {"chapter5", "chapter6"}
    assert not {r["source"] for r in train} & {"chapter5", "chapter6"}
    assert not {r["en"] for r in train} & {r["en"] for r in test}, "a test sentence is also in train"


INSTRUCTIONS = DATA / "site-instructions"


def instructions(name):
    path = INSTRUCTIONS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["train", "test"])
def test_instruction_counts_match_readme(name):
    readme = (INSTRUCTIONS / "README.txt").read_text("utf-8")
    promised = int(re.search(rf"`{name}\.jsonl` \| (\d+) \|", readme)[1])
    assert len(instructions(name)) == promised, f"{name}.jsonl: README says {promised}"


def test_instructions_are_balanced_checkable_and_held_out():
    train, test = instructions("train"), instructions("test")
    assert not {r["prompt"] for r in train} & {r["prompt"] for r in test}, "a test prompt is in train"
    rows = train + test
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    per = {}
    for r in rows:
        assert set(r) == {"id", "lang", "task", "prompt", "answer"}, r
        assert r["id"].startswith(f"{r['lang']}-{r['task']}-"), r["id"]
        assert r["answer"] and "\n" not in r["answer"] and not r["answer"].endswith((".", "。")), r
        # A Chinese prompt is written in Chinese; an English one may quote a Chinese word.
        zh_prompt = bool(CJK.search(r["prompt"][:12]))
        assert zh_prompt == (r["lang"] == "zh"), f"{r['id']}: prompt language"
        slot = "grammar" if r["task"] in {"plural", "measure-word"} else r["task"]
        per.setdefault(slot, {"en": 0, "zh": 0})[r["lang"]] += 1
    assert all(c["en"] == c["zh"] for c in per.values()), f"tasks unbalanced between languages: {per}"


def test_instruction_answers_recompute():
    from datetime import date

    for r in instructions("train") + instructions("test"):
        if r["task"] == "arithmetic":
            a, op, b = re.search(r"(\d+)\s*(\+|-|加|减)\s*(\d+)", r["prompt"]).groups()
            want = int(a) + int(b) if op in "+加" else int(a) - int(b)
            assert r["answer"] == str(want), f"{r['id']}: {r['prompt']} -> {r['answer']}"
        if r["task"] == "format":
            y, m, d = map(int, r["answer"].split("-"))
            date(y, m, d)  # a real date
            assert str(y) in r["prompt"], f"{r['id']}: year not in the prompt"
