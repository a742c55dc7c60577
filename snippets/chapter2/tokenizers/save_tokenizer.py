import os

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
tokenizer.save_pretrained("my-tokenizer")
print(sorted(os.listdir("my-tokenizer")))
#> ['tokenizer.json', 'tokenizer_config.json']

reloaded = AutoTokenizer.from_pretrained("my-tokenizer")
text = "Saving a tokenizer is one line."
print(reloaded(text)["input_ids"] == tokenizer(text)["input_ids"])
#> True
