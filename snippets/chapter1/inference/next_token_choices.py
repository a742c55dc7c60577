# --8<-- [start:temperature]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

messages = [{"role": "user", "content": "给一只橘猫起个名字，只回答名字。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
with torch.no_grad():
    logits = model(**tokenizer(prompt, return_tensors="pt")).logits[0, -1]
print(logits.shape)
#> torch.Size([151936])


def top(probs, k=4):
    values, ids = probs.topk(k)
    pairs = [f"{tokenizer.decode(i)} {p:.3f}" for p, i in zip(values, ids)]
    return "  ".join(pairs)


# Temperature divides the scores before softmax.
for temperature in (0.5, 1.0, 1.5):
    print(temperature, top((logits / temperature).softmax(dim=-1)))
    #> 0.5 橘 0.935  小 0.035  橙 0.010  红 0.002
    #> 1.0 橘 0.307  小 0.059  橙 0.032  红 0.015
    #> 1.5 橘 0.042  小 0.014  橙 0.009  红 0.006
# --8<-- [end:temperature]

# --8<-- [start:top-k-top-p]
probs = logits.softmax(dim=-1)
ranked = probs.sort(descending=True).values

# top-k keeps a fixed number of candidates; how much probability do they hold?
print(f"top-50 hold {ranked[:50].sum():.3f}")
#> top-50 hold 0.643

# top-p keeps the fewest candidates that together reach p.
print(int((ranked.cumsum(dim=0) < 0.9).sum()) + 1, "tokens reach p=0.9")
#> 632 tokens reach p=0.9
# --8<-- [end:top-k-top-p]
