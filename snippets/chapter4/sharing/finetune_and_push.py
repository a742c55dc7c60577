# --8<-- [start:setup]
import numpy as np
from datasets import load_dataset
from sklearn.metrics import accuracy_score, f1_score
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    Trainer,
    TrainingArguments,
    set_seed,
)

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
raw_datasets = load_dataset(
    "json",
    data_files={
        "train": "paraphrase-pairs/train.jsonl",
        "validation": "paraphrase-pairs/validation.jsonl",
        "test": "paraphrase-pairs/test.jsonl",
    },
)
tokenizer = AutoTokenizer.from_pretrained(checkpoint)


def tokenize_function(batch):
    return tokenizer(
        batch["sentence1"], batch["sentence2"], truncation=True, max_length=64
    )


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predictions = np.argmax(logits, axis=-1)
    return {
        "accuracy": accuracy_score(labels, predictions),
        "f1": f1_score(labels, predictions),
    }


tokenized_datasets = raw_datasets.map(tokenize_function, batched=True)
data_collator = DataCollatorWithPadding(tokenizer=tokenizer)
set_seed(42)
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint,
    num_labels=2,
    id2label={0: "different", 1: "paraphrase"},
    label2id={"different": 0, "paraphrase": 1},
)
# --8<-- [end:setup]

# --8<-- [start:trainer]
training_args = TrainingArguments(
    output_dir="paraphrase-minilm",    # also the repo's name, unless hub_model_id says otherwise
    push_to_hub=True,
    hub_model_id="paraphrase-minilm",  # no namespace: it goes to your account
    eval_strategy="epoch",
    logging_strategy="epoch",
    save_strategy="no",
    learning_rate=1e-4,
    num_train_epochs=3,
    per_device_train_batch_size=8,
    per_device_eval_batch_size=32,
    seed=42,
    data_seed=42,
    use_cpu=True,
    report_to="none",
    disable_tqdm=True,
)
trainer = Trainer(
    model=model,
    args=training_args,
    train_dataset=tokenized_datasets["train"],
    eval_dataset=tokenized_datasets["validation"],
    data_collator=data_collator,
    processing_class=tokenizer,
    compute_metrics=compute_metrics,
)
print("the repo is", trainer.hub_model_id)
#> the repo is learner/paraphrase-minilm
trainer.train()
scores = trainer.evaluate(tokenized_datasets["test"], metric_key_prefix="test")
print(f"test accuracy {scores['test_accuracy']:.3f}, F1 {scores['test_f1']:.3f}")
#> test accuracy 0.833, F1 0.852
# --8<-- [end:trainer]

# --8<-- [start:push]
from huggingface_hub import HfApi, ModelCard

trainer.push_to_hub(commit_message="Fine-tuned on paraphrase-pairs")
repo_id = trainer.hub_model_id
api = HfApi()
print(sorted(api.list_repo_files(repo_id)))
'''
['README.md', 'config.json', 'model.safetensors', 'tokenizer.json', 'tokenizer_config.json', 'training_args.bin']
'''
print([commit.title for commit in api.list_repo_commits(repo_id)])
#> ['Fine-tuned on paraphrase-pairs', 'initial commit']
print(ModelCard.load(repo_id).data.tags)  # the card Trainer wrote
#> ['generated_from_trainer']
# --8<-- [end:push]

# --8<-- [start:reload]
from transformers import pipeline

classifier = pipeline("text-classification", model=repo_id)
test = raw_datasets["test"]
pairs = [{"text": a, "text_pair": b} for a, b in zip(test["sentence1"], test["sentence2"])]
shared = [result["label"] for result in classifier(pairs)]
local = trainer.predict(tokenized_datasets["test"]).predictions.argmax(axis=-1)
print("same labels as before the push:", shared == [model.config.id2label[i] for i in local])
#> same labels as before the push: True
print(pairs[0]["text"], "|", pairs[0]["text_pair"], "->", shared[0])
'''
Paul got to work late because he missed his bus.
|
Paul missed the bus and was late for work.
->
paraphrase
'''
# --8<-- [end:reload]

# --8<-- [start:card]
from huggingface_hub import EvalResult, ModelCardData

data_repo = f"{api.whoami()['name']}/paraphrase-pairs"
raw_datasets.push_to_hub(data_repo)  # the card links to the training data, so share it too

results = [
    EvalResult(task_type="text-classification", dataset_type=data_repo,
               dataset_name="paraphrase-pairs", dataset_split="test",
               metric_type=name, metric_value=round(scores[f"test_{name}"], 3))
    for name in ["accuracy", "f1"]
]
card_data = ModelCardData(
    model_name="paraphrase-minilm",
    language=["en", "zh"],
    license="apache-2.0",
    library_name="transformers",
    pipeline_tag="text-classification",
    base_model=checkpoint,
    datasets=[data_repo],
    metrics=["accuracy", "f1"],
    eval_results=results,
)
card = ModelCard.from_template(
    card_data,
    model_id="paraphrase-minilm",
    model_summary="Tells whether two English or Chinese sentences mean the same thing.",
    model_description=(
        "all-MiniLM-L6-v2 with a classification head, fine-tuned for 3 epochs "
        "(84 steps) on the 224 training pairs of paraphrase-pairs."
    ),
    bias_risks_limitations=(
        "Trained on 224 pairs written for one course. Chinese pairs are mostly [UNK] "
        "to this vocabulary, and the 48 test pairs give only a rough score."
    ),
)
card.push_to_hub(repo_id, commit_message="Write the model card")
# --8<-- [end:card]

# --8<-- [start:read-card]
card = ModelCard.load(repo_id)
print(card.data.license, card.data.language, card.data.base_model)
#> apache-2.0 ['en', 'zh'] sentence-transformers/all-MiniLM-L6-v2
for result in card.data.eval_results:
    print(result.dataset_name, result.dataset_split, result.metric_type, result.metric_value)
    #> paraphrase-pairs test accuracy 0.833
    #> paraphrase-pairs test f1 0.852
print(api.model_info(repo_id).card_data.datasets)
#> ['learner/paraphrase-pairs']
for heading in [line for line in card.text.splitlines() if line.startswith("## ")][:6]:
    print(heading)
    #> ## Model Details
    #> ## Uses
    #> ## Bias, Risks, and Limitations
    #> ## How to Get Started with the Model
    #> ## Training Details
    #> ## Evaluation
# --8<-- [end:read-card]

# --8<-- [start:yaml]
print(card.content.split("---")[1].strip())
'''
base_model: sentence-transformers/all-MiniLM-L6-v2
datasets:
- learner/paraphrase-pairs
language:
- en
- zh
library_name: transformers
license: apache-2.0
metrics:
- accuracy
- f1
pipeline_tag: text-classification
model-index:
- name: paraphrase-minilm
  results:
  - task:
      type: text-classification
    dataset:
      name: paraphrase-pairs
      type: learner/paraphrase-pairs
      split: test
    metrics:
    - type: accuracy
      value: 0.833
    - type: f1
      value: 0.852
'''
# --8<-- [end:yaml]
