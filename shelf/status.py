"""`python -m shelf status`: what is installed, how big, where it came from, how fast it loads."""

from __future__ import annotations

import time
from pathlib import Path

from . import Model, installed_snapshot, load_datasets, load_manifest
from .install import ShelfError


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load(model: Model):
    """Load a model the way a reader would, by its Hub id (the shelf tests use this too)."""
    if model.loader == "sentence-transformers":
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(model.id, device="cpu")
    if model.loader == "causal-lm":
        from transformers import AutoModelForCausalLM

        return AutoModelForCausalLM.from_pretrained(model.id)
    if model.loader == "speech-seq2seq":
        from transformers import AutoModelForSpeechSeq2Seq

        return AutoModelForSpeechSeq2Seq.from_pretrained(model.id)
    if model.loader in ("onnx", "piper", "efficientnet"):
        return load_other(model)
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model.id)


def load_other(model: Model):
    """Models that are not transformers models, from their installed files."""
    folder = installed_snapshot(model)
    if folder is None:
        raise ShelfError(f"{model.id} is not installed: run `make shelf`")
    if model.loader == "onnx":  # one inference session per ONNX file
        import onnxruntime

        return [onnxruntime.InferenceSession(str(p), providers=["CPUExecutionProvider"])
                for p in sorted(folder.rglob("*.onnx"))]
    if model.loader == "piper":
        from piper import PiperVoice

        (voice,) = folder.rglob("*.onnx")
        return PiperVoice.load(voice)
    from efficientnet_lite_pytorch import EfficientNet
    from safetensors.torch import load_file

    net = EfficientNet.from_name("efficientnet-lite0")
    net.load_state_dict(load_file(folder / "model.safetensors"))
    return net.eval()


def status(measure_load: bool = True) -> list[dict]:
    rows = []
    if measure_load:  # time the loads, not the one-off library imports
        import sentence_transformers  # noqa: F401
        import transformers  # noqa: F401
    for model in load_manifest():
        snap = installed_snapshot(model)
        first = model.packages[0]
        parts = f" + {len(model.packages) - 1} more parts" if len(model.packages) > 1 else ""
        row = {"id": model.id, "installed": snap is not None, "build": model.build,
               "source": f"{first.name}=={first.version}{parts}"}
        if snap is not None:
            row["size_mb"] = folder_size(snap) / 1e6
            if measure_load:
                start = time.perf_counter()
                load(model)
                row["load_s"] = time.perf_counter() - start
        rows.append(row)
    for data in load_datasets():  # no load time: they are plain files
        snap = installed_snapshot(data)
        first = data.packages[0]
        row = {"id": data.id, "installed": snap is not None, "build": "data set",
               "source": f"{first.name}=={first.version}"}
        if snap is not None:
            row["size_mb"] = folder_size(snap) / 1e6
        rows.append(row)
    return rows


def print_status(measure_load: bool = True) -> bool:
    rows = status(measure_load)
    print(f"{'model':42} {'state':9} {'size':>8} {'load':>6}  build / source")
    for r in rows:
        size = f"{r['size_mb']:.0f} MB" if "size_mb" in r else "-"
        load_s = f"{r['load_s']:.1f} s" if "load_s" in r else "-"
        state = "installed" if r["installed"] else "MISSING"
        print(f"{r['id']:42} {state:9} {size:>8} {load_s:>6}  {r['build']}; {r['source']}")
    missing = [r["id"] for r in rows if not r["installed"]]
    if missing:
        print(f"\n{len(missing)} model(s) or data set(s) missing ({', '.join(missing)}); "
              "install with: make shelf")
    return not missing
