import time

import matplotlib
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, LogitsProcessor

matplotlib.use("Agg")
import matplotlib.pyplot as plt

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)


class Clock(LogitsProcessor):
    """Does not change the scores; notes the time at every generation step."""

    def __init__(self):
        self.times = [time.perf_counter()]

    def __call__(self, input_ids, scores):
        self.times.append(time.perf_counter())
        return scores


inputs = tokenizer("Here is a short story about a robot who learns to cook:",
                   return_tensors="pt")
with torch.no_grad():  # warm-up: the first call pays one-off set-up costs
    model.generate(**inputs, max_new_tokens=5, do_sample=False)

outputs, clocks = {}, {}
for use_cache in [True, False]:
    clock = Clock()
    with torch.no_grad():
        outputs[use_cache] = model.generate(
            **inputs, max_new_tokens=48, do_sample=False,
            use_cache=use_cache, logits_processor=[clock])
    clocks[use_cache] = clock

print("same tokens:", torch.equal(outputs[True], outputs[False]))
#> same tokens: True
n = inputs["input_ids"].shape[1]
print(outputs[True].shape[1] - n, "new tokens")
#> 48 new tokens

plt.figure(figsize=(6, 3.2))
for use_cache, label in [(True, "with KV cache"), (False, "without cache")]:
    t = clocks[use_cache].times
    plt.plot(range(len(t)), [x - t[0] for x in t], marker=".", label=label)
plt.xticks(range(0, 49, 8))
plt.xlabel("tokens generated")
plt.ylabel("seconds since start")
plt.title("SmolLM2-135M, greedy decoding on this CPU")
plt.legend()
plt.tight_layout()
plt.savefig("ch2-kv-cache.png", dpi=120)
