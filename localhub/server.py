"""The local Hub's HTTP side: the part of huggingface.co's API that huggingface_hub,
transformers and datasets call when they push, list and download.

Each route below names the client call that uses it. Refusals carry the Hub's status codes
and X-Error-Code headers, so the client raises the same errors as against huggingface.co
(RepositoryNotFoundError, RevisionNotFoundError, EntryNotFoundError, HfHubHTTPError 401/403).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

from localhub.store import HubError, Repo, Store, git_blob_oid, lfs_pointer, now, wants_lfs

# Spaces are stored like any repo (their files, commits, card), but never built or run here.
KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}
ANY_KIND = r"(?P<kinds>models|datasets|spaces)"
REPO = r"(?P<repo>[^/]+/[^/]+)"
URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}


def route(methods: str, pattern: str):
    """Mark a handler method: `methods` like "GET" or "GET HEAD", `pattern` a path regex."""
    def mark(fn):
        fn.route = (methods.split(), re.compile("^" + pattern + "$"))
        return fn
    return mark


class Handler(BaseHTTPRequestHandler):
    store: Store  # set by serve()
    uploads: dict  # one-time LFS upload grants: grant -> (sha256, size)
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: tests and snippets print their own story
        pass

    # ---- plumbing ------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://{self.headers.get('Host', '127.0.0.1')}"

    def user(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        return self.store.user_of(auth[7:].strip() if auth.startswith("Bearer ") else None)

    def body(self) -> bytes:
        if getattr(self, "_body", None) is not None:
            return self._body
        self._body = self._read_body()
        return self._body

    def _read_body(self) -> bytes:
        size = int(self.headers.get("Content-Length") or 0)
        if size:
            return self.rfile.read(size)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while (n := int(self.rfile.readline().strip() or b"0", 16)):
                chunks.append(self.rfile.read(n))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)
        return b""

    def json_body(self) -> dict:
        data = self.body()
        return json.loads(data) if data else {}

    def send(self, status: int, payload=None, headers: dict | None = None, raw: bytes | None = None):
        data = raw if raw is not None else json.dumps(payload).encode() if payload is not None else b""
        self.send_response(status)
        if raw is None:
            self.send_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def dispatch(self):
        self._body = None
        path = urlsplit(self.path).path
        self.query = parse_qs(urlsplit(self.path).query)
        try:
            for name in dir(type(self)):
                fn = getattr(type(self), name)
                if getattr(fn, "route", None) and self.command in fn.route[0] and (m := fn.route[1].match(path)):
                    return fn(self, **{k: unquote(v) for k, v in m.groupdict().items() if v is not None})
            raise HubError(404, f"no such endpoint: {self.command} {path}")
        except HubError as e:
            self.body()  # a refused request's body must not be read as the next request
            headers = {"X-Error-Message": e.message}
            if e.code:
                headers["X-Error-Code"] = e.code
            self.send(e.status, {"error": e.message}, headers)
        except Exception as e:  # a bug here must answer, not hang the client's retries
            import traceback

            traceback.print_exc()
            self.body()
            self.send(500, {"error": f"local Hub error: {type(e).__name__}: {e}"})

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = dispatch

    def repo(self, kinds: str, repo_id: str, write: bool = False) -> Repo:
        return self.store.repo(KINDS[kinds], repo_id, self.user(), write=write)

    # ---- account -------------------------------------------------------------------------
    @route("GET", "/api/whoami-v2")  # login(), whoami()
    def whoami(self):
        user = self.user()
        if user is None:
            raise HubError(401, "Unauthorized")
        self.send(200, {"type": "user", "name": user, "fullname": user, "orgs": [],
                        "auth": {"type": "access_token", "accessToken": {"displayName": "local", "role": "write"}}})

    # ---- repos ---------------------------------------------------------------------------
    @route("POST", "/api/repos/create")  # create_repo(), push_to_hub()
    def create_repo(self):
        body, user = self.json_body(), self.user()
        kind = body.get("type") or "model"
        if kind not in URL_PREFIX:
            raise HubError(400, f"Invalid repo type: {kind}")
        if kind == "space" and not body.get("sdk"):
            raise HubError(400, "A Space needs an SDK (gradio, docker or static)")
        repo_id = f"{body.get('organization') or user}/{body.get('name')}"
        url = f"{self.base}/{URL_PREFIX.get(kind, '')}{repo_id}"
        try:
            private = body.get("visibility", "private" if body.get("private") else "public") != "public"
            self.store.create_repo(kind, repo_id, user, private)
        except HubError as e:
            if e.status == 409:
                return self.send(409, {"error": e.message, "url": url})
            raise
        self.send(200, {"url": url, "name": repo_id, "id": repo_id})

    @route("DELETE", "/api/repos/delete")  # delete_repo()
    def delete_repo(self):
        body, user = self.json_body(), self.user()
        kind = body.get("type") or "model"
        repo = self.store.repo(kind, f"{body.get('organization') or user}/{body.get('name')}", user, write=True)
        self.store.delete_repo(repo)
        self.send(200, {})

    @route("PUT", r"/api/" + ANY_KIND + "/" + REPO + "/settings")  # update_repo_settings()
    def settings(self, kinds, repo):
        body = self.json_body()
        if "private" in body:
            self.store.set_private(self.repo(kinds, repo, write=True), bool(body["private"]))
        self.send(200, {})

    @route("GET", r"/api/" + ANY_KIND + "/" + REPO + r"(?:/revision/(?P<revision>.+))?")
    def info(self, kinds, repo, revision=None):  # model_info(), dataset_info(), repo_exists()
        r = self.repo(kinds, repo)
        commit_id, tree = r.tree(revision or "main")
        card = self._card(tree)
        siblings = [{"rfilename": p, "size": e["size"], "blobId": self._oid(e),
                     **({"lfs": {"sha256": e["sha256"], "size": e["size"], "pointerSize": len(lfs_pointer(e["sha256"], e["size"]))}} if e["lfs"] else {})}
                    for p, e in sorted(tree.items())]
        meta = r.meta()
        self.send(200, {"_id": commit_id[:24], "id": r.id, "author": r.owner, "sha": commit_id,
                        "private": meta["private"], "disabled": False, "gated": False,
                        "createdAt": meta["created"], "lastModified": r.commit(commit_id)["date"],
                        "downloads": 0, "likes": 0, "tags": card.get("tags", []) if isinstance(card, dict) else [],
                        "cardData": card, "siblings": siblings,
                        **({"sdk": card.get("sdk")} if r.kind == "space" else {})})

    def _card(self, tree: dict) -> dict:
        """The YAML metadata of the README, as the Hub shows it in cardData."""
        if "README.md" not in tree:
            return {}
        text = self.store.read_blob(tree["README.md"]["sha256"]).decode("utf-8", "replace")
        m = re.match(r"^---\n(.*?)\n---", text, re.S)
        if not m:
            return {}
        import yaml

        data = yaml.safe_load(m.group(1))
        return data if isinstance(data, dict) else {}

    def _oid(self, entry: dict) -> str:
        if entry["lfs"]:
            return git_blob_oid(lfs_pointer(entry["sha256"], entry["size"]))
        return git_blob_oid(self.store.read_blob(entry["sha256"]))

    @route("POST", "/api/validate-yaml")  # ModelCard.push_to_hub() checks metadata first
    def validate_yaml(self):
        import yaml

        body = self.json_body()
        m = re.match(r"^---\n(.*?)\n---", body.get("content", ""), re.S)
        try:
            data = yaml.safe_load(m.group(1)) if m else {}
        except yaml.YAMLError as e:
            raise HubError(400, f"Invalid YAML in the model card: {e}")
        if data is not None and not isinstance(data, dict):
            raise HubError(400, "The model card's metadata must be a mapping")
        self.send(200, {"errors": [], "warnings": []})

    # ---- upload: preupload, LFS, commit ----------------------------------------------------
    @route("POST", r"/api/" + ANY_KIND + "/" + REPO + r"/preupload/(?P<revision>.+)")
    def preupload(self, kinds, repo, revision):  # every upload asks: git or LFS?
        self.repo(kinds, repo, write=True)
        files = self.json_body().get("files", [])
        self.send(200, {"files": [
            {"path": f["path"], "shouldIgnore": False,
             "uploadMode": "lfs" if wants_lfs(f["path"], f.get("size", 0), base64.b64decode(f.get("sample", ""))) else "regular"}
            for f in files]})

    @route("POST", r"/(?:(?P<kinds>datasets|spaces)/)?" + REPO + r"\.git/info/lfs/objects/batch")
    def lfs_batch(self, repo, kinds="models"):  # the LFS batch API: where to PUT each large file
        self.repo(kinds, repo, write=True)
        objects = []
        for obj in self.json_body().get("objects", []):
            entry = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
            if not self.store.has_blob(obj["oid"]):
                grant = secrets.token_urlsafe(16)
                self.uploads[grant] = (obj["oid"], obj["size"])
                entry["actions"] = {"upload": {"href": f"{self.base}/lfs-upload/{grant}", "header": {}}}
            objects.append(entry)
        self.send(200, {"transfer": "basic", "objects": objects}, {"Content-Type": "application/vnd.git-lfs+json"})

    @route("PUT", r"/lfs-upload/(?P<grant>[\w-]+)")
    def lfs_upload(self, grant):  # the PUT the batch answer pointed to (no token: the grant is it)
        if grant not in self.uploads:
            raise HubError(403, "unknown or used upload grant")
        sha256, size = self.uploads.pop(grant)
        data = self.body()
        if len(data) != size:
            raise HubError(400, f"upload corrupted: {len(data)} bytes, expected {size}")
        self.store.put_blob(data, expected=sha256)  # a corrupt upload is refused, not stored
        self.send(200, {})

    @route("POST", r"/api/" + ANY_KIND + "/" + REPO + r"/commit/(?P<revision>.+)")
    def create_commit(self, kinds, repo, revision):  # create_commit(), upload_file/folder(), push_to_hub()
        r = self.repo(kinds, repo, write=True)
        if self.query.get("create_pr", ["0"])[0] in ("1", "true"):
            raise HubError(400, "pull requests are not supported by the local Hub")
        lines = [json.loads(ln) for ln in self.body().splitlines() if ln.strip()]
        header = next((ln["value"] for ln in lines if ln["key"] == "header"), {})
        changes, blobs = [], []
        for ln in lines:
            key, v = ln["key"], ln["value"]
            if key == "file":
                data = base64.b64decode(v["content"]) if v.get("encoding") == "base64" else v["content"].encode()
                blobs.append(data)
                changes.append(("add", v["path"], {"sha256": None, "size": len(data), "lfs": False}))
            elif key == "lfsFile":
                changes.append(("add", v["path"], {"sha256": v["oid"], "size": v["size"], "lfs": True}))
            elif key in ("deletedFile", "deletedFolder"):
                changes.append(("delete" if key == "deletedFile" else "delete-folder", v["path"], None))
            elif key != "header":
                raise HubError(400, f"unsupported commit operation {key}")
        # Regular files' contents are stored first (content-addressed: harmless if the commit fails).
        it = iter(blobs)
        for op, path, entry in changes:
            if op == "add" and entry["sha256"] is None:
                entry["sha256"] = self.store.put_blob(next(it))
        commit_id = self.store.commit(r, revision, self.user(), header.get("summary", "Upload"),
                                      header.get("description", ""), changes, header.get("parentCommit"))
        self.send(200, {"commitUrl": f"{self.base}/{URL_PREFIX[r.kind]}{r.id}/commit/{commit_id}",
                        "commitOid": commit_id, "commitMessage": header.get("summary", ""),
                        "pullRequestUrl": None})

    # ---- reading: tree, paths, files, refs, commits ----------------------------------------
    def _entry(self, path: str, e: dict) -> dict:
        out = {"type": "file", "path": path, "size": e["size"], "oid": self._oid(e)}
        if e["lfs"]:
            out["lfs"] = {"oid": e["sha256"], "size": e["size"], "pointerSize": len(lfs_pointer(e["sha256"], e["size"]))}
        return out

    def _listing(self, tree: dict, folder: str, recursive: bool) -> list[dict]:
        prefix = folder.strip("/") + "/" if folder.strip("/") else ""
        files = {p: e for p, e in tree.items() if p.startswith(prefix)}
        if prefix and not files:
            raise HubError(404, f"{folder} does not exist", "EntryNotFound")
        out, dirs = [], set()
        for path, e in sorted(files.items()):
            rest = path[len(prefix):].split("/")
            for i in range(1, len(rest)):
                d = prefix + "/".join(rest[:i])
                if d not in dirs and (recursive or i == 1):
                    dirs.add(d)
                    out.append({"type": "directory", "path": d, "oid": git_blob_oid(d.encode()), "size": 0})
            if recursive or len(rest) == 1:
                out.append(self._entry(path, e))
        return out

    @route("GET", r"/api/" + ANY_KIND + "/" + REPO + r"/tree/(?P<revision>[^/]+)(?:/(?P<folder>.*))?")
    def tree(self, kinds, repo, revision, folder=""):  # list_repo_files(), list_repo_tree()
        _, files = self.repo(kinds, repo).tree(revision)
        recursive = self.query.get("recursive", ["false"])[0].lower() in ("1", "true")
        self.send(200, self._listing(files, folder or "", recursive))

    @route("POST", r"/api/" + ANY_KIND + "/" + REPO + r"/paths-info/(?P<revision>.+)")
    def paths_info(self, kinds, repo, revision):  # get_paths_info(); datasets' file system
        _, files = self.repo(kinds, repo).tree(revision)
        raw = self.body().decode()
        form = json.loads(raw) if raw.startswith("{") else {k: v for k, v in parse_qs(raw).items()}
        paths = form.get("paths", [])
        out = []
        for p in ([paths] if isinstance(paths, str) else paths):
            p = p.strip("/")
            if p in files:
                out.append(self._entry(p, files[p]))
            elif any(f.startswith(p + "/") for f in files):
                out.append({"type": "directory", "path": p, "oid": git_blob_oid(p.encode()), "size": 0})
        self.send(200, out)

    @route("GET HEAD", r"/(?:(?P<kinds>datasets|spaces)/)?" + REPO + r"/resolve/(?P<revision>[^/]+)/(?P<path>.+)")
    def resolve(self, repo, revision, path, kinds=None):  # hf_hub_download(), from_pretrained()
        r = self.repo(kinds or "models", repo)
        commit_id, files = r.tree(revision)
        if path not in files:
            raise HubError(404, f"Entry not found: {path}", "EntryNotFound")
        e = files[path]
        headers = {"X-Repo-Commit": commit_id, "ETag": f'"{self._oid(e)}"',
                   "Content-Type": "application/octet-stream", "Accept-Ranges": "bytes"}
        if e["lfs"]:
            headers.update({"X-Linked-Etag": f'"{e["sha256"]}"', "X-Linked-Size": str(e["size"])})
        data = self.store.read_blob(e["sha256"]) if self.command == "GET" else None
        if self.command == "HEAD":  # the client's metadata call: headers only
            self.send_response(200)
            for k, v in {**headers, "Content-Length": str(e["size"])}.items():
                self.send_header(k, v)
            return self.end_headers()
        if (rng := re.match(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))):
            start, end = int(rng[1]), int(rng[2] or len(data) - 1)
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            return self.send(206, headers=headers, raw=data[start:end + 1])
        self.send(200, headers=headers, raw=data)

    @route("GET", r"/api/" + ANY_KIND + "/" + REPO + r"/refs")
    def refs(self, kinds, repo):  # list_repo_refs()
        meta = self.repo(kinds, repo).meta()
        self.send(200, {
            "branches": [{"name": n, "ref": f"refs/heads/{n}", "targetCommit": c} for n, c in meta["branches"].items()],
            "tags": [{"name": n, "ref": f"refs/tags/{n}", "targetCommit": c} for n, c in meta["tags"].items()],
            "converts": []})

    @route("GET", r"/api/" + ANY_KIND + "/" + REPO + r"/commits/(?P<revision>.+)")
    def commits(self, kinds, repo, revision):  # list_repo_commits()
        history = self.repo(kinds, repo).history(revision)
        self.send(200, [{"id": c["id"], "title": c["title"], "message": c["message"],
                         "authors": [{"user": c["author"]}], "date": c["date"]} for c in history])

    @route("POST", r"/api/" + ANY_KIND + "/" + REPO + r"/branch/(?P<branch>.+)")
    def create_branch(self, kinds, repo, branch):  # create_branch()
        body = self.json_body()
        self.store.set_ref(self.repo(kinds, repo, write=True), "branch", branch,
                           body.get("startingPoint") or "main", exist_ok=False)
        self.send(200, {})

    @route("DELETE", r"/api/" + ANY_KIND + "/" + REPO + r"/branch/(?P<branch>.+)")
    def delete_branch(self, kinds, repo, branch):  # delete_branch()
        self.store.set_ref(self.repo(kinds, repo, write=True), "branch", branch, None)
        self.send(200, {})

    @route("POST", r"/api/" + ANY_KIND + "/" + REPO + r"/tag/(?P<revision>.+)")
    def create_tag(self, kinds, repo, revision):  # create_tag()
        body = self.json_body()
        self.store.set_ref(self.repo(kinds, repo, write=True), "tag", body.get("tag", ""), revision)
        self.send(200, {})

    @route("DELETE", r"/api/" + ANY_KIND + "/" + REPO + r"/tag/(?P<tag>.+)")
    def delete_tag(self, kinds, repo, tag):  # delete_tag()
        self.store.set_ref(self.repo(kinds, repo, write=True), "tag", tag, None)
        self.send(200, {})


def serve(store: Store, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """Start serving in a background thread; returns the server (server.server_port)."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the local Hub only listens on the loopback interface")
    handler = type("BoundHandler", (Handler,), {"store": store, "uploads": {}})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
