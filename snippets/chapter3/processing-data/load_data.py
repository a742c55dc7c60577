# --8<-- [start:load]
from datasets import ClassLabel, load_dataset

# The three files sit next to this script, in the folder paraphrase-pairs/.
raw_datasets = load_dataset(
    "json",
    data_files={
        "train": "paraphrase-pairs/train.jsonl",
        "validation": "paraphrase-pairs/validation.jsonl",
        "test": "paraphrase-pairs/test.jsonl",
    },
)
print(raw_datasets)
'''
DatasetDict({
    train: Dataset({
        features: ['idx', 'lang', 'sentence1', 'sentence2', 'label'],
        num_rows: 224
    })
    validation: Dataset({
        features: ['idx', 'lang', 'sentence1', 'sentence2', 'label'],
        num_rows: 48
    })
    test: Dataset({
        features: ['idx', 'lang', 'sentence1', 'sentence2', 'label'],
        num_rows: 48
    })
})
'''
# --8<-- [end:load]

# --8<-- [start:look]
train = raw_datasets["train"]
print(train[0])
'''
{'idx': 0, 'lang': 'en', 'sentence1': 'He apologised for arriving late.', 'sentence2': 'He complained that the others arrived late.', 'label': 0}
'''
print(train[2])
'''
{'idx': 2, 'lang': 'zh', 'sentence1': '公司明年计划招聘五十名工程师。', 'sentence2': '明年公司打算新招五十个工程师。', 'label': 1}
'''
print(train.features)
'''
{'idx': Value('int64'), 'lang': Value('string'), 'sentence1': Value('string'), 'sentence2': Value('string'), 'label': Value('int64')}
'''
# --8<-- [end:look]

# --8<-- [start:labels]
label_type = ClassLabel(names=["different", "paraphrase"])
raw_datasets = raw_datasets.cast_column("label", label_type)
label_feature = raw_datasets["train"].features["label"]
print(label_feature)
#> ClassLabel(names=['different', 'paraphrase'])
print(label_feature.int2str(1))
#> paraphrase

for split, dataset in raw_datasets.items():
    paraphrases = sum(dataset["label"])
    chinese = dataset["lang"].count("zh")
    line = f"{split:<10} {len(dataset):>3} pairs  {paraphrases:>3} paraphrases"
    print(f"{line}  {chinese:>2} in Chinese")
    #> train      224 pairs  112 paraphrases  84 in Chinese
    #> validation  48 pairs   24 paraphrases  18 in Chinese
    #> test        48 pairs   24 paraphrases  18 in Chinese
# --8<-- [end:labels]
