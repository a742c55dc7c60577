# --8<-- [start:setup]
from datasets import load_dataset
from torch.utils.data import DataLoader
from transformers import AutoTokenizer, DataCollatorWithPadding

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
raw_datasets = load_dataset(
    "json", data_files={"train": "paraphrase-pairs/train.jsonl"}
)


def tokenize_function(batch):
    return tokenizer(
        batch["sentence1"], batch["sentence2"], truncation=True, max_length=64
    )


tokenized_datasets = raw_datasets.map(tokenize_function, batched=True)
# --8<-- [end:setup]

# --8<-- [start:collator]
data_collator = DataCollatorWithPadding(tokenizer=tokenizer)

# The collator pads tensors only: drop the columns that hold strings.
train = tokenized_datasets["train"].remove_columns(
    ["idx", "lang", "sentence1", "sentence2"]
)
samples = [train[i] for i in range(8)]
print([len(sample["input_ids"]) for sample in samples])
#> [20, 25, 33, 23, 30, 30, 31, 35]

batch = data_collator(samples)
print({name: tuple(tensor.shape) for name, tensor in batch.items()})
'''
{'input_ids': (8, 35), 'token_type_ids': (8, 35), 'attention_mask': (8, 35), 'labels': (8,)}
'''
# --8<-- [end:collator]

# --8<-- [start:loader]
loader = DataLoader(train, batch_size=8, collate_fn=data_collator)
for step, batch in enumerate(loader):
    if step == 4:
        break
    print(step, tuple(batch["input_ids"].shape))
    #> 0 (8, 35)
    #> 1 (8, 33)
    #> 2 (8, 30)
    #> 3 (8, 36)

real = sum(len(ids) for ids in train["input_ids"])
dynamic = sum(batch["input_ids"].numel() for batch in loader)
fixed = len(train) * 64
print(f"real tokens {real}, dynamic padding {dynamic}, padded to 64: {fixed}")
#> real tokens 5679, dynamic padding 7136, padded to 64: 14336
# --8<-- [end:loader]
