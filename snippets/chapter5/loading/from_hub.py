from datasets import load_dataset
from huggingface_hub import whoami

drug_dataset = load_dataset(
    "csv",
    data_files={"train": "drug-reviews/drugsComTrain.tsv", "test": "drug-reviews/drugsComTest.tsv"},
    delimiter="\t",
)
repo_id = f"{whoami()['name']}/drug-reviews"
drug_dataset.push_to_hub(repo_id)  # Parquet files, one folder per split

remote = load_dataset(repo_id)  # the same call reads any data set on the Hub
print(remote)
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
print(all(remote[split].to_list() == drug_dataset[split].to_list() for split in drug_dataset))
#> True
