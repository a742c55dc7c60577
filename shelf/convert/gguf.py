"""GGUF (llama.cpp's quantized format) -> float32 safetensors that load in under a second.

transformers can read GGUF directly, but dequantizes every tensor at every load (30-90 s
on two cores). We pay that once here. `save_pretrained` refuses a GGUF-loaded model, so
the weights are moved into a model built from the same config, which saves normally.
"""

from __future__ import annotations

from pathlib import Path


def convert(src: Path, out: Path, *, log) -> None:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    (gguf,) = src.glob("*.gguf")
    log(f"dequantizing {gguf.name} ({gguf.stat().st_size / 1e6:.0f} MB); this takes a minute")
    tokenizer = AutoTokenizer.from_pretrained(src, gguf_file=gguf.name)
    loaded = AutoModelForCausalLM.from_pretrained(src, gguf_file=gguf.name, dtype=torch.float32)
    config = AutoConfig.from_pretrained(src, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    # strict: every parameter must come from the file, none may stay randomly initialised.
    model.load_state_dict(loaded.state_dict(), strict=True)
    model.generation_config = loaded.generation_config
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
