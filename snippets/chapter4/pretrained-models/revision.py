# --8<-- [start:pin]
from huggingface_hub import HfApi
from transformers import AutoModel

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
commit = HfApi().model_info(checkpoint).sha  # the commit that main points at today
model = AutoModel.from_pretrained(checkpoint, revision=commit)
print(type(model).__name__, "loaded from a commit of", len(commit), "hex digits")
#> BertModel loaded from a commit of 40 hex digits
# --8<-- [end:pin]

# --8<-- [start:missing]
try:
    AutoModel.from_pretrained(checkpoint, revision="v9.9")
except OSError as error:
    print(type(error).__name__, str(error).splitlines()[0])
    '''
    OSError
    v9.9 is not a valid git identifier (branch name, tag name or commit id) that exists for this model name. Check the model page at 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2' for available revisions.
    '''
# --8<-- [end:missing]
