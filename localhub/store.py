"""The local Hub's storage: users and tokens, repos, commits, branches, tags and file blobs.

Everything lives in one plain folder (LOCALHUB_HOME):

    tokens.json                         {token: user name}
    blobs/<sha256>                      file contents, stored once whoever uploads them
    repos/<type>s/<owner>/<name>/repo.json      {"private", "branches", "tags"}
    repos/<type>s/<owner>/<name>/commits/<id>.json   {"parent", "tree", "title", ...}

A commit is a full tree ({path: {sha256, size, lfs}}), so reading any revision is one
file. A commit becomes visible only when the repo's branch moves to it, which is a
single atomic rename of repo.json under the repo's lock: an interrupted or refused
commit leaves the repo exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".h5", ".onnx", ".gguf",
                ".parquet", ".arrow", ".npy", ".npz", ".pkl", ".zip", ".model", ".msgpack")
LFS_MIN_SIZE = 10 * 1024 * 1024


class HubError(Exception):
    """A refusal the server turns into an HTTP status and the Hub's X-Error-Code."""

    def __init__(self, status: int, message: str, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # readers see the old file or the new one, never half of one


def git_blob_oid(data: bytes) -> str:
    """The id git gives a file's content (what the Hub reports as a regular file's oid)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\nsize {size}\n".encode()


def wants_lfs(path: str, size: int, sample: bytes) -> bool:
    """The Hub's rule of thumb: big or binary files go to LFS, text stays in git."""
    if size >= LFS_MIN_SIZE or path.endswith(LFS_SUFFIXES) or b"\0" in sample:
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(sample) - 4  # a cut multi-byte character at the end is fine
    return False


@dataclass
class Repo:
    kind: str  # model | dataset | space
    owner: str
    name: str
    folder: Path

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.name}"

    def meta(self) -> dict:
        return json.loads((self.folder / "repo.json").read_text())

    def commit(self, commit_id: str) -> dict:
        return json.loads((self.folder / "commits" / f"{commit_id}.json").read_text())

    def resolve(self, revision: str) -> str:
        """A branch, a tag or a (full or 7+ character) commit id, to a commit id."""
        meta = self.meta()
        for refs in (meta["branches"], meta["tags"]):
            if revision in refs:
                return refs[revision]
        if re.fullmatch(r"[0-9a-f]{7,40}", revision):
            found = [p.stem for p in (self.folder / "commits").glob(f"{revision}*.json")]
            if len(found) == 1:
                return found[0]
        raise HubError(404, f"Invalid rev id: {revision}", "RevisionNotFound")

    def tree(self, revision: str) -> tuple[str, dict]:
        commit_id = self.resolve(revision)
        return commit_id, self.commit(commit_id)["tree"]

    def history(self, revision: str) -> list[dict]:
        commit_id, out = self.resolve(revision), []
        while commit_id:
            commit = self.commit(commit_id)
            out.append({"id": commit_id, **commit})
            commit_id = commit["parent"]
        return out


