"""The local Hub, driven by the real clients (huggingface_hub, transformers, datasets) as
chapter 4's snippets drive it, plus the refusals a Hub must make and leave nothing behind."""

from __future__ import annotations

import json
import os

import pytest

from localhub import Store, serve
from localhub import store as store_module

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def snapshot(store: Store) -> dict:
    """Every file under the store (blobs aside), to prove a refusal changed nothing."""
    return {str(p.relative_to(store.home)): p.read_bytes() for p in (store.home / "repos").rglob("*") if p.is_file()}


def test_login_whoami_and_bad_tokens(local_hub):
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    assert local_hub["alice"].whoami()["name"] == "alice"
    for token in ("hf_not_a_token", ""):
        with pytest.raises(HfHubHTTPError) as e:
            HfApi(endpoint=local_hub["url"], token=token or False).whoami() if token else \
                HfApi(endpoint=local_hub["url"]).create_repo("alice/x", token=False)
        assert e.value.response.status_code == 401


def test_push_list_download_revisions(local_hub):
    from huggingface_hub import hf_hub_download

    api, tmp = local_hub["alice"], local_hub["tmp"]
    url = api.create_repo("alice/demo").__str__()
    assert url == f"{local_hub['url']}/alice/demo"
    assert api.create_repo("alice/demo", exist_ok=True).repo_id == "alice/demo"
    folder = tmp / "model"
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden_size": 8}')
    weights = os.urandom(4096)
    (folder / "model.safetensors").write_bytes(weights)
    first = api.upload_folder(repo_id="alice/demo", folder_path=folder, commit_message="weights").oid
    tree = {f.path: f for f in api.list_repo_tree("alice/demo")}
    assert sorted(tree) == ["config.json", "model.safetensors"]
    assert tree["model.safetensors"].lfs is not None and tree["config.json"].lfs is None  # LFS vs git
    path = hf_hub_download("alice/demo", "model.safetensors", token=local_hub["tokens"]["alice"])
    assert open(path, "rb").read() == weights

    api.create_tag("alice/demo", tag="v1")
    api.create_branch("alice/demo", branch="dev")
    api.upload_file(path_or_fileobj=b"draft", path_in_repo="notes.txt", repo_id="alice/demo", revision="dev")
    api.delete_file("config.json", repo_id="alice/demo", commit_message="drop config")
    assert api.list_repo_files("alice/demo") == ["model.safetensors"]
    assert sorted(api.list_repo_files("alice/demo", revision="dev")) == ["config.json", "model.safetensors", "notes.txt"]
    assert sorted(api.list_repo_files("alice/demo", revision="v1")) == ["config.json", "model.safetensors"]
    assert sorted(api.list_repo_files("alice/demo", revision=first)) == ["config.json", "model.safetensors"]
    old = hf_hub_download("alice/demo", "config.json", revision="v1", token=local_hub["tokens"]["alice"])
    assert json.load(open(old)) == {"hidden_size": 8}
    assert [c.title for c in api.list_repo_commits("alice/demo")] == ["drop config", "weights", "initial commit"]
    refs = api.list_repo_refs("alice/demo")
    assert {b.name for b in refs.branches} == {"main", "dev"} and [t.name for t in refs.tags] == ["v1"]
    assert api.model_info("alice/demo", revision="v1").sha == refs.tags[0].target_commit
    api.delete_repo("alice/demo")
    assert not api.repo_exists("alice/demo")


def test_missing_things_raise_the_hubs_errors(local_hub):
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError, RevisionNotFoundError

    api = local_hub["alice"]
    api.create_repo("alice/demo")
    with pytest.raises(RepositoryNotFoundError):
        api.model_info("alice/nothing")
    with pytest.raises(RevisionNotFoundError):
        api.list_repo_files("alice/demo", revision="no-such-branch")
    with pytest.raises(EntryNotFoundError):
        hf_hub_download("alice/demo", "missing.txt", token=local_hub["tokens"]["alice"])
    with pytest.raises(EntryNotFoundError):  # a missing folder: what Dataset.push_to_hub probes
        list(api.list_repo_tree("alice/demo", path_in_repo="data"))
    assert api.file_exists("alice/demo", "missing.txt") is False


