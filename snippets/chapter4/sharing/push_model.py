# --8<-- [start:push]
from huggingface_hub import HfApi
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)

api = HfApi()
repo_id = f"{api.whoami()['name']}/minilm-copy"  # your namespace: your user name
model.push_to_hub(repo_id, commit_message="Upload the MiniLM encoder")
tokenizer.push_to_hub(repo_id, commit_message="Upload its tokenizer")
print(sorted(api.list_repo_files(repo_id)))
'''
['README.md', 'config.json', 'model.safetensors', 'tokenizer.json', 'tokenizer_config.json']
'''
print([commit.title for commit in api.list_repo_commits(repo_id)])
#> ['Upload its tokenizer', 'Upload the MiniLM encoder', 'initial commit']
# --8<-- [end:push]

# --8<-- [start:reload]
import torch

again = AutoModel.from_pretrained(repo_id)
inputs = tokenizer(["Sharing is caring.", "分享就是关爱。"], padding=True, return_tensors="pt")
with torch.no_grad():
    before = model(**inputs).last_hidden_state
    after = again(**inputs).last_hidden_state
print("same outputs after the round trip:", torch.equal(before, after))
#> same outputs after the round trip: True
# --8<-- [end:reload]
