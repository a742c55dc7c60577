# --8<-- [start:load]
from datasets import load_dataset

data_files = {"train": "drug-reviews/drugsComTrain.tsv", "test": "drug-reviews/drugsComTest.tsv"}
drug_dataset = load_dataset("csv", data_files=data_files, delimiter="\t")
drug_sample = drug_dataset["train"].shuffle(seed=42).select(range(3))
print(list(drug_sample["drugName"]), list(drug_sample["condition"]))
'''
['Fluticasone', 'Magnesium sulfate / potassium sulfate / sodium sulfate', 'Adapalene / benzoyl peroxide']
['Rhinitis', 'Bowel Preparation', 'Acne']
'''
print(drug_sample["review"][0][:70])
#> "Works well for me with regular use."
# --8<-- [end:load]

# --8<-- [start:rename]
drug_dataset = drug_dataset.rename_column("Unnamed: 0", "patient_id")
for split in drug_dataset:
    ids = drug_dataset[split]["patient_id"]
    print(split, len(ids), "rows,", len(set(ids)), "distinct patient ids")
    #> train 600 rows, 600 distinct patient ids
    #> test 379 rows, 379 distinct patient ids
print(len(drug_dataset["train"].unique("drugName")), "drugs,",
      len(drug_dataset["train"].unique("condition")), "conditions")
#> 346 drugs, 154 conditions
# --8<-- [end:rename]

# --8<-- [start:conditions]
before = drug_dataset.num_rows
drug_dataset = drug_dataset.filter(lambda x: x["condition"] is not None)
print("without a condition:", {s: before[s] - n for s, n in drug_dataset.num_rows.items()})
#> without a condition: {'train': 3, 'test': 4}


def lowercase_condition(example):
    return {"condition": example["condition"].lower()}


drug_dataset = drug_dataset.map(lowercase_condition)
print(drug_dataset["train"]["condition"][:3])
#> ['pain', 'pain', 'birth control']
# --8<-- [end:conditions]

# --8<-- [start:length]
def compute_review_length(example):
    return {"review_length": len(example["review"].split())}


drug_dataset = drug_dataset.map(compute_review_length)
shortest = drug_dataset["train"].sort("review_length").select(range(2))
for row in shortest:
    print(row["review_length"], row["review"])
    #> 2 "Love it!"
    #> 3 "Did not help."

drug_dataset = drug_dataset.filter(lambda x: x["review_length"] > 30)
print(drug_dataset.num_rows)
#> {'train': 525, 'test': 314}
# --8<-- [end:length]

# --8<-- [start:unescape]
import html

print(sum("&#039;" in review for review in drug_dataset["train"]["review"]), "reviews hold &#039;")
#> 358 reviews hold &#039;
drug_dataset = drug_dataset.map(
    lambda batch: {"review": [html.unescape(review) for review in batch["review"]]}, batched=True
)
print(sum("&#039;" in review for review in drug_dataset["train"]["review"]), "after html.unescape")
#> 0 after html.unescape
# --8<-- [end:unescape]

# --8<-- [start:tokenize]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
print(type(tokenizer).__name__, "backed by Rust:", tokenizer.is_fast)
#> BertTokenizer backed by Rust: True


def tokenize_function(batch):  # a batch of 1,000 reviews at a time: one call to Rust
    return tokenizer(batch["review"], truncation=True)


tokenized = drug_dataset.map(tokenize_function, batched=True)
print(tokenized["train"].column_names[-3:])
#> ['input_ids', 'token_type_ids', 'attention_mask']
# --8<-- [end:tokenize]

# --8<-- [start:overflow]
def tokenize_and_split(batch):
    return tokenizer(batch["review"], truncation=True, max_length=128, return_overflowing_tokens=True)


import pyarrow

try:
    drug_dataset["train"].map(tokenize_and_split, batched=True)
except pyarrow.ArrowInvalid as error:  # pyarrow refuses columns of different lengths
    print(type(error).__name__, str(error).splitlines()[0])
    #> ArrowInvalid Column 8 named input_ids expected length 525 but got length 780

chunks = drug_dataset.map(tokenize_and_split, batched=True,
                          remove_columns=drug_dataset["train"].column_names)
print(drug_dataset["train"].num_rows, "reviews ->", chunks["train"].num_rows, "chunks of at most 128 tokens")
#> 525 reviews -> 780 chunks of at most 128 tokens
# --8<-- [end:overflow]

# --8<-- [start:pandas]
drug_dataset.set_format("pandas")
train_df = drug_dataset["train"][:]
frequencies = train_df["condition"].value_counts().head(4)
print(frequencies.to_dict())
#> {'birth control': 115, 'depression': 26, 'acne': 23, 'pain': 22}
drug_dataset.reset_format()
print(type(drug_dataset["train"][:1]).__name__)
#> dict
# --8<-- [end:pandas]

# --8<-- [start:split]
split = drug_dataset["train"].train_test_split(train_size=0.8, seed=42)
split["validation"] = split.pop("test")
split["test"] = drug_dataset["test"]
print(split.num_rows)
#> {'train': 420, 'validation': 105, 'test': 314}

split.save_to_disk("drug-reviews-clean")
from datasets import load_from_disk

print(load_from_disk("drug-reviews-clean")["validation"][0]["patient_id"] == split["validation"][0]["patient_id"])
#> True
# --8<-- [end:split]
