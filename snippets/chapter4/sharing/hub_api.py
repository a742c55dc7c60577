# --8<-- [start:create]
from pathlib import Path

from huggingface_hub import HfApi

api = HfApi()
repo_id = f"{api.whoami()['name']}/hub-api-demo"
url = api.create_repo(repo_id, private=True)
print(url.repo_id, "created, private:", api.model_info(repo_id).private)
#> learner/hub-api-demo created, private: True
# --8<-- [end:create]

# --8<-- [start:upload]
Path("notes.md").write_text("# Notes\n\nFirst version.\n")
api.upload_file(path_or_fileobj="notes.md", path_in_repo="notes.md", repo_id=repo_id,
                commit_message="Add notes")

folder = Path("results")
folder.mkdir()
(folder / "scores.json").write_text('{"accuracy": 0.83}\n')
(folder / "README.md").write_text("Scores of one run.\n")
api.upload_folder(folder_path=folder, path_in_repo="results", repo_id=repo_id)
print(api.list_repo_files(repo_id))
#> ['notes.md', 'results/README.md', 'results/scores.json']
# --8<-- [end:upload]

# --8<-- [start:revisions]
api.create_tag(repo_id, tag="v1", tag_message="first shared state")
api.create_branch(repo_id, branch="experiment")

Path("notes.md").write_text("# Notes\n\nSecond version.\n")
api.upload_file(path_or_fileobj="notes.md", path_in_repo="notes.md", repo_id=repo_id)
api.delete_file("results/README.md", repo_id=repo_id, commit_message="Drop the results README")
print(api.list_repo_files(repo_id))
#> ['notes.md', 'results/scores.json']
print(api.list_repo_files(repo_id, revision="v1"))
#> ['notes.md', 'results/README.md', 'results/scores.json']

refs = api.list_repo_refs(repo_id)
print(sorted(b.name for b in refs.branches), [t.name for t in refs.tags])
#> ['experiment', 'main'] ['v1']
print([c.title for c in api.list_repo_commits(repo_id)])
'''
['Drop the results README', 'Upload notes.md with huggingface_hub', 'Upload folder using huggingface_hub', 'Add notes', 'initial commit']
'''
# --8<-- [end:revisions]

# --8<-- [start:download]
from huggingface_hub import hf_hub_download

for revision in ["main", "v1", "experiment"]:
    path = hf_hub_download(repo_id, "notes.md", revision=revision)
    print(f"{revision:10}", Path(path).read_text().splitlines()[-1])
    #> main       Second version.
    #> v1         First version.
    #> experiment First version.
# --8<-- [end:download]

# --8<-- [start:errors]
from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError

try:
    hf_hub_download(repo_id, "results/README.md")
except EntryNotFoundError as error:
    print(type(error).__name__)
    #> RemoteEntryNotFoundError
try:
    api.model_info("nobody-here/no-such-model")
except RepositoryNotFoundError as error:
    print(type(error).__name__, error.response.status_code)
    #> RepositoryNotFoundError 404
api.delete_repo(repo_id)
print("deleted:", not api.repo_exists(repo_id))
#> deleted: True
# --8<-- [end:errors]
