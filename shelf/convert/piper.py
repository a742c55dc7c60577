"""A Piper voice, laid out as in rhasspy/piper-voices on the Hub: <lang>/<locale>/<name>/<quality>/,
so that `hf_hub_download("rhasspy/piper-voices", "en/en_US/joe/medium/en_US-joe-medium.onnx")`
finds it here as it would on huggingface.co."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def voice(src: Path, out: Path, *, log) -> None:
    (onnx,) = src.glob("*.onnx")
    config = json.loads((src / f"{onnx.name}.json").read_text())
    locale, name, quality = onnx.stem.split("-")
    if config.get("language", {}).get("code") != locale or config.get("audio", {}).get("quality") != quality:
        raise ValueError(f"{onnx.name}: its config says {config.get('language')} / {config.get('audio')}")
    folder = out / locale.split("_")[0] / locale / name / quality
    folder.mkdir(parents=True)
    for path in (onnx, src / f"{onnx.name}.json", src / "MODEL_CARD"):
        shutil.copy2(path, folder / path.name)
