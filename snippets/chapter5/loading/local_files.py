# --8<-- [start:tsv]
from datasets import load_dataset

data_files = {"train": "drug-reviews/drugsComTrain.tsv", "test": "drug-reviews/drugsComTest.tsv"}
drug_dataset = load_dataset("csv", data_files=data_files, delimiter="\t")
print(drug_dataset)
'''
DatasetDict({
    train: Dataset({
        features: ['Unnamed: 0', 'drugName', 'condition', 'review', 'rating', 'date', 'usefulCount'],
        num_rows: 600
    })
    test: Dataset({
        features: ['Unnamed: 0', 'drugName', 'condition', 'review', 'rating', 'date', 'usefulCount'],
        num_rows: 379
    })
})
'''
print(drug_dataset["train"][0]["review"][:80])
#> "I recently received an injection of nalbuphine in a walk-in/non-life threatenin
# --8<-- [end:tsv]

# --8<-- [start:json]
drug_dataset["test"].to_json("drugs-test.jsonl")  # one JSON object per line
drug_dataset["test"].to_json("drugs-test.jsonl.gz", compression="gzip")
for path in ["drugs-test.jsonl", "drugs-test.jsonl.gz"]:
    again = load_dataset("json", data_files=path, split="train")
    print(path, again.num_rows, again.column_names[:3])
    #> drugs-test.jsonl 379 ['Unnamed: 0', 'drugName', 'condition']
    #> drugs-test.jsonl.gz 379 ['Unnamed: 0', 'drugName', 'condition']
# --8<-- [end:json]

# --8<-- [start:text]
reviews = load_dataset(
    "text", data_files={"pos": "chinese-reviews/pos.txt", "neg": "chinese-reviews/neg.txt"}
)
print(reviews)
'''
DatasetDict({
    pos: Dataset({
        features: ['text'],
        num_rows: 16548
    })
    neg: Dataset({
        features: ['text'],
        num_rows: 18576
    })
})
'''
print(reviews["neg"][1]["text"][:30])
#> 小熊宝宝我觉得孩子不喜欢，能换别的吗
# --8<-- [end:text]
