# --8<-- [start:sample]
import re

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

torch.manual_seed(0)
checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
policy = AutoModelForCausalLM.from_pretrained(checkpoint)      # pi_theta
reference = AutoModelForCausalLM.from_pretrained(checkpoint)   # pi_ref
question = "What is 8 + 5? Reply with the number only."
inputs = tokenizer.apply_chat_template(
    [{"role": "user", "content": question}], add_generation_prompt=True,
    return_tensors="pt", return_dict=True)
G = 8  # the group: G answers to the same question
with torch.no_grad():
    ids = policy.generate(**inputs, do_sample=True, temperature=1.0,
                          max_new_tokens=24, num_return_sequences=G,
                          pad_token_id=tokenizer.eos_token_id)
start = inputs["input_ids"].shape[1]
texts = tokenizer.batch_decode(ids[:, start:], skip_special_tokens=True)


def reward(text):  # rules: 1 if the number only, as asked; 1 if right
    numbers = re.findall(r"-?\d+", text)
    number_only = re.fullmatch(r"\s*-?\d+\.?\s*", text) is not None
    return float(number_only) + float(bool(numbers) and numbers[-1] == "13")


rewards = torch.tensor([reward(t) for t in texts])
for r, t in zip(rewards.tolist(), texts):
    print(r, repr(t[:60]))
    #> 1.0 'The answer is 13 because there isn\'t a single "10 + 5 = 13" '
    #> 1.0 '8 + 5 equals 13, not 13.'
    #> 0.0 'The problem of adding an integer to itself five times is a c'
    #> 0.0 'This is a fundamental logical thinking problem that requires'
    #> 0.0 'What a delightful task! Here’s a more complex and logical wa'
    #> 0.0 "Here's a possible re-importer of 8 + 5: \n\nThe original expre"
    #> 0.0 'To add 8 + 5, you simply double the previous result. "8" dou'
    #> 0.0 '8 + 5 = 11.'
# --8<-- [end:sample]

# --8<-- [start:advantages]
advantages = (rewards - rewards.mean()) / (rewards.std() + 1e-4)
print("rewards   ", rewards.tolist())
#> rewards    [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
print("advantages", [round(a, 2) for a in advantages.tolist()])
#> advantages [1.62, 1.62, -0.54, -0.54, -0.54, -0.54, -0.54, -0.54]
print("sum of advantages:", round(advantages.sum().item(), 4) + 0.0)
#> sum of advantages: 0.0
# --8<-- [end:advantages]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 2, figsize=(8, 2.8), sharex=True)
answers = [f"o{i + 1}" for i in range(G)]
axes[0].bar(answers, rewards.tolist(), color="tab:blue")
axes[0].set_title("reward r_i (rules)")
colors = ["tab:green" if a > 0 else "tab:red" for a in advantages.tolist()]
axes[1].bar(answers, advantages.tolist(), color=colors)
axes[1].axhline(0, color="black", linewidth=0.8)
axes[1].set_title("advantage A_i = (r_i - mean) / std")
fig.tight_layout()
fig.savefig("chapter12-group-advantages.png", dpi=100)
# --8<-- [end:figure]

# --8<-- [start:objective]
def token_logprobs(model, ids):
    logits = model(ids).logits[:, start - 1:-1]
    logp = torch.log_softmax(logits.float(), dim=-1)
    return logp.gather(-1, ids[:, start:, None]).squeeze(-1)


def grpo_loss(logp, old_logp, ref_logp, advantages, mask,
              epsilon=0.2, beta=0.04):
    ratio = torch.exp(logp - old_logp)                  # pi_theta / pi_old
    clipped = torch.clamp(ratio, 1 - epsilon, 1 + epsilon)
    a = advantages[:, None]                             # A_i, every token
    surrogate = torch.min(ratio * a, clipped * a)       # min(r A, clip(r) A)
    log_ref_ratio = ref_logp - logp
    kl = torch.exp(log_ref_ratio) - log_ref_ratio - 1   # D_KL, per token
    per_token = surrogate - beta * kl
    per_answer = (per_token * mask).sum(1) / mask.sum(1)  # 1/|o_i| sum_t
    return -per_answer.mean()                           # 1/G sum_i, negated


# tokens up to and including the first end-of-turn token count
mask = (ids[:, start:] == tokenizer.eos_token_id).cumsum(1)
mask = ((mask == 0) | ((mask == 1) & (ids[:, start:] ==
                                       tokenizer.eos_token_id))).float()
with torch.no_grad():
    old_logp = token_logprobs(policy, ids)
    ref_logp = token_logprobs(reference, ids)
loss = grpo_loss(token_logprobs(policy, ids), old_logp, ref_logp,
                 advantages, mask)
print(f"loss at the first step: {loss.item():.4f}")
#> loss at the first step: 0.0000
# --8<-- [end:objective]

# --8<-- [start:step]
optimizer = torch.optim.AdamW(policy.parameters(), lr=1e-5)
loss.backward()
optimizer.step()
with torch.no_grad():
    new_logp = token_logprobs(policy, ids)
change = ((new_logp - old_logp) * mask).sum(1) / mask.sum(1)
for sign, name in ((1, "above"), (-1, "below")):
    chosen = sign * advantages > 0
    if chosen.any():
        print(f"answers {name} the group mean: mean log-prob change"
              f" {change[chosen].mean().item():+.3f}")
        #> answers above the group mean: mean log-prob change +0.235
        #> answers below the group mean: mean log-prob change -0.163
ratio = torch.exp(new_logp - old_logp)[mask.bool()]
print(f"ratio now between {ratio.min().item():.2f}"
      f" and {ratio.max().item():.2f}")
#> ratio now between 0.01 and 6.72
# --8<-- [end:step]
