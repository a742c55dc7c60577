import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)

inputs = tokenizer("The capital of France is", return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs, output_hidden_states=True)
    hidden = outputs.hidden_states[-1]  # what the body hands to the head
    by_hand = model.lm_head(hidden)
print(tuple(hidden.shape), "->", tuple(outputs.logits.shape))
print(model.lm_head)
print("logits = lm_head(hidden):", torch.allclose(by_hand, outputs.logits, atol=1e-4))
print("tied to the embeddings:", model.config.tie_word_embeddings)

# Only the last position matters for what comes next.
probs = outputs.logits[0, -1].softmax(dim=-1)
top = probs.topk(3)
for p, i in zip(top.values, top.indices):
    print(f"{tokenizer.decode(i)!r:>10} {p:.2f}")
