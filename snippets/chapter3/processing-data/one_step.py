import torch
from torch.optim import AdamW
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    set_seed,
)

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
set_seed(42)
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=2
)

batch = tokenizer(
    ["The museum is closed on Mondays.", "The museum is closed on Mondays."],
    ["You cannot visit it on a Monday.", "The museum is free on Mondays."],
    padding=True,
    return_tensors="pt",
)
batch["labels"] = torch.tensor([1, 0])  # 1: same meaning, 0: different

optimizer = AdamW(model.parameters(), lr=1e-4)
for step in range(3):
    loss = model(**batch).loss  # with labels, the model returns the loss
    loss.backward()             # gradient of the loss for every parameter
    optimizer.step()            # move each parameter against its gradient
    optimizer.zero_grad()
    print(f"step {step}: loss {loss.item():.3f}")
    #> step 0: loss 0.696
    #> step 1: loss 0.674
    #> step 2: loss 0.631