def test_private_repos_and_other_peoples_repos(local_hub):
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

    alice, bob = local_hub["alice"], local_hub["bob"]
    alice.create_repo("alice/secret", private=True)
    alice.create_repo("alice/public")
    alice.upload_file(path_or_fileobj=b"v1", path_in_repo="a.txt", repo_id="alice/public")
    for other in (bob, HfApi(endpoint=local_hub["url"], token=False)):
        with pytest.raises(RepositoryNotFoundError):  # invisible: as if it did not exist
            other.model_info("alice/secret")
    assert alice.model_info("alice/secret").private is True
    before = snapshot(local_hub["store"])
    with pytest.raises(HfHubHTTPError) as e:
        bob.upload_file(path_or_fileobj=b"mine now", path_in_repo="a.txt", repo_id="alice/public")
    assert e.value.response.status_code == 403
    with pytest.raises(HfHubHTTPError) as e:
        bob.create_repo("alice/impostor")
    assert e.value.response.status_code == 403
    with pytest.raises(HfHubHTTPError):
        bob.create_tag("alice/public", tag="hijack")
    with pytest.raises(HfHubHTTPError) as e:
        bob.delete_repo("alice/public")
    assert e.value.response.status_code == 403
    assert snapshot(local_hub["store"]) == before  # every refusal left the store as it was


def test_spaces_are_stored_apart_from_models(local_hub):
    """Chapter 9 pushes a Gradio app as a Space: stored and downloadable, never run here."""
    import httpx
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

    alice = local_hub["alice"]
    url = alice.create_repo("alice/demo", repo_type="space", space_sdk="gradio")
    assert str(url) == f"{local_hub['url']}/spaces/alice/demo"
    card = b"---\ntitle: Demo\nsdk: gradio\napp_file: app.py\n---\n"
    alice.upload_file(path_or_fileobj=card, path_in_repo="README.md", repo_id="alice/demo", repo_type="space")
    alice.upload_file(path_or_fileobj=b"import gradio", path_in_repo="app.py", repo_id="alice/demo",
                      repo_type="space")
    info = alice.space_info("alice/demo")
    assert (info.sdk, sorted(s.rfilename for s in info.siblings)) == ("gradio", ["README.md", "app.py"])
    path = hf_hub_download("alice/demo", "app.py", repo_type="space", token=local_hub["tokens"]["alice"])
    assert open(path, "rb").read() == b"import gradio"
    with pytest.raises(RepositoryNotFoundError):  # a Space is not a model of the same name
        alice.model_info("alice/demo")
    before = snapshot(local_hub["store"])
    for body in ({"name": "nosdk", "type": "space"}, {"name": "odd", "type": "notebook"}):
        # what a client that skips huggingface_hub's own checks would send
        response = httpx.post(
            f"{local_hub['url']}/api/repos/create", json=body,
            headers={"Authorization": f"Bearer {local_hub['tokens']['alice']}"})
        assert response.status_code == 400, body
    with pytest.raises(HfHubHTTPError) as e:
        local_hub["bob"].upload_file(path_or_fileobj=b"x", path_in_repo="app.py", repo_id="alice/demo",
                                     repo_type="space")
    assert e.value.response.status_code == 403
    assert snapshot(local_hub["store"]) == before


def test_corrupt_upload_is_refused_and_a_failed_commit_leaves_no_trace(local_hub, monkeypatch):
    import httpx2 as httpx

    api, store = local_hub["alice"], local_hub["store"]
    api.create_repo("alice/demo")
    api.upload_file(path_or_fileobj=b"one", path_in_repo="a.txt", repo_id="alice/demo")
    before = snapshot(store)
    # An LFS upload whose bytes do not match the announced sha256 is refused, not stored.
    headers = {"Authorization": f"Bearer {local_hub['tokens']['alice']}"}
    good = b"\0" * 64
    import hashlib

    oid = hashlib.sha256(good).hexdigest()
    batch = httpx.post(f"{local_hub['url']}/alice/demo.git/info/lfs/objects/batch", headers=headers,
                       json={"operation": "upload", "objects": [{"oid": oid, "size": 64}]}).json()
    href = batch["objects"][0]["actions"]["upload"]["href"]
    assert httpx.put(href, content=b"\1" * 64).status_code == 400
    assert not store.has_blob(oid)
    # A commit that dies before the branch moves leaves the repo as it was.
    real = store_module.write_atomic

    def crash_on_repo_json(path, data):
        if path.name == "repo.json":
            raise OSError("disk full")
        real(path, data)

    monkeypatch.setattr(store_module, "write_atomic", crash_on_repo_json)
    with pytest.raises(Exception):
        api.upload_file(path_or_fileobj=b"two", path_in_repo="b.txt", repo_id="alice/demo")
    monkeypatch.setattr(store_module, "write_atomic", real)
    assert api.list_repo_files("alice/demo") == ["a.txt"]
    assert snapshot(store) == before


