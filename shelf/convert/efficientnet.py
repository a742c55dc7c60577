"""EfficientNet-Lite0 (ImageNet), shipped as a PyTorch pickle: read it without running any
pickled code (`weights_only=True`) and write safetensors once, with the few facts a loader
needs beside the weights."""

from __future__ import annotations

import json
from pathlib import Path

PARAMETERS = 4_652_008  # EfficientNet-Lite0 with its 1,000-class ImageNet head


def convert(src: Path, out: Path, *, log) -> None:
    import torch
    from safetensors.torch import save_file

    (pickle,) = src.glob("*.pth")
    state = torch.load(pickle, map_location="cpu", weights_only=True)
    tensors = {k: v.contiguous() for k, v in state.items() if torch.is_tensor(v)}
    counted = sum(v.numel() for k, v in tensors.items() if "num_batches_tracked" not in k
                  and "running_" not in k)
    if counted != PARAMETERS:
        raise ValueError(f"{pickle.name}: {counted:,} parameters, EfficientNet-Lite0 has {PARAMETERS:,}")
    synonyms = json.loads((src / "imagenet1k_label_to_names.json").read_text())
    names = [synonyms[str(i)].split(", ")[0] for i in range(len(synonyms))]  # "Egyptian cat"
    if len(names) != 1000 or names[285] != "Egyptian cat":
        raise ValueError(f"imagenet1k_label_to_names.json: {len(names)} names, class 285 is {names[285]!r}")
    save_file(tensors, out / "model.safetensors", metadata={"format": "pt"})
    config = {"architecture": "efficientnet-lite0", "code": "efficientnet-lite-pytorch==0.1.0",
              "image_size": 224, "num_classes": 1000, "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5],
              "id2label": dict(enumerate(names))}
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    log(f"{pickle.name} -> model.safetensors ({counted:,} parameters)")
