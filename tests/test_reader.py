"""A reader at home gets what the page shows.

The reader follows chapter 0: a fresh venv with exactly docs/assets/requirements.txt
installed, a snippet downloaded from its page next to the data files the page links, run
as a plain `python file.py`. Its stdout must be the page's output (numbers at their shown
precision). The one difference from home: models come from the shelf, which is an ordinary
HF cache, instead of a download from the Hub.

The venv is built from nothing but that file, and kept (outside the repo, beside the shelf)
under the file's sha256: a changed requirements file gets a new venv, as a reader would.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import venv

import pytest

from course import DATA, SNIPPETS, records, requirements
from course.outputs import compare_printed, shown_output
from shelf import find_data, installed_snapshot, offline_env, shelf_home

pytestmark = pytest.mark.reader

# One per kind of reader set-up: a model and text, audio files, matplotlib figures, the
# Trainer (accelerate), datasets with data files, a chat model.
# Lines libraries print on their own, never page output: Trainer's log dicts (run times,
# steps/s) and Gradio's status lines (a port number); the pages tell readers to expect them.
LIBRARY_LOG = re.compile(r"^(?:\{'(?:loss|eval_loss|train_runtime|eval_runtime)': |Closing server running on port: \d+$)")
SAMPLE = [
    "chapter0/similarity.py",
    "chapter1/what-transformers-can-do/speech.py",
    "chapter1/how-transformers-work/attention_map.py",
    "chapter2/putting-it-together/end_to_end.py",
    "chapter2/optimized-inference/quantize.py",  # bf16 and int8: the most CPU-sensitive numbers
    "chapter2/models/config.py",
    "chapter3/processing-data/dynamic_padding.py",
    "chapter7/question-answering/cloze_qa.py",  # spaCy and its English model, as readers install them
    "chapter9/interface/speech.py",  # a Gradio demo with an audio upload, called by gradio_client
    "speech/tts/roundtrip.py",  # the Piper voice (onnxruntime), jiwer, scipy's resampling
    "speech/vad/silero.py",  # Silero VAD as its pip package ships it
    "vision/pretrained/classify.py",  # EfficientNet-Lite0's code package, scikit-image's photos
    "production/quantize/variants.py",  # onnxscript's export, ONNX Runtime's int8, a data set
    "chapter12/r1/objective.py",  # sampling with a fixed seed: readers get the same group of answers
]


@pytest.fixture(scope="session")
def reader_python():
    want = hashlib.sha256(requirements.OUT.read_bytes()).hexdigest()
    env_dir = shelf_home() / "reader-venvs" / want[:16]
    stamp = env_dir / "complete"
    if not stamp.exists():
        for old in env_dir.parent.glob("*"):  # venvs of earlier requirements files
            shutil.rmtree(old, ignore_errors=True)
        venv.create(env_dir, with_pip=True)
        done = subprocess.run([env_dir / "bin" / "python", "-m", "pip", "install", "-q",
                               "--disable-pip-version-check", "-r", requirements.OUT],
                              capture_output=True, text=True)
        assert done.returncode == 0, f"pip install -r {requirements.OUT.name} failed:\n{done.stderr[-3000:]}"
        stamp.write_text(want)
    return env_dir / "bin" / "python"


def test_sample_exists():
    missing = [s for s in SAMPLE if not (SNIPPETS / s).exists()]
    assert not missing, f"reader sample names snippets that are gone: {missing}"


@pytest.mark.parametrize("name", SAMPLE)
def test_reader_sees_the_page_output(name, reader_python, tmp_path):
    snippet = SNIPPETS / name
    if not snippet.exists():
        pytest.skip("reported by test_sample_exists")
    source = snippet.read_text(encoding="utf-8")
    home = tmp_path / "reader"
    home.mkdir()
    shutil.copy(snippet, home / snippet.name)
    for data in records.data_files(source):
        (home / data).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / data, home / data)
    for name in records.shelf_datasets(source):  # as the data page says: next to the script
        (home / name).symlink_to(installed_snapshot(find_data(name)), target_is_directory=True)
    env = {"PATH": f"{reader_python.parent}:/usr/bin:/bin", "HOME": str(tmp_path), **offline_env()}
    done = subprocess.run([reader_python, snippet.name], cwd=home, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"snippets/{name} failed for the reader:\n{done.stderr[-3000:]}"
    printed = [ln for ln in done.stdout.splitlines() if not LIBRARY_LOG.match(ln)]
    problems = compare_printed(shown_output(source), printed)
    assert not problems, f"snippets/{name}: the reader's output differs from the page:\n" + "\n".join(problems)


def test_reader_venv_has_only_the_requirements(reader_python):
    # The reader's venv must not get what only the test suite has (pytest, the shelf...).
    done = subprocess.run([reader_python, "-c", "import pytest"], capture_output=True)
    assert done.returncode != 0, "the reader's venv has pytest: it is not the readers' requirements alone"
