# --8<-- [start:prefill]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

messages = [{"role": "user", "content": "用一句话描写秋天。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
inputs = tokenizer(prompt, return_tensors="pt")

# Prefill: the whole prompt goes through the model in one forward pass.
with torch.no_grad():
    out = model(**inputs, use_cache=True)
print(inputs.input_ids.shape, out.logits.shape)
#> torch.Size([1, 34]) torch.Size([1, 34, 151936])

# Only the last position matters: its scores are for the next token.
probs = out.logits[0, -1].softmax(dim=-1)
top = probs.topk(3)
for p, token_id in zip(top.values, top.indices):
    print(f"{p:.3f} {tokenizer.decode(token_id)!r}")
    #> 0.668 '秋天'
    #> 0.246 '秋'
    #> 0.019 '落叶'
# --8<-- [end:prefill]

# --8<-- [start:decode]
# Decode: one new token per forward pass; the cache stands in for the past.
cache = out.cache
next_id = out.logits[0, -1].argmax()  # greedy: take the most likely token
generated = [next_id.item()]
while next_id.item() != tokenizer.eos_token_id and len(generated) < 30:
    with torch.no_grad():
        out = model(input_ids=next_id.view(1, 1), cache=cache)
    cache = out.cache
    next_id = out.logits[0, -1].argmax()
    generated.append(next_id.item())

print(len(generated), out.logits.shape)
#> 17 torch.Size([1, 1, 151936])
print([tokenizer.decode(t) for t in generated[:6]])
#> ['秋天', '的', '落叶', '飘', '落', '，']
print(tokenizer.decode(generated, skip_special_tokens=True))
#> 秋天的落叶飘落，金黄的果实成熟，丰收的景象。

# generate() runs the same loop for us.
result = model.generate(**inputs, max_new_tokens=30, do_sample=False)
print(result[0, inputs.input_ids.shape[1]:].tolist() == generated)
#> True
# --8<-- [end:decode]
