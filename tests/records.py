"""A machine-readable record of every snippet's last test run: the basis of badges.

Written to build/records/snippets.json (merged, so running a subset keeps the others).
Models are detected with an audit hook: any file opened under the shelf's HF cache
names the model it belongs to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path

from shelf import REPO, hub_cache

RECORDS = REPO / "build" / "records" / "snippets.json"
_opened: set[str] | None = None


def _audit(event, args):
    if event == "open" and _opened is not None and args and isinstance(args[0], (str, Path)):
        path = str(args[0])
        if path.startswith(_CACHE):
            part = path[len(_CACHE):].lstrip("/").split("/", 1)[0]
            if part.startswith("models--"):
                _opened.add(part[len("models--"):].replace("--", "/"))


_CACHE = str(hub_cache())
sys.addaudithook(_audit)


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
        "threads": torch.get_num_threads(),
    }


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Recorder:
    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}

    @contextlib.contextmanager
    def snippet(self, path: Path):
        global _opened
        _opened = set()
        start = time.perf_counter()
        status = "failed"
        try:
            yield
            status = "passed"
        finally:
            models, _opened = sorted(_opened), None
            self.entries[str(path.relative_to(REPO))] = {
                "status": status,
                "seconds": round(time.perf_counter() - start, 2),
                "models": models,
                "sha256": content_hash(path),
                "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                **environment(),
            }

    def not_executed(self, where: str, reason: str, code: str) -> None:
        self.entries[where] = {
            "status": "not executed",
            "reason": reason,
            "sha256": hashlib.sha256(code.encode()).hexdigest(),
        }

    def write(self) -> None:
        RECORDS.parent.mkdir(parents=True, exist_ok=True)
        old = json.loads(RECORDS.read_text()) if RECORDS.exists() else {}
        old.update(self.entries)
        # Drop entries of snippets that no longer exist.
        keep = {k: v for k, v in old.items() if (REPO / k.split(":", 1)[0]).exists()}
        RECORDS.write_text(json.dumps(dict(sorted(keep.items())), indent=1, ensure_ascii=False) + "\n")
