# --8<-- [start:pair]
from datasets import load_dataset
from transformers import AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)

inputs = tokenizer("The museum is closed.", "It is shut today.")
print(list(inputs.keys()))
#> ['input_ids', 'token_type_ids', 'attention_mask']
print(inputs["input_ids"])
#> [101, 1996, 2688, 2003, 2701, 1012, 102, 2009, 2003, 3844, 2651, 1012, 102]
print(" ".join(tokenizer.convert_ids_to_tokens(inputs["input_ids"])))
#> [CLS] the museum is closed . [SEP] it is shut today . [SEP]
print(inputs["token_type_ids"])
#> [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
# --8<-- [end:pair]

# --8<-- [start:chinese]
inputs = tokenizer("博物馆每周一闭馆。", "周一去博物馆是进不去的。")
tokens = tokenizer.convert_ids_to_tokens(inputs["input_ids"])
print(" ".join(tokens[:11]))  # [CLS] first sentence [SEP]
#> [CLS] 博 [UNK] [UNK] [UNK] [UNK] 一 [UNK] [UNK] 。 [SEP]
print(" ".join(tokens[11:]))  # second sentence [SEP]
#> [UNK] 一 [UNK] 博 [UNK] [UNK] [UNK] [UNK] 不 [UNK] 的 。 [SEP]
# --8<-- [end:chinese]

# --8<-- [start:map]
raw_datasets = load_dataset(
    "json",
    data_files={
        "train": "paraphrase-pairs/train.jsonl",
        "validation": "paraphrase-pairs/validation.jsonl",
        "test": "paraphrase-pairs/test.jsonl",
    },
)


def tokenize_function(batch):
    # batched=True: batch["sentence1"] is a list of up to 1,000 strings
    return tokenizer(
        batch["sentence1"], batch["sentence2"], truncation=True, max_length=64
    )


tokenized_datasets = raw_datasets.map(tokenize_function, batched=True)
print(" ".join(tokenized_datasets["train"].column_names))
#> idx lang sentence1 sentence2 label input_ids token_type_ids attention_mask
# --8<-- [end:map]

# --8<-- [start:unk]
train = tokenized_datasets["train"]
pairs = list(zip(train["input_ids"], train["lang"]))
for lang in ["en", "zh"]:
    rows = [ids for ids, row_lang in pairs if row_lang == lang]
    tokens = [token_id for ids in rows for token_id in ids]
    unknown = tokens.count(tokenizer.unk_token_id) / len(tokens)
    longest = max(len(ids) for ids in rows)
    print(f"{lang}: {len(rows)} pairs, longest {longest}, [UNK] {unknown:.0%}")
    #> en: 140 pairs, longest 31, [UNK] 0%
    #> zh: 84 pairs, longest 36, [UNK] 57%
# --8<-- [end:unk]
