# --8<-- [start:pad]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)

prompts = [
    "The capital of France is",
    "After a long day at work, I like to drink a cup of",
]

print(tokenizer.pad_token, tokenizer.pad_token_id, tokenizer.padding_side)
#> <|im_end|> 2 right
tokenizer.padding_side = "left"  # every row now ends with a real token
batch = tokenizer(prompts, padding=True, return_tensors="pt")
print(batch["input_ids"][0].tolist())
#> [2, 2, 2, 2, 2, 2, 2, 2, 2, 504, 3575, 282, 4649, 314]
print(batch["attention_mask"][0].tolist())
#> [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
# --8<-- [end:pad]

# --8<-- [start:compare]
with torch.no_grad():
    alone = []
    for prompt in prompts:
        single = tokenizer(prompt, return_tensors="pt")  # no padding
        alone.append(model(**single).logits[0, -1])
    together = model(**batch).logits[:, -1]
    unmasked = model(input_ids=batch["input_ids"]).logits[:, -1]  # mask left out

print([torch.allclose(a, b, atol=1e-4) for a, b in zip(alone, together)])
#> [True, True]


def best(logits):
    probs = logits.softmax(dim=-1)
    return f"{tokenizer.decode(probs.argmax())!r} {probs.max():.3f}"


for i in range(len(prompts)):
    row = f"alone {best(alone[i])} | batch {best(together[i])}"
    print(f"{row} | no mask {best(unmasked[i])}")
    #> alone ' Paris' 0.773 | batch ' Paris' 0.773 | no mask ' a' 0.251
    #> alone ' coffee' 0.427 | batch ' coffee' 0.427 | no mask ' coffee' 0.427
# --8<-- [end:compare]
