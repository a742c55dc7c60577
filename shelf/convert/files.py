"""Converters that only move files: exact copies and tokenizer-only folders."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

# Files that packagers left in folders and that no loader reads.
JUNK = {"desktop.ini", ".gitattributes", ".DS_Store"}


def copy_folder(src: Path, out: Path, *, log) -> None:
    for path in sorted(src.rglob("*")):
        if path.is_file() and path.name not in JUNK:
            target = out / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def unzip_folder(src: Path, out: Path, *, log) -> None:
    """A zip holding one model folder: extract that folder's contents into out."""
    (archive,) = src.glob("*.zip")
    with zipfile.ZipFile(archive) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ValueError(f"{archive.name}: member {bad} fails its CRC check")
        tops = {name.split("/", 1)[0] for name in zf.namelist()}
        if len(tops) != 1:
            raise ValueError(f"{archive.name}: expected one top folder, found {sorted(tops)}")
        (top,) = tops
        for info in zf.infolist():
            rel = info.filename[len(top) + 1 :]
            if info.is_dir() or not rel or Path(rel).name in JUNK:
                continue
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as fin, open(target, "wb") as fout:
                shutil.copyfileobj(fin, fout, 1 << 20)


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def gpt2_tokenizer(src: Path, out: Path, *, log) -> None:
    """OpenAI's encoder.json / vocab.bpe are GPT-2's vocab.json / merges.txt under other names."""
    vocab = json.loads((src / "encoder.json").read_text())
    if len(vocab) != 50257:
        raise ValueError(f"encoder.json has {len(vocab)} entries, GPT-2 has 50257")
    shutil.copy2(src / "encoder.json", out / "vocab.json")
    shutil.copy2(src / "vocab.bpe", out / "merges.txt")
    # A minimal config lets AutoTokenizer find the class; there are no weights to describe.
    _write_json(out / "config.json", {"model_type": "gpt2", "vocab_size": 50257, "n_positions": 1024})
    _write_json(
        out / "tokenizer_config.json",
        {
            "tokenizer_class": "GPT2Tokenizer",
            "model_max_length": 1024,
            "bos_token": "<|endoftext|>",
            "eos_token": "<|endoftext|>",
            "unk_token": "<|endoftext|>",
            "add_prefix_space": False,
        },
    )


def bert_tokenizer(src: Path, out: Path, *, log) -> None:
    lines = (src / "vocab.txt").read_text(encoding="utf-8").splitlines()
    if len(lines) != 30522 or lines[:1] != ["[PAD]"]:
        raise ValueError(f"vocab.txt has {len(lines)} entries, bert-base-uncased has 30522")
    shutil.copy2(src / "vocab.txt", out / "vocab.txt")
    _write_json(out / "config.json", {"model_type": "bert", "vocab_size": 30522})
    _write_json(
        out / "tokenizer_config.json",
        {"tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": 512},
    )
