# --8<-- [start:quantize]
import io
import time

import matplotlib
import torch
from transformers import AutoModel, AutoTokenizer

matplotlib.use("Agg")
import matplotlib.pyplot as plt

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)

fp32 = AutoModel.from_pretrained(checkpoint)
bf16 = AutoModel.from_pretrained(checkpoint, dtype=torch.bfloat16)
int8 = torch.ao.quantization.quantize_dynamic(
    fp32, {torch.nn.Linear}, dtype=torch.qint8)
before = fp32.encoder.layer[0].attention.self.query
after = int8.encoder.layer[0].attention.self.query
print(type(before).__module__, before.weight.dtype)
#> torch.nn.modules.linear torch.float32
print(type(after).__module__, after.weight().dtype)
#> torch.ao.nn.quantized.dynamic.modules.linear torch.qint8
# --8<-- [end:quantize]

# --8<-- [start:size]
def saved_megabytes(model):
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    return buffer.getbuffer().nbytes / 1e6


models = {"float32": fp32, "bfloat16": bf16, "int8": int8}
sizes = {name: saved_megabytes(m) for name, m in models.items()}
for name, size in sizes.items():
    print(f"{name:9} {size:5.1f} MB")
    #> float32    90.9 MB
    #> bfloat16   45.5 MB
    #> int8       58.6 MB
# --8<-- [end:size]

# --8<-- [start:agree]
sentences = ["The weather is lovely today.", "It is sunny and warm outside.",
             "I need to fix my bicycle."]
inputs = tokenizer(sentences, padding=True, return_tensors="pt")


def embed(model):
    with torch.no_grad():
        hidden = model(**inputs).last_hidden_state.float()
    mask = inputs["attention_mask"].unsqueeze(-1).float()
    vectors = (hidden * mask).sum(dim=1) / mask.sum(dim=1)
    return torch.nn.functional.normalize(vectors, dim=-1)


for name, model in models.items():
    e = embed(model)
    scores = e @ e.T
    pair = f"sunny/lovely {scores[0, 1]:.3f}   bicycle/lovely {scores[0, 2]:.3f}"
    print(f"{name:9} {pair}")
    #> float32   sunny/lovely 0.705   bicycle/lovely 0.057
    #> bfloat16  sunny/lovely 0.704   bicycle/lovely 0.057
    #> int8      sunny/lovely 0.683   bicycle/lovely 0.150
# --8<-- [end:agree]

# --8<-- [start:timing]
ms = {}
for name, model in models.items():
    embed(model)  # warm-up
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        embed(model)
        best = min(best, time.perf_counter() - start)
    ms[name] = best * 1000

fig, (left, right) = plt.subplots(1, 2, figsize=(7, 3))
left.bar(list(sizes), list(sizes.values()), color="#3f51b5")
left.set_ylabel("MB on disk")
right.bar(list(ms), list(ms.values()), color="#ff7043")
right.set_ylabel("ms per batch of 3 (best of 5)")
fig.suptitle("all-MiniLM-L6-v2 on this CPU")
fig.tight_layout()
fig.savefig("ch2-precision.png", dpi=120)
# --8<-- [end:timing]
