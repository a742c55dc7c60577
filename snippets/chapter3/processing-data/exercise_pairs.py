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
    #> train[15] (zh): different
    #> validation[40] (en): paraphrase
    print("  ", example["sentence1"])
    #>    这座城市计划修一条新的地铁线。
    #>    Prices at the supermarket went up by ten percent this year.
    print("  ", example["sentence2"])
    #>    这部手机充满电大约可以撑两天。
    #>    The supermarket has become ten percent more expensive this year.

tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
example = raw_datasets["train"][15]
apart = [tokenizer(example[k])["input_ids"] for k in ("sentence1", "sentence2")]
together = tokenizer(example["sentence1"], example["sentence2"])
print("separately:", [len(ids) for ids in apart], "as a pair:", len(together["input_ids"]))
#> separately: [17, 17] as a pair: 33
# One [CLS] fewer: a pair is [CLS] A [SEP] B [SEP], and B's tokens get type 1.
print(together["token_type_ids"])
'''
[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
'''
