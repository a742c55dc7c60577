"""Convert a CTranslate2 (faster-whisper) Whisper model folder to a Hugging Face one.

Why: faster-whisper models ship only as CTranslate2 folders (``model.bin``,
``config.json``, ``tokenizer.json``), while the transformers snippets on this site
need a ``WhisperForConditionalGeneration`` folder.  With the Hub unreachable we
rebuild that folder from the CTranslate2 files alone, using numpy, safetensors
and json (no torch needed).

``model.bin`` is a flat little-endian file: uint32 binary version, spec name and
uint32 spec revision, uint32 variable count, then per variable its name, uint8
rank, uint32 dims, uint8 dtype, uint32 byte count and raw bytes; then aliases
(uint32 count, name pairs).  Strings are a uint16 length (counting a trailing
NUL) followed by the bytes.  CTranslate2 fuses the attention projections (QKV for
self-attention, KV for cross-attention), which we split again; HF's k_proj has no
bias (CTranslate2 stores zeros there) and ``proj_out`` is tied to the token
embedding.  Weights are written in float32 (fp16/bf16 upcast, int8/int16
dequantized with their ``weight_scale``).
"""

from __future__ import annotations

import json
import re
import shutil
import struct
from pathlib import Path
from typing import Callable

import numpy as np
from safetensors.numpy import save_file

# CTranslate2 DataType ids (include/ctranslate2/types.h); 5 is bfloat16.
_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16, 5: np.uint16}
# Binary versions 4-6 share this layout (3 had item sizes, not dtype ids, and predates
# Whisper); CTranslate2 4.x writes 6.  A newer version is refused rather than misread.
_VERSIONS = range(4, 7)
# Standard Whisper head counts by d_model, used only if the file has no num_heads.
_HEADS = {384: 6, 512: 8, 768: 12, 1024: 16, 1280: 20}


