# --8<-- [start:run]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(
    checkpoint, attn_implementation="eager"
)

sentence = "The animal didn't cross the street because it was too tired."
inputs = tokenizer(sentence, return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs, output_attentions=True)
tokens = [tokenizer.decode(i) for i in inputs["input_ids"][0]]

last = outputs.attentions[-1][0]  # (heads, tokens, tokens)
print(len(outputs.attentions), "layers, each", tuple(last.shape))
#> 30 layers, each (9, 13, 13)
# The causal mask: no token may attend to a token that comes after it.
print("weight above the diagonal:", last.triu(diagonal=1).sum().item())
#> weight above the diagonal: 0.0
for row in last.mean(dim=0)[:5, :5]:  # first 5 tokens, mean of the heads
    print(" ".join(f"{w:.2f}" for w in row))
    #> 1.00 0.00 0.00 0.00 0.00
    #> 0.82 0.18 0.00 0.00 0.00
    #> 0.77 0.06 0.17 0.00 0.00
    #> 0.76 0.04 0.03 0.17 0.00
    #> 0.68 0.03 0.01 0.05 0.23
# --8<-- [end:run]

# --8<-- [start:plot]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(5.5, 5))
ax.imshow(last.mean(dim=0).numpy(), cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(len(tokens)), tokens, rotation=90)
ax.set_yticks(range(len(tokens)), tokens)
ax.set_xlabel("attended token")
ax.set_ylabel("token being updated")
ax.set_title("SmolLM2-135M, last layer, average of 9 heads")
plt.savefig("attention-map-smollm2.png", dpi=90, bbox_inches="tight")
# --8<-- [end:plot]
