# --8<-- [start:corpus]
from pathlib import Path

import datasets as datasets_library
import huggingface_hub
from datasets import Dataset

# Real Python: the source of two libraries, at the versions this site pins.
rows = []
for library in (datasets_library, huggingface_hub):
    root = Path(library.__file__).parent
    for path in sorted(root.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        rows.append({"path": f"{root.name}/{path.relative_to(root).as_posix()}", "code": code})
corpus = Dataset.from_list(rows)
split = corpus.train_test_split(test_size=0.1, seed=0)
print(split.num_rows, f"{sum(len(code) for code in corpus['code']):,} characters")
#> {'train': 302, 'test': 34} 5,421,159 characters
# --8<-- [end:corpus]

# --8<-- [start:old]
from transformers import AutoTokenizer

old_tokenizer = AutoTokenizer.from_pretrained("openai-community/gpt2")
example = '''def add_numbers(a, b):
    """Add the two numbers `a` and `b`."""
    return a + b'''
print(old_tokenizer.tokenize(example))
'''
['def', 'Ġadd', '_', 'n', 'umbers', '(', 'a', ',', 'Ġb', '):', 'Ċ', 'Ġ', 'Ġ', 'Ġ', 'Ġ"""', 'Add', 'Ġthe', 'Ġtwo', 'Ġnumbers', 'Ġ`', 'a', '`', 'Ġand', 'Ġ`', 'b', '`', '."', '""', 'Ċ', 'Ġ', 'Ġ', 'Ġ', 'Ġreturn', 'Ġa', 'Ġ+', 'Ġb']
'''
# --8<-- [end:old]

# --8<-- [start:train]
def training_batches(size=100):
    train = split["train"]
    for start in range(0, train.num_rows, size):
        yield train[start : start + size]["code"]


tokenizer = old_tokenizer.train_new_from_iterator(training_batches(), vocab_size=52000)
print(len(tokenizer), "tokens in the new vocabulary")  # 52000 is a ceiling, not a promise
#> 27834 tokens in the new vocabulary
print(tokenizer.tokenize(example))
'''
['def', 'Ġadd', '_', 'numbers', '(', 'a', ',', 'Ġb', '):', 'ĊĠĠĠ', 'Ġ"""', 'Add', 'Ġthe', 'Ġtwo', 'Ġnumbers', 'Ġ`', 'a', '`', 'Ġand', 'Ġ`', 'b', '`."""', 'ĊĠĠĠ', 'Ġreturn', 'Ġa', 'Ġ+', 'Ġb']
'''
# --8<-- [end:train]

# --8<-- [start:measure]
held_out = list(split["test"]["code"])
for name, tok in [("gpt2", old_tokenizer), ("retrained", tokenizer)]:
    count = sum(len(ids) for ids in tok(held_out)["input_ids"])
    print(f"{name:10} {count / 1000:.1f} thousand tokens for the held-out files")
    #> gpt2       293.0 thousand tokens for the held-out files
    #> retrained  160.4 thousand tokens for the held-out files
tokenizer.save_pretrained("code-search-net-tokenizer")
# --8<-- [end:measure]
