# --8<-- [start:files]
from pathlib import Path

import gradio as gr

space = Path("similarity-space")
space.mkdir()
(space / "app.py").write_text('''\
import gradio as gr
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")


def similarity(sentence1, sentence2):
    a, b = model.encode([sentence1, sentence2], normalize_embeddings=True)
    return round(float(a @ b), 3)


gr.Interface(similarity, ["text", "text"], "number").launch()
''')
(space / "requirements.txt").write_text("sentence-transformers\n")
(space / "README.md").write_text(f"""---
title: Sentence similarity
sdk: gradio
sdk_version: {gr.__version__}
app_file: app.py
license: apache-2.0
---
Cosine similarity of two sentences with all-MiniLM-L6-v2.
""")
# --8<-- [end:files]

# --8<-- [start:push]
from huggingface_hub import HfApi

api = HfApi()
repo_id = f"{api.whoami()['name']}/sentence-similarity"
url = api.create_repo(repo_id, repo_type="space", space_sdk="gradio")
api.upload_folder(folder_path=space, repo_id=repo_id, repo_type="space")
print(url.repo_type, url.repo_id)
#> space learner/sentence-similarity
info = api.space_info(repo_id)
print(info.sdk, sorted(f.rfilename for f in info.siblings))
#> gradio ['README.md', 'app.py', 'requirements.txt']
# --8<-- [end:push]
