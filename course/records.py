"""The record of every snippet's last run: the basis of badges, re-use and sharding.

build/records/snippets.json holds one entry per snippet file:

    status, seconds, models, data, figures, sha256, key, date, library versions, cpu, capability
    portability: the same fields for the run under torch's plain kernels (see course.portability)

A run's **key** is a hash of everything its verdict depends on: the snippet's bytes, the data
files it reads, the shelf revisions of the models it loaded, the installed library versions,
torch's CPU capability and the checking code. A test run re-uses a passed verdict whose key is
unchanged (pass `--rerun` to run everything); a clean clone has no record and runs all.

Models are detected with an audit hook: any file opened under the shelf's HF cache names the
model it belongs to. Nothing here imports torch at module level (the site build reads records).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import platform
import sys
import time
from importlib.metadata import distributions, version
from pathlib import Path

from course import BUILD, DATA, HUB_SNIPPETS, LOCALHUB, REPO, SNIPPETS

RECORDS = Path(os.environ.get("SNIPPET_RECORDS", BUILD / "records" / "snippets.json"))
MAIN, PORTABILITY = "main", "portability"
# Changing how outputs are compared or run changes every verdict.
CHECKING_CODE = [REPO / "course" / "outputs.py", REPO / "course" / "harness.py"]


def in_folders(path: Path, folders: tuple[str, ...]) -> bool:
    """Whether a snippet lies in one of these snippet folders ("chapter4", "chapter9/hub")."""
    if not path.is_relative_to(SNIPPETS):
        return False
    parts = path.relative_to(SNIPPETS).parts
    return any(parts[:len(f.split("/"))] == tuple(f.split("/")) for f in folders)


def uses_hub(path: Path) -> bool:
    return in_folders(path, HUB_SNIPPETS)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    return sha256(path.read_bytes())


def record_id(path: Path) -> str:
    """snippets/chapter0/similarity.py: how records name a snippet."""
    return path.relative_to(REPO).as_posix()


# ---- what a snippet reads ---------------------------------------------------------------


def data_files(source: str) -> list[str]:
    """Data files a snippet reads: those under docs/assets/data whose relative path it names
    (snippets open them by plain relative path, e.g. "paraphrase-pairs/train.jsonl")."""
    names = (p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file())
    return sorted(n for n in names if f'"{n}"' in source or f"'{n}'" in source)


def shelf_datasets(source: str) -> list[str]:
    """Data sets of the shelf a snippet reads: those whose folder it names ("drug-reviews/…").
    The snippet harness puts each one in the snippet's folder under that name."""
    from shelf import load_datasets

    return sorted(d.id for d in load_datasets() if f'"{d.id}/' in source or f"'{d.id}/" in source)


def dataset_revisions(source: str) -> list[str]:
    from shelf import find_data

    return [f"{name}@{find_data(name).revision}" for name in shelf_datasets(source)]


_opened: set[str] | None = None


def _cache_prefix() -> str:
    from shelf import hub_cache

    return str(hub_cache()) + os.sep


def _audit(event, args):
    if event == "open" and _opened is not None and args and isinstance(args[0], (str, Path)):
        path = str(args[0])
        if path.startswith(_CACHE):
            part = path[len(_CACHE):].split("/", 1)[0]
            if part.startswith("models--"):
                _opened.add(part[len("models--"):].replace("--", "/"))


_CACHE = _cache_prefix()
sys.addaudithook(_audit)


# ---- the key of a run ---------------------------------------------------------------------


@functools.cache
def libraries() -> str:
    """Every installed distribution and version: a library change re-runs every snippet."""
    names = sorted({f"{d.metadata['Name'].lower()}=={d.version}" for d in distributions()})
    return sha256("\n".join(names).encode())


def cpu_capability() -> str:
    """The kernel set torch uses on this CPU (AVX512, AVX2, DEFAULT, …), with the caps that
    oneDNN and MKL were given (course.portability sets them)."""
    import torch

    caps = [f"{v}={os.environ[v]}" for v in ("ONEDNN_MAX_CPU_ISA", "MKL_ENABLE_INSTRUCTIONS") if v in os.environ]
    return " ".join([torch.backends.cpu.get_cpu_capability(), *caps])


def model_revisions(models: list[str]) -> list[str]:
    from shelf import find

    out = []
    for model_id in models:
        model = find(model_id)
        out.append(f"{model_id}@{model.revision if model else 'not-on-shelf'}")
    return out


