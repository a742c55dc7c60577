# --8<-- [start:one-or-many]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")

print(tokenizer("Hello!")["input_ids"])
#> [101, 7592, 999, 102]
print(tokenizer(["Hello!", "How are you today?"])["input_ids"])
#> [[101, 7592, 999, 102], [101, 2129, 2024, 2017, 2651, 1029, 102]]
# --8<-- [end:one-or-many]

# --8<-- [start:padding]
texts = ["Hello!", "How are you today?"]
print(tokenizer(texts, padding="longest")["input_ids"])
#> [[101, 7592, 999, 102, 0, 0, 0], [101, 2129, 2024, 2017, 2651, 1029, 102]]
for ids in tokenizer(texts, padding="max_length", max_length=10)["input_ids"]:
    print(ids)
    #> [101, 7592, 999, 102, 0, 0, 0, 0, 0, 0]
    #> [101, 2129, 2024, 2017, 2651, 1029, 102, 0, 0, 0]
# --8<-- [end:padding]

# --8<-- [start:truncation]
print(tokenizer(texts, truncation=True, max_length=5)["input_ids"])
#> [[101, 7592, 999, 102], [101, 2129, 2024, 2017, 102]]
# --8<-- [end:truncation]

# --8<-- [start:tensors]
as_torch = tokenizer(texts, padding=True, return_tensors="pt")
as_numpy = tokenizer(texts, padding=True, return_tensors="np")
print(type(as_torch["input_ids"]).__name__, tuple(as_torch["input_ids"].shape))
#> Tensor (2, 7)
print(type(as_numpy["input_ids"]).__name__, as_numpy["input_ids"].shape)
#> ndarray (2, 7)
# --8<-- [end:tensors]

# --8<-- [start:special]
text = "How are you today?"
print(tokenizer.convert_tokens_to_ids(tokenizer.tokenize(text)))
#> [2129, 2024, 2017, 2651, 1029]
print(tokenizer(text)["input_ids"])
#> [101, 2129, 2024, 2017, 2651, 1029, 102]
print(tokenizer.decode(tokenizer(text)["input_ids"]))
#> [CLS] how are you today? [SEP]
print(tokenizer(text, add_special_tokens=False)["input_ids"])
#> [2129, 2024, 2017, 2651, 1029]
# --8<-- [end:special]
