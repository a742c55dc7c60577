# --8<-- [start:inspect]
import time

import matplotlib
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from transformers.generation.streamers import BaseStreamer

matplotlib.use("Agg")
import matplotlib.pyplot as plt

model_id = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)
messages = [
    {"role": "system", "content": "You write short stories."},
    {"role": "user", "content": "A robot who paints."},
]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
inputs = tokenizer(prompt, return_tensors="pt")

with torch.no_grad():
    out = model(**inputs, use_cache=True)
cache = out.cache
print(inputs.input_ids.shape[1], len(cache.layers))
#> 24 30
# One tensor of keys and one of values per layer:
# (batch, key/value heads, positions, head size)
print(cache.layers[0].keys.shape, cache.layers[0].values.shape)
#> torch.Size([1, 3, 24, 64]) torch.Size([1, 3, 24, 64])

config = model.config
# keys and values, for every layer and every key/value head
layers, heads = config.num_hidden_layers, config.num_key_value_heads
per_token = 2 * layers * heads * config.head_dim
print(per_token, "numbers per token")
#> 11520 numbers per token
print(f"{per_token * 4 * 8192 / 2**20:.0f} MiB for 8192 tokens in float32")
#> 360 MiB for 8192 tokens in float32
# --8<-- [end:inspect]


# --8<-- [start:timing]
class Stopwatch(BaseStreamer):
    """generate() hands each new token to its streamer: note the time."""

    def __init__(self):
        self.times = []

    def put(self, value):
        self.times.append(time.perf_counter())

    def end(self):
        pass


def timed(use_cache):
    watch = Stopwatch()
    ids = model.generate(
        **inputs, max_new_tokens=64, min_new_tokens=64, do_sample=False,
        use_cache=use_cache, streamer=watch,
    )
    # times[0]: the prompt was handed over; then one entry per new token
    return ids, [b - a for a, b in zip(watch.times, watch.times[1:])]


model.generate(**inputs, max_new_tokens=4, do_sample=False)  # warm-up
ids_cached, steps_cached = timed(use_cache=True)
ids_plain, steps_plain = timed(use_cache=False)
cached_seconds, no_cache_seconds = sum(steps_cached), sum(steps_plain)

print(torch.equal(ids_cached, ids_plain))
#> True
print(no_cache_seconds > cached_seconds)
#> True
# --8<-- [end:timing]

# --8<-- [start:figure]
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4))
for steps, label in [(steps_plain, "False"), (steps_cached, "True")]:
    milliseconds = [s * 1000 for s in steps]
    left.plot(range(1, 65), milliseconds, label=f"use_cache={label}")
left.set_xlabel("new token")
left.set_ylabel("milliseconds for this token")
left.set_ylim(bottom=0)
left.legend()
labels = ["use_cache=False", "use_cache=True"]
rates = [64 / no_cache_seconds, 64 / cached_seconds]
right.bar(labels, rates, color=["tab:blue", "tab:orange"])
right.set_ylabel("tokens per second")
fig.suptitle("SmolLM2-135M-Instruct, 64 new tokens, 2 CPU cores")
plt.savefig("kv-cache-timing.png", dpi=110, bbox_inches="tight")
# --8<-- [end:figure]
