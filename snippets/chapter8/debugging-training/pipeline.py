# --8<-- [start:setup]
import numpy as np
from datasets import load_dataset
from sklearn.metrics import accuracy_score
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    Trainer,
    TrainingArguments,
    set_seed,
)

# Chapter 3's training: MiniLM on the paraphrase pairs
checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
raw = load_dataset("json", data_files={"train": "paraphrase-pairs/train.jsonl",
                                       "validation": "paraphrase-pairs/validation.jsonl"})
tokenizer = AutoTokenizer.from_pretrained(checkpoint)


def tokenize(batch):
    return tokenizer(batch["sentence1"], batch["sentence2"], truncation=True, max_length=64)


def new_trainer(train, lr=1e-4, epochs=1, **kwargs):
    set_seed(0)
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint, num_labels=2)
    args = TrainingArguments("ch8-debug", learning_rate=lr, num_train_epochs=epochs,
                             per_device_train_batch_size=8, seed=0, use_cpu=True,
                             report_to="none", save_strategy="no", logging_strategy="no",
                             disable_tqdm=True)
    return Trainer(model=model, args=args, train_dataset=train, **kwargs)
# --8<-- [end:setup]

# --8<-- [start:no-labels]
# Bug 1: remove_columns removes the label column along with the texts
tokenized = raw.map(tokenize, batched=True, remove_columns=raw["train"].column_names)
collator = DataCollatorWithPadding(tokenizer)
try:
    new_trainer(tokenized["train"], data_collator=collator).train()
except ValueError as error:
    print(error)
    '''
    The model did not return a loss from the inputs, only the following keys: logits. For reference, the inputs it received are input_ids,token_type_ids,attention_mask.
    '''
print(tokenized["train"].column_names)
#> ['input_ids', 'token_type_ids', 'attention_mask']
# --8<-- [end:no-labels]

# --8<-- [start:labels-fixed]
tokenized = raw.map(tokenize, batched=True, remove_columns=["idx", "lang", "sentence1", "sentence2"])
print(tokenized["train"].column_names)
#> ['label', 'input_ids', 'token_type_ids', 'attention_mask']
# --8<-- [end:labels-fixed]

# --8<-- [start:no-padding]
# Bug 2: no collator and no tokenizer given: Trainer can't pad the batches
trainer = new_trainer(tokenized["train"])
try:
    batch = next(iter(trainer.get_train_dataloader()))  # look at one batch first
except ValueError as error:
    print(str(error).splitlines()[0])
    #> expected sequence of length 23 at dim 1 (got 17)
print([len(tokenized["train"][i]["input_ids"]) for i in range(4)])
#> [20, 25, 33, 23]
# --8<-- [end:no-padding]

# --8<-- [start:padding-fixed]
trainer = new_trainer(tokenized["train"], data_collator=collator)
batch = next(iter(trainer.get_train_dataloader()))
print({name: tuple(tensor.shape) for name, tensor in batch.items()})
'''
{'input_ids': (8, 29), 'token_type_ids': (8, 29), 'attention_mask': (8, 29), 'labels': (8,)}
'''
# --8<-- [end:padding-fixed]

# --8<-- [start:metric]
# Bug 3: the metric is given logits instead of class ids (with chapter 3's
# eval_strategy="epoch", it would crash only after a whole epoch of training)
def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": accuracy_score(labels, logits)}


trainer = new_trainer(tokenized["train"], data_collator=collator,
                      eval_dataset=tokenized["validation"], compute_metrics=compute_metrics)
try:
    trainer.evaluate()  # evaluate once before training: a crash costs seconds, not an epoch
except ValueError as error:
    print(error)
    '''
    Classification metrics can't handle a mix of binary and continuous-multioutput targets
    '''
# --8<-- [end:metric]

# --8<-- [start:metric-fixed]
def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": accuracy_score(labels, np.argmax(logits, axis=-1))}


trainer.compute_metrics = compute_metrics
print(round(trainer.evaluate()["eval_accuracy"], 2))
#> 0.56
# --8<-- [end:metric-fixed]

# --8<-- [start:learning-rate]
# Bug 4: a learning rate far too high
for lr in (1.0, 1e-4):
    trainer = new_trainer(tokenized["train"], lr=lr, epochs=3, data_collator=collator,
                          eval_dataset=tokenized["validation"], compute_metrics=compute_metrics)
    trainer.train()
    predictions = trainer.predict(tokenized["validation"]).predictions.argmax(-1)
    accuracy = trainer.evaluate()["eval_accuracy"]
    print(f"lr={lr}: accuracy {accuracy:.2f}, classes predicted {len(set(predictions))}")
    #> lr=1.0: accuracy 0.50, classes predicted 1
    #> lr=0.0001: accuracy 0.79, classes predicted 2
# --8<-- [end:learning-rate]

# --8<-- [start:overfit]
# A sanity check: can the model learn one batch by heart?
one_batch = tokenized["train"].select(range(8))
trainer = new_trainer(one_batch, epochs=25, data_collator=collator,
                      eval_dataset=one_batch, compute_metrics=compute_metrics)
print(round(trainer.evaluate()["eval_accuracy"], 2))
#> 0.62
trainer.train()
print(round(trainer.evaluate()["eval_accuracy"], 2))
#> 1.0
# --8<-- [end:overfit]
