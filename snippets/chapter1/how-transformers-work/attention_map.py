# --8<-- [start:run]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
# "eager" computes attention step by step, so it can return the weights.
model = AutoModel.from_pretrained(checkpoint, attn_implementation="eager")

sentence = "The animal didn't cross the street because it was too tired."
inputs = tokenizer(sentence, return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs, output_attentions=True, output_hidden_states=True)

tokens = tokenizer.convert_ids_to_tokens(inputs["input_ids"][0])
print(len(tokens), "tokens")
#> 16 tokens
print(" ".join(tokens))
#> [CLS] the animal didn ' t cross the street because it was too tired . [SEP]
shape = tuple(outputs.attentions[0].shape)
print(len(outputs.attentions), "layers, each", shape)
#> 6 layers, each (1, 12, 16, 16)
# --8<-- [end:run]

# --8<-- [start:it]
last = outputs.attentions[-1][0]  # last layer: (heads, tokens, tokens)
row = last[11, tokens.index("it")]  # head 11: where "it" looks
for weight, j in zip(*row.topk(3)):
    print(f"{tokens[j]:>8} {weight:.2f}")
    #>   animal 0.67
    #>    [CLS] 0.13
    #>    tired 0.04
# For every token (row): which token gets its largest weight in head 11?
favourite = [tokens[j] for j in last[11].argmax(dim=-1)]
print({t: favourite.count(t) for t in sorted(set(favourite))})
#> {'[CLS]': 6, 'animal': 10}
# --8<-- [end:it]

# --8<-- [start:qkv]
attention = model.encoder.layer[-1].attention.self  # the last layer's attention
x = outputs.hidden_states[-2][0]  # what that layer receives: (16 tokens, 384)
heads, size = 12, 384 // 12  # 12 heads of 32 dimensions each
q = attention.query(x).view(-1, heads, size).transpose(0, 1)  # (12, 16, 32)
k = attention.key(x).view(-1, heads, size).transpose(0, 1)
scores = q @ k.transpose(1, 2) / size**0.5  # every query against every key
weights = scores.softmax(dim=-1)  # (12, 16, 16): each row sums to 1
print(tuple(q.shape), tuple(weights.shape))
#> (12, 16, 32) (12, 16, 16)
print("same as the model's weights:", torch.allclose(weights, last, atol=1e-5))
#> same as the model's weights: True
# --8<-- [end:qkv]

# --8<-- [start:plot]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 2, figsize=(13, 6))
panels = [
    (last.mean(dim=0), "last layer, average of 12 heads"),
    (last[11], "last layer, head 11"),
]
for ax, (weights, title) in zip(axes, panels):
    ax.imshow(weights.numpy(), cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(tokens)), tokens, rotation=90)
    ax.set_yticks(range(len(tokens)), tokens)
    ax.set_xlabel("attended token")
    ax.set_ylabel("token being updated")
    ax.set_title(title)
plt.savefig("attention-map-minilm.png", dpi=80, bbox_inches="tight")
# --8<-- [end:plot]

# --8<-- [start:wide]
sentence = "The animal didn't cross the street because it was too wide."
inputs = tokenizer(sentence, return_tensors="pt")
with torch.no_grad():
    last = model(**inputs, output_attentions=True).attentions[-1][0]
tokens = tokenizer.convert_ids_to_tokens(inputs["input_ids"][0])
row = last[11, tokens.index("it")]
for weight, j in zip(*row.topk(3)):
    print(f"{tokens[j]:>8} {weight:.2f}")
    #>   animal 0.56
    #>    [CLS] 0.19
    #>   street 0.04
# --8<-- [end:wide]
