import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)

ids = tokenizer("I drink tea every morning.")["input_ids"]
input_ids = torch.tensor(ids)
print(tuple(input_ids.shape))
#> (8,)
try:
    model(input_ids)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: not enough values to unpack (expected 2, got 1)

batch = input_ids.unsqueeze(0)  # or torch.tensor([ids])
print(tuple(batch.shape))
#> (1, 8)
print(tuple(model(batch).last_hidden_state.shape))
#> (1, 8, 384)

# The tokenizer adds the batch dimension itself when asked for tensors.
inputs = tokenizer("I drink tea every morning.", return_tensors="pt")
print(tuple(inputs["input_ids"].shape))
#> (1, 8)