class Store:
    def __init__(self, home: Path):
        self.home = Path(home)
        (self.home / "blobs").mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    # ---- users -----------------------------------------------------------------------
    def tokens(self) -> dict:
        path = self.home / "tokens.json"
        return json.loads(path.read_text()) if path.exists() else {}

    def add_user(self, user: str) -> str:
        if not NAME.match(user):
            raise HubError(400, f"invalid user name {user!r}")
        token = "hf_local_" + secrets.token_hex(16)
        with self._guard:
            tokens = self.tokens()
            tokens[token] = user
            write_atomic(self.home / "tokens.json", json.dumps(tokens, indent=1).encode())
        return token

    def user_of(self, token: str | None) -> str | None:
        """None for no token; HubError 401 for a token nobody holds."""
        if not token:
            return None
        user = self.tokens().get(token)
        if user is None:
            raise HubError(401, "Invalid credentials in Authorization header")
        return user

    # ---- blobs -----------------------------------------------------------------------
    def blob_path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise HubError(400, f"bad object id {sha256!r}")
        return self.home / "blobs" / sha256

    def has_blob(self, sha256: str) -> bool:
        return self.blob_path(sha256).exists()

    def put_blob(self, data: bytes, expected: str | None = None) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if expected is not None and sha != expected:
            raise HubError(400, f"upload corrupted: content hashes to {sha}, not {expected}")
        if not self.has_blob(sha):
            write_atomic(self.blob_path(sha), data)
        return sha

    def read_blob(self, sha256: str) -> bytes:
        return self.blob_path(sha256).read_bytes()

    # ---- repos -----------------------------------------------------------------------
    def _folder(self, kind: str, repo_id: str) -> Path:
        owner, _, name = repo_id.partition("/")
        if kind not in ("model", "dataset", "space") or not NAME.match(owner) or not NAME.match(name):
            raise HubError(400, f"invalid repo id {repo_id!r}")
        return self.home / "repos" / f"{kind}s" / owner / name

    def repo(self, kind: str, repo_id: str, user: str | None, write: bool = False) -> Repo:
        """The repo, if `user` may see it (and write to it). Private repos of others are
        reported missing, as the Hub does, so their existence does not leak."""
        folder = self._folder(kind, repo_id)
        owner, _, name = repo_id.partition("/")
        missing = HubError(401 if user is None else 404,
                           f"Repository Not Found for url: {kind}s/{repo_id}.", "RepoNotFound")
        if not (folder / "repo.json").exists():
            raise missing
        repo = Repo(kind, owner, name, folder)
        if repo.meta()["private"] and user != owner:
            raise missing
        if write and user is None:
            raise HubError(401, "You must be logged in to write to a repo")
        if write and user != owner:
            raise HubError(403, f"You don't have the rights to write to {repo_id}")
        return repo

    def lock(self, repo: Repo) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(str(repo.folder), threading.Lock())

    def create_repo(self, kind: str, repo_id: str, user: str | None, private: bool) -> Repo:
        if user is None:
            raise HubError(401, "You must be logged in to create a repo")
        owner, _, name = repo_id.partition("/")
        if owner != user:
            raise HubError(403, f"You don't have the rights to create a {kind} under the namespace {owner}")
        folder = self._folder(kind, repo_id)
        repo = Repo(kind, owner, name, folder)
        with self._guard:
            if (folder / "repo.json").exists():
                raise HubError(409, f"You already created this {kind} repo")
            first = self._write_commit(repo, None, {}, "initial commit", user)
            write_atomic(folder / "repo.json", json.dumps(
                {"private": bool(private), "created": now(), "branches": {"main": first}, "tags": {}}).encode())
        return repo

    def import_folder(self, kind: str, repo_id: str, folder: Path, title: str = "import") -> Repo:
        """Publish a local folder as a public repo of its namespace (no token: a maintainer's
        step, used to put the shelf's models on the local Hub under their Hub ids)."""
        owner = repo_id.partition("/")[0]
        try:
            repo = self.create_repo(kind, repo_id, owner, private=False)
        except HubError as e:
            if e.status != 409:
                raise
            repo = self.repo(kind, repo_id, owner)
        changes = []
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            data = path.read_bytes()
            rel = path.relative_to(folder).as_posix()
            entry = {"sha256": self.put_blob(data), "size": len(data), "lfs": wants_lfs(rel, len(data), data[:512])}
            changes.append(("add", rel, entry))
        self.commit(repo, "main", owner, title, "", changes)
        return repo

    def delete_repo(self, repo: Repo) -> None:
        import shutil

        with self.lock(repo):
            trash = repo.folder.with_name(f".{repo.name}.deleted.{secrets.token_hex(4)}")
            os.replace(repo.folder, trash)  # gone at once for readers, then cleaned up
            shutil.rmtree(trash)

    def set_private(self, repo: Repo, private: bool) -> None:
        with self.lock(repo):
            meta = repo.meta()
            meta["private"] = private
            write_atomic(repo.folder / "repo.json", json.dumps(meta).encode())

    # ---- commits ----------------------------------------------------------------------
    def _write_commit(self, repo: Repo, parent: str | None, tree: dict, title: str, user: str,
                      message: str = "") -> str:
        body = {"parent": parent, "tree": tree, "title": title, "message": message,
                "author": user, "date": now()}
        data = json.dumps(body, sort_keys=True).encode()
        commit_id = hashlib.sha1(data + secrets.token_bytes(8)).hexdigest()
        write_atomic(repo.folder / "commits" / f"{commit_id}.json", data)
        return commit_id

    def commit(self, repo: Repo, branch: str, user: str, title: str, message: str,
               changes: list[tuple[str, str, dict | None]], parent_commit: str | None = None) -> str:
        """Apply (op, path, entry) changes on top of `branch` as one commit.

        op is "add" (entry = {sha256, size, lfs}), "delete" or "delete-folder". Every check
        runs before anything is written; the branch moves last.
        """
        with self.lock(repo):
            meta = repo.meta()
            if branch not in meta["branches"]:
                raise HubError(404, f"Invalid rev id: {branch}", "RevisionNotFound")
            head = meta["branches"][branch]
            if parent_commit and parent_commit != head:
                raise HubError(412, f"A commit has happened since {parent_commit}; {branch} is at {head}")
            tree = dict(repo.commit(head)["tree"])
            for op, path, entry in changes:
                if not path or path.startswith("/") or ".." in path.split("/"):
                    raise HubError(400, f"invalid path {path!r}")
                if op == "add":
                    if not self.has_blob(entry["sha256"]):
                        raise HubError(422, f"{path}: its content was never uploaded")
                    tree[path] = entry
                elif op == "delete":
                    if path not in tree:
                        raise HubError(404, f"{path} does not exist in {branch}", "EntryNotFound")
                    del tree[path]
                elif op == "delete-folder":
                    gone = [p for p in tree if p.startswith(path.rstrip("/") + "/")]
                    if not gone:
                        raise HubError(404, f"{path} does not exist in {branch}", "EntryNotFound")
                    for p in gone:
                        del tree[p]
            commit_id = self._write_commit(repo, head, tree, title, user, message)
            meta["branches"][branch] = commit_id
            try:
                write_atomic(repo.folder / "repo.json", json.dumps(meta).encode())
            except BaseException:
                (repo.folder / "commits" / f"{commit_id}.json").unlink()  # no orphan commit
                raise
            return commit_id

    def set_ref(self, repo: Repo, kind: str, name: str, target: str | None, exist_ok: bool = False) -> None:
        """Create (target = revision) or delete (target None) a branch or a tag."""
        refs = "branches" if kind == "branch" else "tags"
        if not NAME.match(name):
            raise HubError(400, f"invalid {kind} name {name!r}")
        with self.lock(repo):
            meta = repo.meta()
            if target is None:
                if name not in meta[refs] or (kind == "branch" and name == "main"):
                    raise HubError(404 if name not in meta[refs] else 403, f"cannot delete {kind} {name}",
                                   "RevisionNotFound" if name not in meta[refs] else None)
                del meta[refs][name]
            else:
                if name in meta[refs] and not exist_ok:
                    raise HubError(409, f"{kind.capitalize()} {name} already exists")
                meta[refs][name] = repo.resolve(target)
            write_atomic(repo.folder / "repo.json", json.dumps(meta).encode())