def test_transformers_and_datasets_push_and_reload(local_hub):
    from datasets import Dataset, load_dataset
    from huggingface_hub import ModelCard, ModelCardData
    from transformers import AutoTokenizer

    from shelf import find, installed_snapshot

    folder = installed_snapshot(find("sentence-transformers/all-MiniLM-L6-v2"))
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    tokenizer.push_to_hub("alice/tokenizer", token=local_hub["tokens"]["alice"])
    again = AutoTokenizer.from_pretrained("alice/tokenizer", token=local_hub["tokens"]["alice"])
    assert again("hello world")["input_ids"] == tokenizer("hello world")["input_ids"]

    card = ModelCard.from_template(ModelCardData(language=["zh", "en"], license="apache-2.0"),
                                   model_id="tokenizer")
    card.push_to_hub("alice/tokenizer", token=local_hub["tokens"]["alice"])
    assert ModelCard.load("alice/tokenizer", token=local_hub["tokens"]["alice"]).data.license == "apache-2.0"
    assert local_hub["alice"].model_info("alice/tokenizer").card_data["language"] == ["zh", "en"]

    Dataset.from_dict({"text": ["a", "b", "c"], "label": [0, 1, 0]}).push_to_hub(
        "alice/tiny", token=local_hub["tokens"]["alice"])
    back = load_dataset("alice/tiny", split="train", token=local_hub["tokens"]["alice"])
    assert back["label"] == [0, 1, 0]


def test_listens_only_on_loopback(tmp_path):
    with pytest.raises(ValueError):
        serve(Store(tmp_path), host="0.0.0.0")


def test_pushing_snippets_find_the_shelf_models_and_a_login(local_hub, tmp_path, request, monkeypatch):
    # What tests/test_snippets.py does before running a snippet of a HUB_SNIPPETS folder.
    from huggingface_hub import HfApi

    from course import READER
    from tests.test_snippets import publish_on_local_hub

    snippet = tmp_path / "push.py"
    snippet.write_text('AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")\n')
    publish_on_local_hub(snippet, request, monkeypatch)
    api = HfApi(endpoint=local_hub["url"])  # the token comes from HF_TOKEN, as after a login
    assert api.whoami()["name"] == READER
    files = api.list_repo_files("sentence-transformers/all-MiniLM-L6-v2")
    assert "config.json" in files and "model.safetensors" in files
    assert api.list_repo_tree("sentence-transformers/all-MiniLM-L6-v2") is not None
    assert not api.repo_exists("HuggingFaceTB/SmolLM2-135M-Instruct")  # only what the snippet names


def test_reading_a_model_like_chapter_4(local_hub):
    # model_info with file sizes, the safetensors header read by range requests, a whole
    # snapshot, a model loaded by commit id, and downloads kept out of the shelf's cache.
    import huggingface_hub.constants as hub_constants
    from huggingface_hub import snapshot_download
    from safetensors.torch import save_file
    from torch import zeros
    from transformers import AutoModel

    from shelf import find, installed_snapshot

    alice, tmp = local_hub["alice"], local_hub["tmp"]
    folder = tmp / "weights"
    folder.mkdir()
    save_file({"a": zeros(3, 4), "b": zeros(5)}, folder / "model.safetensors")
    (folder / "config.json").write_text("{}")
    alice.create_repo("alice/tensors")
    alice.upload_folder(repo_id="alice/tensors", folder_path=folder)
    info = alice.model_info("alice/tensors", files_metadata=True)
    sizes = {s.rfilename: (s.size, s.lfs is not None) for s in info.siblings}
    assert sizes == {"config.json": (2, False),
                     "model.safetensors": ((folder / "model.safetensors").stat().st_size, True)}
    assert alice.get_safetensors_metadata("alice/tensors").parameter_count == {"F32": 17}
    got = snapshot_download("alice/tensors", token=local_hub["tokens"]["alice"])
    assert sorted(os.listdir(got)) == ["config.json", "model.safetensors"]
    assert got.startswith(str(tmp)) and hub_constants.HF_HUB_CACHE.startswith(str(tmp))

    model_id = "sentence-transformers/all-MiniLM-L6-v2"
    local_hub["store"].import_folder("model", model_id, installed_snapshot(find(model_id)))
    commit = alice.model_info(model_id).sha
    model = AutoModel.from_pretrained(model_id, revision=commit)
    assert type(model).__name__ == "BertModel"
    from huggingface_hub.errors import RevisionNotFoundError
    with pytest.raises(RevisionNotFoundError):
        alice.model_info(model_id, revision="v9.9")
