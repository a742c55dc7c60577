# --8<-- [start:worker]
import json
import subprocess
import sys

# Each measurement runs in a fresh Python process, so that one model's memory
# does not count towards the next one's peak.
WORKER = """
import json, resource, sys, time
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

name, dtype = sys.argv[1], getattr(torch, sys.argv[2])
torch.set_num_threads(int(sys.argv[3]))
start = time.perf_counter()
tokenizer = AutoTokenizer.from_pretrained(name)
model = AutoModelForCausalLM.from_pretrained(name, dtype=dtype)
load_s = time.perf_counter() - start
ids = tokenizer("Salt has many uses in the kitchen:", return_tensors="pt")
model.generate(**ids, max_new_tokens=4, do_sample=False)  # warm-up
gen_s = float("inf")
for _ in range(3):  # the best of three: the others were disturbed by something
    start = time.perf_counter()
    out = model.generate(**ids, max_new_tokens=24, min_new_tokens=24,
                         do_sample=False)
    gen_s = min(gen_s, time.perf_counter() - start)
new_tokens = out.shape[1] - ids["input_ids"].shape[1]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(json.dumps({"params": model.num_parameters(), "load_s": load_s,
                  "tokens_per_s": new_tokens / gen_s,
                  "peak_mb": peak * 1024 / 1e6}))
"""


def measure(name, dtype, threads=2):
    command = [sys.executable, "-c", WORKER, name, dtype, str(threads)]
    done = subprocess.run(command, capture_output=True, text=True,
                          timeout=110, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])
# --8<-- [end:worker]


# --8<-- [start:measure]
models = ["HuggingFaceTB/SmolLM2-135M-Instruct", "google/gemma-3-270m",
          "Qwen/Qwen2.5-Coder-0.5B-Instruct"]
rows = []
for name in models:
    for dtype in ("float32", "bfloat16"):
        short = name.split("/")[1]
        rows.append({"model": short, "dtype": dtype, **measure(name, dtype)})
    print(f"{name:36} {rows[-1]['params']:>11,} parameters")
    #> HuggingFaceTB/SmolLM2-135M-Instruct  134,515,008 parameters
    #> google/gemma-3-270m                  268,098,176 parameters
    #> Qwen/Qwen2.5-Coder-0.5B-Instruct     630,167,424 parameters
# --8<-- [end:measure]

# --8<-- [start:table]
import matplotlib
import torch

matplotlib.use("Agg")
import matplotlib.pyplot as plt

header = ["model", "dtype", "weights\n(MB)", "load\n(s)", "peak RSS\n(MB)",
          "tokens/s"]
cells = []
for r in rows:
    weights_mb = r["params"] * (4 if r["dtype"] == "float32" else 2) / 1e6
    cells.append([r["model"], r["dtype"], f"{weights_mb:,.0f}",
                  f"{r['load_s']:.1f}", f"{r['peak_mb']:,.0f}",
                  f"{r['tokens_per_s']:.1f}"])
fig, ax = plt.subplots(figsize=(9, 0.4 * (len(cells) + 1) + 0.8))
ax.axis("off")
table = ax.table(cellText=cells, colLabels=header, loc="center",
                 cellLoc="right", colWidths=[0.32, 0.11, 0.11, 0.09, 0.12, 0.1])
table.auto_set_font_size(False)
table.set_fontsize(9)
table.scale(1, 1.6)
cpu = torch.backends.cpu.get_cpu_capability()
ax.set_title("Loaded from the shelf's float32 files; greedy generation of "
             f"24 tokens (best of 3), batch of 1, 2 threads, {cpu}", fontsize=10)
fig.tight_layout()
fig.savefig("production-cost-table.png", dpi=100)
# --8<-- [end:table]
