# --8<-- [start:setup]
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    Trainer,
    TrainingArguments,
    set_seed,
)

matplotlib.use("Agg")  # draw into files, no window

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
raw_datasets = load_dataset(
    "json",
    data_files={
        "train": "paraphrase-pairs/train.jsonl",
        "validation": "paraphrase-pairs/validation.jsonl",
    },
)
tokenizer = AutoTokenizer.from_pretrained(checkpoint)


def tokenize_function(batch):
    return tokenizer(
        batch["sentence1"], batch["sentence2"], truncation=True, max_length=64
    )


tokenized_datasets = raw_datasets.map(tokenize_function, batched=True)


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": (np.argmax(logits, axis=-1) == labels).mean()}
# --8<-- [end:setup]


# --8<-- [start:run]
small_train = tokenized_datasets["train"].select(range(24))  # not 224
print(sum(small_train["label"]), "paraphrases among", len(small_train))
#> 14 paraphrases among 24

set_seed(42)
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=2
)
training_args = TrainingArguments(
    output_dir="ch3-overfitting",
    eval_strategy="epoch",     # 3 steps per epoch now
    logging_strategy="epoch",
    save_strategy="no",
    learning_rate=1e-4,
    lr_scheduler_type="constant",  # no decay: full speed to the end
    num_train_epochs=12,
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
    train_dataset=small_train,
    eval_dataset=tokenized_datasets["validation"],
    data_collator=DataCollatorWithPadding(tokenizer=tokenizer),
    compute_metrics=compute_metrics,
)
trainer.train()
# --8<-- [end:run]

history = trainer.state.log_history
train_log = [(r["epoch"], r["loss"]) for r in history if "loss" in r]
eval_log = [
    (r["epoch"], r["eval_loss"], r["eval_accuracy"])
    for r in history
    if "eval_loss" in r
]


def plot_curves(train_log, eval_log, title, filename):
    epochs, losses = zip(*train_log)
    eval_epochs, eval_losses, accuracies = zip(*eval_log)
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4))
    left.plot(epochs, losses, marker="o", label="training loss")
    left.plot(eval_epochs, eval_losses, marker="s", label="validation loss")
    left.set(xlabel="epoch", ylabel="loss", ylim=(0, 1.6))
    left.legend()
    right.plot(eval_epochs, accuracies, marker="s", color="tab:green")
    right.set(xlabel="epoch", ylabel="validation accuracy", ylim=(0.4, 1.0))
    for ax in (left, right):
        ax.grid(alpha=0.3)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(filename, dpi=110)


# --8<-- [start:report]
title = "lr 1e-4, 24 training pairs, 12 epochs"
plot_curves(train_log, eval_log, title, "ch3-curves-overfitting.png")

for (epoch, loss), (_, val_loss, accuracy) in zip(train_log, eval_log):
    if epoch in (1, 4, 8, 12):
        val = f"val loss {val_loss:.3f}, accuracy {accuracy:.3f}"
        print(f"epoch {epoch:.0f}: train loss {loss:.3f}, {val}")
        #> epoch 1: train loss 0.705, val loss 0.693, accuracy 0.521
        #> epoch 4: train loss 0.544, val loss 0.703, accuracy 0.542
        #> epoch 8: train loss 0.106, val loss 0.857, accuracy 0.500
        #> epoch 12: train loss 0.012, val loss 1.497, accuracy 0.562
# --8<-- [end:report]
