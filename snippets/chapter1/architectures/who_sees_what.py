# --8<-- [start:encoder]
import torch
from transformers import AutoModel, AutoTokenizer

# Two sentences that differ only in their last word.
first = "The animal didn't cross the street because it was too tired."
second = "The animal didn't cross the street because it was too wide."


def vector_of(word, text, model, tokenizer):
    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**inputs).last_hidden_state[0]  # a vector per token
    words = [tokenizer.decode(i).strip() for i in inputs["input_ids"][0]]
    return hidden[words.index(word)]


def change_of(word, checkpoint):
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    model = AutoModel.from_pretrained(checkpoint)
    a = vector_of(word, first, model, tokenizer)
    b = vector_of(word, second, model, tokenizer)
    return (a - b).abs().max().item()


# Encoder: every token sees the whole sentence, the end included.
change = change_of("animal", "sentence-transformers/all-MiniLM-L6-v2")
print(f"all-MiniLM-L6-v2, largest change in 'animal': {change:.4f}")
#> all-MiniLM-L6-v2, largest change in 'animal': 0.3141
# --8<-- [end:encoder]

# --8<-- [start:decoder]
# Decoder: a token sees only what came before it.
change = change_of("animal", "HuggingFaceTB/SmolLM2-135M-Instruct")
print(f"SmolLM2-135M, largest change in 'animal': {change:.4f}")
#> SmolLM2-135M, largest change in 'animal': 0.0000
# --8<-- [end:decoder]
