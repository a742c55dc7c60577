# --8<-- [start:collect]
import inspect

import datasets
from datasets import Dataset

rows = []
for name, member in inspect.getmembers(datasets.Dataset, predicate=inspect.isfunction):
    doc = inspect.getdoc(member)
    if name.startswith("_") or not doc:
        continue
    rows.append({
        "name": f"Dataset.{name}",
        "signature": f"{name}{inspect.signature(member)}",
        "summary": doc.splitlines()[0],
        "docstring": doc,
    })
docstrings = Dataset.from_list(rows)
print(f"datasets {datasets.__version__}:", docstrings)
'''
datasets 5.2.0:
Dataset({
    features: ['name', 'signature', 'summary', 'docstring'],
    num_rows: 65
})
'''
print(docstrings.filter(lambda row: row["name"] == "Dataset.map")[0]["summary"])
'''
Apply a function to all the examples in the table (individually or in batches) and update the table.
'''
# --8<-- [end:collect]

# --8<-- [start:explore]
docstrings = docstrings.map(lambda row: {"words": len(row["docstring"].split())})
longest = docstrings.sort("words", reverse=True).select(range(3))
print(list(zip(longest["name"], longest["words"])))
'''
[('Dataset.map', 1089), ('Dataset.filter', 653), ('Dataset.to_iterable_dataset', 650)]
'''
print(docstrings.filter(lambda row: row["words"] < 15).num_rows, "methods say little (< 15 words)")
#> 2 methods say little (< 15 words)
# --8<-- [end:explore]

# --8<-- [start:push]
from datasets import load_dataset
from huggingface_hub import DatasetCard, DatasetCardData, whoami

repo_id = f"{whoami()['name']}/datasets-docstrings"
docstrings.push_to_hub(repo_id)

card_data = DatasetCardData(
    language=["en"],
    license="apache-2.0",  # the license of the datasets library the text comes from
    pretty_name="Docstrings of datasets.Dataset",
    size_categories=["n<1K"],
    task_categories=["text-generation"],
    source_datasets=["original"],
)
card = DatasetCard.from_template(
    card_data,
    dataset_summary=f"The public methods of `datasets.Dataset` (datasets {datasets.__version__}): "
    "name, signature, first line and full docstring.",
    curation_rationale="Made in chapter 5 of transformers-exp to show how to build a data set.",
)
card.push_to_hub(repo_id, repo_type="dataset")

again = load_dataset(repo_id, split="train")
print(again.num_rows == docstrings.num_rows, again.column_names)
#> True ['name', 'signature', 'summary', 'docstring', 'words']
print(DatasetCard.load(repo_id).data.license)
#> apache-2.0
# --8<-- [end:push]
