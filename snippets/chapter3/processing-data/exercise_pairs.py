from datasets import load_dataset
from transformers import AutoTokenizer

raw_datasets = load_dataset(
    "json",
    data_files={
        "train": "paraphrase-pairs/train.jsonl",
        "validation": "paraphrase-pairs/validation.jsonl",
    },
)
label_names = ["different", "paraphrase"]
for split, i in [("train", 15), ("validation", 40)]:
    example = raw_datasets[split][i]
    print(f"{split}[{i}] ({example['lang']}): {label_names[example['label']]}")
    print("  ", example["sentence1"])
    print("  ", example["sentence2"])

tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
example = raw_datasets["train"][15]
apart = [tokenizer(example[k])["input_ids"] for k in ("sentence1", "sentence2")]
together = tokenizer(example["sentence1"], example["sentence2"])
print("separately:", [len(ids) for ids in apart], "as a pair:", len(together["input_ids"]))
# One [CLS] fewer: a pair is [CLS] A [SEP] B [SEP], and B's tokens get type 1.
print(together["token_type_ids"])
