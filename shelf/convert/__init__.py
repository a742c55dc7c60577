"""Converters: turn the files taken from the wheels (src) into a transformers folder (out).

Each converter is `fn(src, out, *, log)`; `out` exists and is empty. Heavy imports (torch, transformers) happen
inside the functions, so listing or checking the shelf never pays for them.
"""

from __future__ import annotations

from pathlib import Path

# convert name in manifest.toml -> (module, function). The module's source is part of the
# model's revision, so changing a converter reinstalls the models it produces.
CONVERTERS = {
    "copy": ("files", "copy_folder"),
    "zip": ("files", "unzip_folder"),
    "gpt2-tokenizer": ("files", "gpt2_tokenizer"),
    "bert-tokenizer": ("files", "bert_tokenizer"),
    "gguf": ("gguf", "convert"),
    "ct2-whisper": ("whisper_ct2", "convert"),
    "piper-voice": ("piper", "voice"),
    "efficientnet": ("efficientnet", "convert"),
    # data sets: each returns {file: rows}, which the install checks against the manifest
    "drug-reviews": ("data", "drug_reviews"),
    "chinese-reviews": ("data", "chinese_reviews"),
    "bbc-news": ("data", "bbc_news"),
}


def module_path(convert: str) -> Path:
    return Path(__file__).with_name(CONVERTERS[convert][0] + ".py")


def run(model, src: Path, out: Path, log):
    import importlib

    module_name, function = CONVERTERS[model.convert]
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, function)(src, out, log=log)
