# --8<-- [start:reader]
import traceback
from pathlib import Path


def read_traceback(error, frames=4):
    """The bottom of a traceback: the last calls (file and function), then the error itself."""
    calls = [f"  {Path(f.filename).name}, in {f.name}"
             for f in traceback.extract_tb(error.__traceback__)[-frames:]]
    return "\n".join([*calls, f"{type(error).__name__}: {str(error).splitlines()[0]}"])
# --8<-- [end:reader]

# --8<-- [start:missing]
from transformers import AutoModel

try:
    model = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v3")  # a typo
except OSError as error:
    print(read_traceback(error))
    '''
      configuration_utils.py, in get_config_dict
      configuration_utils.py, in _get_config_dict
      hub.py, in cached_file
      hub.py, in cached_files
    OSError: We couldn't connect to 'https://huggingface.co' to load the files, and couldn't find them in the cached files.
    '''
# --8<-- [end:missing]

# --8<-- [start:mismatch]
import torch
from transformers import AutoTokenizer

model = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-Coder-0.5B-Instruct")  # not its own
inputs = tokenizer("调试比写代码难一倍。", return_tensors="pt")
try:
    model(**inputs)
except IndexError as error:
    print(read_traceback(error))
    '''
      module.py, in _wrapped_call_impl
      module.py, in _call_impl
      sparse.py, in forward
      functional.py, in embedding
    IndexError: index out of range in self
    '''
print(inputs.input_ids.max().item(), model.config.vocab_size)
#> 110760 30522
# --8<-- [end:mismatch]

# --8<-- [start:silent]
own = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
gpt2 = AutoTokenizer.from_pretrained("openai-community/gpt2")
ids = gpt2("Debugging is twice as hard as writing the code.")["input_ids"]
outputs = model(input_ids=torch.tensor([ids]))  # no error at all...
print(outputs.last_hidden_state.shape)
#> torch.Size([1, 11, 384])
print(own.convert_ids_to_tokens(ids))  # ...but this is what the model reads
'''
['356', 'trying', '[unused313]', '##che', '[unused350]', 'न', '[unused350]', '##co', '[unused257]', 'enough', '[unused12]']
'''
# --8<-- [end:silent]

# --8<-- [start:shape]
tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
ids = tokenizer("Debugging is twice as hard as writing the code.")["input_ids"]
try:
    model(input_ids=torch.tensor(ids))  # one sequence, but the model wants a batch
except ValueError as error:
    print(read_traceback(error))
    '''
      modeling_bert.py, in forward
      module.py, in _wrapped_call_impl
      module.py, in _call_impl
      modeling_bert.py, in forward
    ValueError: not enough values to unpack (expected 2, got 1)
    '''
print(torch.tensor(ids).shape, torch.tensor([ids]).shape)
#> torch.Size([14]) torch.Size([1, 14])
# --8<-- [end:shape]

# --8<-- [start:task]
from transformers import pipeline

try:
    pipeline("question-answering", model="sentence-transformers/all-MiniLM-L6-v2")
except KeyError as error:
    print(read_traceback(error, frames=2))
    '''
      __init__.py, in pipeline
      __init__.py, in _resolve_deprecated_task
    KeyError: 'The task question-answering has been removed from transformers. Use the `text-generation` pipeline with a chat model instead. See the migration guide for more details: https://github.com/huggingface/transformers/blob/main/MIGRATION_GUIDE_V5.md#pipelines'
    '''
# --8<-- [end:task]
