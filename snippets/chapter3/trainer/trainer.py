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


tokenized_datasets = raw_datasets.map(tokenize_function, batched=True)
data_collator = DataCollatorWithPadding(tokenizer=tokenizer)
# --8<-- [end:setup]

# --8<-- [start:model]
set_seed(42)  # the new head is initialized at random: fix the seed
model, loading_info = AutoModelForSequenceClassification.from_pretrained(
    checkpoint,
    num_labels=2,
    id2label={0: "different", 1: "paraphrase"},
    label2id={"different": 0, "paraphrase": 1},
    output_loading_info=True,
)
print(sorted(loading_info["missing_keys"]))
#> ['classifier.bias', 'classifier.weight']
print(model.classifier)
#> Linear(in_features=384, out_features=2, bias=True)
# --8<-- [end:model]

# --8<-- [start:args]
training_args = TrainingArguments(
    output_dir="ch3-trainer",
    eval_strategy="epoch",     # evaluate on the validation set every epoch
    logging_strategy="epoch",  # log the training loss at the same moments
    save_strategy="no",        # no checkpoints for this small experiment
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

try:
    TrainingArguments(output_dir="ch3-trainer", evaluation_strategy="epoch")
except TypeError as error:
    print(error)
    '''
    TrainingArguments.__init__() got an unexpected keyword argument 'evaluation_strategy'
    '''
# --8<-- [end:args]


# --8<-- [start:metrics]
def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predictions = np.argmax(logits, axis=-1)
    return {
        "accuracy": accuracy_score(labels, predictions),
        "f1": f1_score(labels, predictions),
    }
# --8<-- [end:metrics]


# --8<-- [start:before]
trainer = Trainer(
    model=model,
    args=training_args,
    train_dataset=tokenized_datasets["train"],
    eval_dataset=tokenized_datasets["validation"],
    data_collator=data_collator,
    processing_class=tokenizer,
    compute_metrics=compute_metrics,
)

test_set = tokenized_datasets["test"]
before = trainer.evaluate(test_set, metric_key_prefix="test")
print({name: round(before[name], 3) for name in ["test_loss", "test_accuracy"]})
#> {'test_loss': 0.694, 'test_accuracy': 0.458}
# --8<-- [end:before]

# --8<-- [start:train]
trainer.train()

history = trainer.state.log_history
train_losses = [record["loss"] for record in history if "loss" in record]
evaluations = [record for record in history if "eval_loss" in record]
for epoch, (loss, ev) in enumerate(zip(train_losses, evaluations), start=1):
    val = f"val loss {ev['eval_loss']:.3f}, accuracy {ev['eval_accuracy']:.3f}"
    print(f"epoch {epoch}: train loss {loss:.3f}, {val}, F1 {ev['eval_f1']:.3f}")
    #> epoch 1: train loss 0.696, val loss 0.673, accuracy 0.750, F1 0.800
    #> epoch 2: train loss 0.630, val loss 0.569, accuracy 0.708, F1 0.682
    #> epoch 3: train loss 0.468, val loss 0.505, accuracy 0.792, F1 0.800
# --8<-- [end:train]

# --8<-- [start:after]
after = trainer.evaluate(test_set, metric_key_prefix="test")
print({name: round(after[name], 3) for name in ["test_loss", "test_accuracy"]})
#> {'test_loss': 0.431, 'test_accuracy': 0.833}
print(f"F1 before {before['test_f1']:.3f}, after {after['test_f1']:.3f}")
#> F1 before 0.552, after 0.840

output = trainer.predict(test_set)
correct = output.predictions.argmax(axis=-1) == output.label_ids
langs = np.array(raw_datasets["test"]["lang"])
for lang in ["en", "zh"]:
    share = correct[langs == lang].mean()
    print(f"{lang}: accuracy {share:.3f} on {(langs == lang).sum()} pairs")
    #> en: accuracy 0.867 on 30 pairs
    #> zh: accuracy 0.778 on 18 pairs
# --8<-- [end:after]
