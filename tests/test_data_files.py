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