def read_model_bin(path: Path) -> dict[str, np.ndarray]:
    """Read a WhisperSpec model.bin: {variable name: float32 (or integer scalar) array}, aliases resolved."""
    buf = path.read_bytes()
    pos = 0

    def take(fmt: str) -> int:
        nonlocal pos
        (val,) = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return val

    def string() -> str:
        nonlocal pos
        n = take("H")
        s = buf[pos:pos + n].rstrip(b"\0").decode()
        pos += n
        return s

    try:
        version = take("I")
        if version not in _VERSIONS:
            raise ValueError(f"unsupported CTranslate2 binary version {version}")
        spec = string()
        take("I")  # spec revision: the layout we read is the same for all Whisper revisions
        if spec != "WhisperSpec":
            raise ValueError(f"spec is {spec!r}, not 'WhisperSpec'")
        raw = {}
        for _ in range(take("I")):
            name = string()
            rank = take("B")
            shape = [take("I") for _ in range(rank)]
            dtype, nbytes = take("B"), take("I")
            arr = np.frombuffer(buf, _DTYPES[dtype], nbytes // np.dtype(_DTYPES[dtype]).itemsize, pos)
            pos += nbytes
            if dtype == 5:  # bfloat16: the high half of a float32
                arr = (arr.astype(np.uint32) << 16).view(np.float32)
            raw[name] = arr.reshape(shape)
        aliases = [(string(), string()) for _ in range(take("I"))]
    except (struct.error, KeyError, UnicodeDecodeError) as e:
        raise ValueError(f"{path} is not a readable CTranslate2 model.bin ({e!r})") from e
    except ValueError as e:
        raise ValueError(f"{path} is not a CTranslate2 Whisper model: {e}") from e

    out = {}
    for name, arr in raw.items():
        if name.endswith("_scale"):
            continue
        scale = raw.get(name + "_scale")
        if scale is not None:  # int8/int16 quantized weight: w = q / scale (one scale per output row)
            arr = arr.astype(np.float32) / scale.astype(np.float32).reshape((-1,) + (1,) * (arr.ndim - 1))
        elif arr.dtype in (np.float16, np.float32):
            arr = arr.astype(np.float32)
        out[name] = arr
    for alias, target in aliases:
        out[alias] = out[target]
    return out


def _state_dict(w: dict[str, np.ndarray], n_enc: int, n_dec: int) -> dict[str, np.ndarray]:
    """Map CTranslate2 variable names to WhisperForConditionalGeneration's state dict keys."""
    sd: dict[str, np.ndarray] = {}

    def linear(hf: str, ct: str, bias: bool = True) -> None:
        sd[f"{hf}.weight"] = w[f"{ct}/weight"]
        if bias:
            sd[f"{hf}.bias"] = w[f"{ct}/bias"]

    def norm(hf: str, ct: str) -> None:
        sd[f"{hf}.weight"], sd[f"{hf}.bias"] = w[f"{ct}/gamma"], w[f"{ct}/beta"]

    def split(hf: str, ct: str, names: str) -> None:
        """Split a fused projection into q/k/v; k_proj has no bias in HF Whisper."""
        for n, wt, b in zip(names, np.split(w[f"{ct}/weight"], len(names)), np.split(w[f"{ct}/bias"], len(names))):
            sd[f"{hf}.{n}_proj.weight"] = wt
            if n != "k":
                sd[f"{hf}.{n}_proj.bias"] = b

    def layer(hf: str, ct: str, cross: bool) -> None:
        split(f"{hf}.self_attn", f"{ct}/self_attention/linear_0", "qkv")
        linear(f"{hf}.self_attn.out_proj", f"{ct}/self_attention/linear_1")
        norm(f"{hf}.self_attn_layer_norm", f"{ct}/self_attention/layer_norm")
        if cross:
            linear(f"{hf}.encoder_attn.q_proj", f"{ct}/attention/linear_0")
            split(f"{hf}.encoder_attn", f"{ct}/attention/linear_1", "kv")
            linear(f"{hf}.encoder_attn.out_proj", f"{ct}/attention/linear_2")
            norm(f"{hf}.encoder_attn_layer_norm", f"{ct}/attention/layer_norm")
        linear(f"{hf}.fc1", f"{ct}/ffn/linear_0")
        linear(f"{hf}.fc2", f"{ct}/ffn/linear_1")
        norm(f"{hf}.final_layer_norm", f"{ct}/ffn/layer_norm")

    linear("model.encoder.conv1", "encoder/conv1")
    linear("model.encoder.conv2", "encoder/conv2")
    sd["model.encoder.embed_positions.weight"] = w["encoder/position_encodings/encodings"]
    for i in range(n_enc):
        layer(f"model.encoder.layers.{i}", f"encoder/layer_{i}", cross=False)
    norm("model.encoder.layer_norm", "encoder/layer_norm")
    sd["model.decoder.embed_tokens.weight"] = w["decoder/embeddings/weight"]
    sd["model.decoder.embed_positions.weight"] = w["decoder/position_encodings/encodings"]
    for i in range(n_dec):
        layer(f"model.decoder.layers.{i}", f"decoder/layer_{i}", cross=True)
    norm("model.decoder.layer_norm", "decoder/layer_norm")
    return sd


def convert(src: Path, dst: Path, *, log: Callable[[str], None] = print) -> None:
    """Write an HF Whisper folder into dst (dst exists and is empty)."""
    src, dst = Path(src), Path(dst)
    if not (src / "model.bin").is_file() or not (src / "tokenizer.json").is_file():
        raise ValueError(f"{src} is not a CTranslate2 Whisper folder (needs model.bin and tokenizer.json)")
    w = read_model_bin(src / "model.bin")
    ct2 = json.loads((src / "config.json").read_text()) if (src / "config.json").is_file() else {}
    tok_json = json.loads((src / "tokenizer.json").read_text(encoding="utf-8"))
    tok = {t["content"]: t["id"] for t in tok_json["added_tokens"]}
    missing = {"<|endoftext|>", "<|startoftranscript|>", "<|translate|>", "<|transcribe|>",
               "<|startofprev|>", "<|notimestamps|>"} - tok.keys()
    if missing:
        raise ValueError(f"{src}/tokenizer.json is not a Whisper tokenizer (lacks {sorted(missing)})")

    # Dimensions come from the tensors; head counts from the file's int16 scalars.
    vocab, d_model = w["decoder/embeddings/weight"].shape
    n_enc = len({m[1] for k in w if (m := re.match(r"encoder/layer_(\d+)/", k))})
    n_dec = len({m[1] for k in w if (m := re.match(r"decoder/layer_(\d+)/", k))})
    heads = {}
    for side in ("encoder", "decoder"):
        if f"{side}/num_heads" in w:
            heads[side] = int(w[f"{side}/num_heads"])
        elif d_model in _HEADS:
            heads[side] = _HEADS[d_model]
            log(f"{side}: no num_heads in model.bin, using {heads[side]} for d_model {d_model}")
        else:
            raise ValueError(f"cannot tell the {side} head count for d_model {d_model}")

    # Special tokens from the tokenizer; language tokens sit between <|startoftranscript|> and <|translate|>.
    eot, sot = tok["<|endoftext|>"], tok["<|startoftranscript|>"]
    no_ts, transcribe, translate = tok["<|notimestamps|>"], tok["<|transcribe|>"], tok["<|translate|>"]
    lang_to_id = {c: i for c, i in sorted(tok.items(), key=lambda x: x[1]) if sot < i < translate}
    multilingual = vocab >= 51865  # English-only vocabularies are one token shorter (51864)
    if multilingual and ct2.get("lang_ids") and sorted(ct2["lang_ids"]) != sorted(lang_to_id.values()):
        log("warning: config.json lang_ids differ from the tokenizer's language tokens; using the tokenizer's")
    log(f"whisper: d_model {d_model}, {n_enc}+{n_dec} layers, heads {heads['encoder']}/{heads['decoder']}, "
        f"vocab {vocab}, {'multilingual' if multilingual else 'English-only'}")

    try:
        sd = _state_dict(w, n_enc, n_dec)
    except KeyError as e:
        raise ValueError(f"{src}/model.bin lacks the Whisper variable {e}") from e
    # The output projection is normally an alias of the embedding; keep it only if it differs.
    emb = sd["model.decoder.embed_tokens.weight"]
    proj = w.get("decoder/projection/weight", emb)
    tied = proj is emb or np.array_equal(proj, emb)
    if not tied:
        sd["proj_out.weight"] = proj
    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()},
              str(dst / "model.safetensors"), metadata={"format": "pt"})
    (dst / "model.safetensors").chmod(0o644)  # safetensors writes 0600; let other users read the shelf

    # Configs, laid out like the official openai/whisper-* files.
    suppress = ct2.get("suppress_ids", [])
    begin_suppress = ct2.get("suppress_ids_begin", [220, eot])
    n_mels = w["encoder/conv1/weight"].shape[1]
    config = {
        "architectures": ["WhisperForConditionalGeneration"], "model_type": "whisper",
        "vocab_size": int(vocab), "d_model": int(d_model), "num_mel_bins": int(n_mels),
        "encoder_layers": n_enc, "encoder_attention_heads": heads["encoder"],
        "encoder_ffn_dim": int(w["encoder/layer_0/ffn/linear_0/weight"].shape[0]),
        "decoder_layers": n_dec, "decoder_attention_heads": heads["decoder"],
        "decoder_ffn_dim": int(w["decoder/layer_0/ffn/linear_0/weight"].shape[0]),
        "num_hidden_layers": n_enc,
        "max_source_positions": int(w["encoder/position_encodings/encodings"].shape[0]),
        "max_target_positions": int(w["decoder/position_encodings/encodings"].shape[0]),
        "activation_function": "gelu", "scale_embedding": False, "is_encoder_decoder": True,
        "dropout": 0.0, "attention_dropout": 0.0, "activation_dropout": 0.0,
        "encoder_layerdrop": 0.0, "decoder_layerdrop": 0.0, "init_std": 0.02, "use_cache": True,
        "bos_token_id": eot, "eos_token_id": eot, "pad_token_id": eot, "decoder_start_token_id": sot,
        "suppress_tokens": suppress, "begin_suppress_tokens": begin_suppress,
        "tie_word_embeddings": tied, "torch_dtype": "float32",
    }
    generation = {
        "decoder_start_token_id": sot, "bos_token_id": eot, "eos_token_id": eot, "pad_token_id": eot,
        "max_length": config["max_target_positions"], "max_initial_timestamp_index": 50,
        "no_timestamps_token_id": no_ts, "prev_sot_token_id": tok["<|startofprev|>"],
        "return_timestamps": False, "is_multilingual": multilingual,
        "suppress_tokens": suppress, "begin_suppress_tokens": begin_suppress,
        "alignment_heads": ct2.get("alignment_heads")
        or [[i, h] for i in range(n_dec // 2, n_dec) for h in range(heads["decoder"])],
    }
    # Prompt as in the official configs: multilingual <|startoftranscript|> <|lang|> <|transcribe|>
    # <|notimestamps|> (language detected unless given; without [2, transcribe] transformers would
    # drop <|transcribe|>), English-only <|startoftranscript|> <|notimestamps|> and no lang_to_id
    # (which would make transformers detect a language and build a wrong prompt).
    if multilingual:
        generation.update(
            forced_decoder_ids=[[1, None], [2, transcribe]],
            lang_to_id=lang_to_id, task_to_id={"transcribe": transcribe, "translate": translate})
    else:
        generation["forced_decoder_ids"] = [[1, no_ts]]
    feature = {
        "feature_extractor_type": "WhisperFeatureExtractor", "processor_class": "WhisperProcessor",
        "feature_size": int(n_mels), "sampling_rate": 16000, "hop_length": 160, "n_fft": 400,
        "chunk_length": 30, "n_samples": 480000, "nb_max_frames": 3000,
        "padding_side": "right", "padding_value": 0.0, "return_attention_mask": False,
    }
    tokenizer = {
        "tokenizer_class": "WhisperTokenizer", "processor_class": "WhisperProcessor",
        "bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
        "unk_token": "<|endoftext|>", "add_prefix_space": False, "errors": "replace",
        "model_max_length": 1024,
        "additional_special_tokens": [t["content"] for t in tok_json["added_tokens"] if t["special"]],
    }
    for name, obj in [("config.json", config), ("generation_config.json", generation),
                      ("preprocessor_config.json", feature), ("tokenizer_config.json", tokenizer)]:
        (dst / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(src / "tokenizer.json", dst / "tokenizer.json")
    log(f"wrote {dst}")
