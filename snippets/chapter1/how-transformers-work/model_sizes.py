# --8<-- [start:count]
from transformers import AutoModel

checkpoints = [
    "sentence-transformers/all-MiniLM-L6-v2",
    "HuggingFaceTB/SmolLM2-135M-Instruct",
    "google/gemma-3-270m",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
]
sizes = {}
for checkpoint in checkpoints:
    model = AutoModel.from_pretrained(checkpoint)  # the body, no task head
    n = model.num_parameters()
    sizes[checkpoint] = n
    share = model.get_input_embeddings().weight.numel() / n
    name = checkpoint.split("/")[1]
    gb = n * 4 / 1e9  # float32: 4 bytes per parameter
    print(f"{name:<28}{n / 1e6:6.1f} M {gb:5.2f} GB  embeddings {share:.0%}")
    #> all-MiniLM-L6-v2              22.7 M  0.09 GB  embeddings 52%
    #> SmolLM2-135M-Instruct        134.5 M  0.54 GB  embeddings 21%
    #> gemma-3-270m                 268.1 M  1.07 GB  embeddings 63%
    #> Qwen2.5-Coder-0.5B-Instruct  494.0 M  1.98 GB  embeddings 28%
    del model
# --8<-- [end:count]

# --8<-- [start:compute]
# Rule of thumb: training costs about 6 floating-point operations
# per parameter per token.
def training_flops(parameters, tokens):
    return 6 * parameters * tokens


# SmolLM2-135M saw 2T tokens; GPT-3 had 175B parameters and saw 300B.
smollm2 = training_flops(sizes["HuggingFaceTB/SmolLM2-135M-Instruct"], 2e12)
gpt3 = training_flops(175e9, 300e9)
print(f"SmolLM2-135M: {smollm2:.1e} FLOPs   GPT-3: {gpt3:.1e} FLOPs")
#> SmolLM2-135M: 1.6e+21 FLOPs   GPT-3: 3.2e+23 FLOPs

# Assume one GPU that sustains 400 TFLOP/s and draws 0.7 kW,
# on a grid that emits 0.4 kg of CO2 per kWh.
for name, flops in [("SmolLM2-135M", smollm2), ("GPT-3", gpt3)]:
    gpu_hours = flops / 400e12 / 3600
    kwh = gpu_hours * 0.7
    tonnes = kwh * 0.4 / 1000
    print(f"{name:<13}{gpu_hours:>9,.0f} GPU-hours{kwh:>9,.0f} kWh"
          f"{tonnes:>6,.1f} t CO2")
    #> SmolLM2-135M     1,121 GPU-hours      785 kWh   0.3 t CO2
    #> GPT-3          218,750 GPU-hours  153,125 kWh  61.2 t CO2
# --8<-- [end:compute]

# --8<-- [start:plot]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def year(month):  # "2019-02" -> 2019.083
    y, m = month.split("-")
    return int(y) + (int(m) - 1) / 12


# Published sizes and release months; then the shelf models counted above.
published = {
    "Transformer": ("2017-06", 65e6),
    "GPT": ("2018-06", 117e6),
    "BERT-large": ("2018-10", 340e6),
    "GPT-2": ("2019-02", 1.5e9),
    "DistilBERT": ("2019-10", 66e6),
    "T5-11B": ("2019-10", 11e9),
    "GPT-3": ("2020-05", 175e9),
    "MT-NLG": ("2021-10", 530e9),
    "Llama 2": ("2023-07", 70e9),
    "Llama 3.1": ("2024-07", 405e9),
}
released = {
    "sentence-transformers/all-MiniLM-L6-v2": "2021-08",
    "HuggingFaceTB/SmolLM2-135M-Instruct": "2024-11",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct": "2024-11",
    "google/gemma-3-270m": "2025-08",
}
fig, ax = plt.subplots(figsize=(8, 4.5))
for name, (month, n) in published.items():
    ax.scatter(year(month), n, color="tab:blue")
    ax.annotate(name, (year(month), n), xytext=(6, 3),
                textcoords="offset points", fontsize=8)
for checkpoint, n in sizes.items():
    x = year(released[checkpoint])
    ax.scatter(x, n, color="tab:orange", marker="s")
    ax.annotate(checkpoint.split("/")[1], (x, n), xytext=(-6, 3),
                textcoords="offset points", fontsize=8, ha="right")
ax.set_yscale("log")
ax.set_ylim(5e6, 3e12)
ticks = [1e7, 1e8, 1e9, 1e10, 1e11, 1e12]
ax.set_yticks(ticks, ["10M", "100M", "1B", "10B", "100B", "1T"])
ax.set_xlim(2017, 2026)
ax.set_xlabel("release")
ax.set_ylabel("parameters (log scale)")
ax.scatter([], [], color="tab:blue", label="published size")
ax.scatter([], [], color="tab:orange", marker="s",
           label="counted on this site's shelf")
ax.legend(loc="upper left", fontsize=8)
ax.grid(alpha=0.3)
plt.savefig("model-sizes-timeline.png", dpi=90, bbox_inches="tight")
# --8<-- [end:plot]
