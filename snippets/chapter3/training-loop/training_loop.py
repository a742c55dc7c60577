# --8<-- [start:setup]
import torch
import transformers
from datasets import load_dataset
from torch.optim import AdamW
from torch.utils.data import DataLoader
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    get_scheduler,
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

# --8<-- [start:prepare]
tokenized_datasets = tokenized_datasets.remove_columns(
    ["idx", "lang", "sentence1", "sentence2"]
)
tokenized_datasets = tokenized_datasets.rename_column("label", "labels")
tokenized_datasets.set_format("torch")
print(tokenized_datasets["train"].column_names)
#> ['labels', 'input_ids', 'token_type_ids', 'attention_mask']
# --8<-- [end:prepare]

# --8<-- [start:loaders]
set_seed(42)
train_dataloader = DataLoader(
    tokenized_datasets["train"],
    shuffle=True,
    batch_size=8,
    collate_fn=data_collator,
    generator=torch.Generator().manual_seed(42),  # same order on every run
)
eval_dataloader = DataLoader(
    tokenized_datasets["validation"], batch_size=32, collate_fn=data_collator
)
test_dataloader = DataLoader(
    tokenized_datasets["test"], batch_size=32, collate_fn=data_collator
)

batch = next(iter(train_dataloader))
print({name: tuple(tensor.shape) for name, tensor in batch.items()})
'''
{'labels': (8,), 'input_ids': (8, 32), 'token_type_ids': (8, 32), 'attention_mask': (8, 32)}
'''
# --8<-- [end:loaders]

# --8<-- [start:forward]
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=2
)
outputs = model(**batch)
print(f"loss {outputs.loss.item():.3f}, logits {tuple(outputs.logits.shape)}")
#> loss 0.697, logits (8, 2)
# --8<-- [end:forward]

# --8<-- [start:optimizer]
print(hasattr(transformers, "AdamW"))  # gone: use torch.optim.AdamW
#> False
optimizer = AdamW(model.parameters(), lr=1e-4)

num_epochs = 3
num_training_steps = num_epochs * len(train_dataloader)
lr_scheduler = get_scheduler(
    "linear",
    optimizer=optimizer,
    num_warmup_steps=0,
    num_training_steps=num_training_steps,
)
print(len(train_dataloader), num_training_steps)
#> 28 84
# --8<-- [end:optimizer]

# --8<-- [start:evaluate]
use_gpu = torch.cuda.is_available()
device = torch.device("cuda") if use_gpu else torch.device("cpu")
model.to(device)


def evaluate(dataloader):
    model.eval()
    correct, total, loss_sum = 0, 0, 0.0
    for batch in dataloader:
        batch = {name: tensor.to(device) for name, tensor in batch.items()}
        with torch.no_grad():
            outputs = model(**batch)
        predictions = outputs.logits.argmax(dim=-1)
        correct += (predictions == batch["labels"]).sum().item()
        total += len(batch["labels"])
        loss_sum += outputs.loss.item() * len(batch["labels"])
    return loss_sum / total, correct / total


loss, accuracy = evaluate(test_dataloader)
print(f"before training: test loss {loss:.3f}, accuracy {accuracy:.3f}")
#> before training: test loss 0.694, accuracy 0.458
# --8<-- [end:evaluate]

# --8<-- [start:train]
for epoch in range(num_epochs):
    model.train()
    losses = []
    for batch in train_dataloader:
        batch = {name: tensor.to(device) for name, tensor in batch.items()}
        outputs = model(**batch)
        outputs.loss.backward()

        optimizer.step()
        lr_scheduler.step()
        optimizer.zero_grad()
        losses.append(outputs.loss.item())

    train_loss = sum(losses) / len(losses)
    val_loss, val_accuracy = evaluate(eval_dataloader)
    val = f"val loss {val_loss:.3f}, accuracy {val_accuracy:.3f}"
    print(f"epoch {epoch + 1}: train loss {train_loss:.3f}, {val}")
    #> epoch 1: train loss 0.696, val loss 0.673, accuracy 0.729
    #> epoch 2: train loss 0.621, val loss 0.515, accuracy 0.771
    #> epoch 3: train loss 0.464, val loss 0.471, accuracy 0.812

loss, accuracy = evaluate(test_dataloader)
print(f"after training: test loss {loss:.3f}, accuracy {accuracy:.3f}")
#> after training: test loss 0.434, accuracy 0.833
# --8<-- [end:train]