def run_key(path: Path, previous: dict | None) -> str:
    """The key of running `path` now; `previous` (its last record) names the models it loads."""
    source = path.read_bytes()
    parts = [
        record_id(path),
        sha256(source),
        *(f"{name}:{file_sha256(DATA / name)}" for name in data_files(source.decode("utf-8"))),
        *dataset_revisions(source.decode("utf-8")),
        *model_revisions((previous or {}).get("models", [])),
        libraries(),
        cpu_capability(),
        *(file_sha256(p) for p in CHECKING_CODE),
        # A snippet that talks to the local Hub is checked by that server too.
        *(file_sha256(p) for p in sorted(LOCALHUB.glob("*.py")) if uses_hub(path)),
    ]
    return sha256("\n".join(parts).encode())


# ---- reading and writing --------------------------------------------------------------------


def cpu_name() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def environment() -> dict:
    import torch

    return {
        "python": platform.python_version(),
        "torch": version("torch"),
        "transformers": version("transformers"),
        "sentence-transformers": version("sentence-transformers"),
        "tokenizers": version("tokenizers"),
        "cpu": cpu_name(),
        "capability": cpu_capability(),
        "threads": torch.get_num_threads(),
    }


def load(path: Path = RECORDS) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def merge(into: dict, other: dict) -> dict:
    """Entries of `other` win, slot by slot (a portability run keeps the main verdict)."""
    for name, entry in other.items():
        mine = into.setdefault(name, {})
        portability = entry.get(PORTABILITY)
        main = {k: v for k, v in entry.items() if k != PORTABILITY}
        if main:
            kept = mine.get(PORTABILITY)
            mine.clear()
            mine.update(main)
            if kept:
                mine[PORTABILITY] = kept
        if portability:
            mine[PORTABILITY] = portability
    return into


def write(entries: dict, path: Path = RECORDS) -> None:
    """Merge `entries` into the record file (running a subset keeps the others)."""
    records = merge(load(path), entries)
    keep = {k: v for k, v in records.items() if (REPO / k).exists()}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dict(sorted(keep.items())), indent=1, ensure_ascii=False) + "\n")
    tmp.replace(path)


def slot(entry: dict | None, which: str) -> dict | None:
    if not entry:
        return None
    return entry.get(PORTABILITY) if which == PORTABILITY else entry


class Recorder:
    """Collects the runs of one test session; `which` is MAIN or PORTABILITY."""

    def __init__(self, which: str = MAIN) -> None:
        self.which = which
        self.previous = load()
        self.entries: dict[str, dict] = {}
        self.reused: list[str] = []

    def reusable(self, path: Path) -> bool:
        """A passed verdict whose key still holds: no need to run again."""
        last = slot(self.previous.get(record_id(path)), self.which)
        return bool(last and last.get("status") == "passed"
                    and last.get("key") == run_key(path, self.previous.get(record_id(path))))

    @contextlib.contextmanager
    def snippet(self, path: Path, figures: list[str] | None = None):
        global _opened
        _opened = set()
        start = time.perf_counter()
        status = "failed"
        run: dict = {}
        try:
            yield run
            status = "passed"
        finally:
            models, _opened = sorted(_opened), None
            source = path.read_text(encoding="utf-8")
            entry = {
                "status": status,
                "seconds": round(time.perf_counter() - start, 2),
                "models": models,
                "data": data_files(source),
                "datasets": shelf_datasets(source),
                "figures": run.get("figures", []),
                "sha256": file_sha256(path),
                "key": run_key(path, {"models": models}),
                "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                **environment(),
            }
            if "problems" in run:
                entry["problems"] = run["problems"]
            name = record_id(path)
            self.entries[name] = {PORTABILITY: entry} if self.which == PORTABILITY else entry

    def write(self) -> None:
        if self.entries:
            write(self.entries)


# ---- verdicts (badges) ---------------------------------------------------------------------


def verdict(file: str, records: dict) -> tuple[bool, str | None]:
    """(verified, reason) for snippets/<file>: verified only if the recorded run passed
    and the file is byte for byte the one that ran."""
    path = SNIPPETS / file
    record = records.get(f"snippets/{file}")
    if record is None or "status" not in record:  # e.g. only a plain-kernel run of it so far
        return False, "missing"
    if record.get("status") != "passed":
        return False, "failed"
    if not path.exists() or file_sha256(path) != record.get("sha256"):
        return False, "changed"
    return True, None


def portable(file: str, records: dict) -> bool | None:
    """True/False: the portability run of this exact file passed/failed; None: not run."""
    path = SNIPPETS / file
    run = (records.get(f"snippets/{file}") or {}).get(PORTABILITY)
    if not run or not path.exists() or run.get("sha256") != file_sha256(path):
        return None
    return run.get("status") == "passed"
