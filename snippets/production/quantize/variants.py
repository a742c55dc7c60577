# --8<-- [start:export]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)


class Embedder(torch.nn.Module):
    """Token ids in, one unit-length sentence vector out (mean pooling)."""

    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids, attention_mask):
        out = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
        hidden = out.last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1)
        return torch.nn.functional.normalize(pooled.float(), dim=-1)


fp32 = Embedder(AutoModel.from_pretrained(checkpoint)).eval()
sample = tokenizer(["Export once.", "Then run it anywhere."], padding=True,
                   return_tensors="pt")
axes = {0: "batch", 1: "tokens"}
torch.onnx.export(fp32, (sample["input_ids"], sample["attention_mask"]),
                  "minilm.onnx", dynamo=True, external_data=False,
                  verbose=False,
                  input_names=["input_ids", "attention_mask"],
                  output_names=["sentence_embedding"],
                  dynamic_shapes=(axes, axes))
# --8<-- [end:export]

# --8<-- [start:onnx-int8]
from onnxruntime.quantization import QuantType, quantize_dynamic

# The defaults: every operator type ORT can quantize, one scale per tensor.
quantize_dynamic("minilm.onnx", "minilm-int8.onnx",
                 weight_type=QuantType.QInt8)
# Only the matrix multiplications, with one scale per output channel.
quantize_dynamic("minilm.onnx", "minilm-int8-matmul.onnx",
                 weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                 per_channel=True)

from collections import Counter

import onnx

for path in ("minilm.onnx", "minilm-int8.onnx", "minilm-int8-matmul.onnx"):
    ops = Counter(node.op_type for node in onnx.load(path).graph.node)
    kinds = ("MatMul", "MatMulInteger", "DynamicQuantizeLinear")
    counts = ", ".join(f"{op} {ops[op]}" for op in kinds if ops[op])
    print(f"{path.removesuffix('.onnx'):19} {counts}")
    #> minilm              MatMul 48
    #> minilm-int8         MatMul 12, MatMulInteger 36, DynamicQuantizeLinear 24
    #> minilm-int8-matmul  MatMul 12, MatMulInteger 36, DynamicQuantizeLinear 24
# --8<-- [end:onnx-int8]

# --8<-- [start:torch]
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # torch.ao: see below
    torch_int8 = torch.ao.quantization.quantize_dynamic(
        Embedder(AutoModel.from_pretrained(checkpoint)).eval(),
        {torch.nn.Linear}, dtype=torch.qint8)
bf16 = AutoModel.from_pretrained(checkpoint, dtype=torch.bfloat16)
bf16 = Embedder(bf16).eval()
# --8<-- [end:torch]

# --8<-- [start:size]
import io
import os

import onnxruntime as ort


def saved_mb(model):
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    return buffer.getbuffer().nbytes / 1e6


options = ort.SessionOptions()
options.intra_op_num_threads = torch.get_num_threads()  # as many as PyTorch


def onnx_runner(path):
    session = ort.InferenceSession(path, options,
                                   providers=["CPUExecutionProvider"])

    def run(ids, mask):
        feed = {"input_ids": ids.numpy(), "attention_mask": mask.numpy()}
        return session.run(None, feed)[0]
    return run


def torch_runner(model):
    def run(ids, mask):
        with torch.no_grad():
            return model(ids, mask).numpy()
    return run


def file_mb(path):
    return os.path.getsize(path) / 1e6


variants = {  # name: (how to run it, megabytes on disk)
    "torch fp32": (torch_runner(fp32), saved_mb(fp32)),
    "torch bf16": (torch_runner(bf16), saved_mb(bf16)),
    "torch.ao int8": (torch_runner(torch_int8), saved_mb(torch_int8)),
    "ORT fp32": (onnx_runner("minilm.onnx"), file_mb("minilm.onnx")),
    "ORT int8": (onnx_runner("minilm-int8.onnx"), file_mb("minilm-int8.onnx")),
    "ORT int8 MatMul": (onnx_runner("minilm-int8-matmul.onnx"),
                        file_mb("minilm-int8-matmul.onnx")),
}
for name, (_, mb) in variants.items():
    print(f"{name:16} {mb:5.1f} MB")
    #> torch fp32        90.9 MB
    #> torch bf16        45.5 MB
    #> torch.ao int8     58.6 MB
    #> ORT fp32          91.0 MB
    #> ORT int8          23.3 MB
    #> ORT int8 MatMul   59.2 MB
# --8<-- [end:size]

# --8<-- [start:agree]
import numpy as np
from datasets import load_dataset
from sklearn.linear_model import LogisticRegression

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
split = news.train_test_split(test_size=0.3, seed=0)
train_titles = list(split["train"]["title"])
train_topics = list(split["train"]["topic"])
test_titles = list(split["test"]["title"])
test_topics = list(split["test"]["topic"])


def embed(run, texts, batch_size=64):
    parts = []
    for start in range(0, len(texts), batch_size):
        enc = tokenizer(texts[start : start + batch_size], padding=True,
                        truncation=True, return_tensors="pt")
        parts.append(run(enc["input_ids"], enc["attention_mask"]))
    return np.concatenate(parts)


# A topic classifier on float32 embeddings of the training headlines ...
train_x = embed(variants["torch fp32"][0], train_titles)
classifier = LogisticRegression(max_iter=2000).fit(train_x, train_topics)
reference = embed(variants["torch fp32"][0], test_titles)
expected = classifier.predict(reference)
# ... fed test headlines embedded by each variant.
for name, (run, _) in variants.items():
    vectors = embed(run, test_titles)
    cosine = (vectors * reference).sum(axis=1)
    predicted = classifier.predict(vectors)
    accuracy = (predicted == np.array(test_topics)).mean()
    same = (predicted == expected).mean()
    print(f"{name:16} cosine mean {cosine.mean():.3f} min {cosine.min():.2f}"
          f"  accuracy {accuracy:.2f}  same as fp32 {same:.2f}")
    #> torch fp32       cosine mean 1.000 min 1.00  accuracy 0.88  same as fp32 1.00
    #> torch bf16       cosine mean 1.000 min 1.00  accuracy 0.88  same as fp32 1.00
    #> torch.ao int8    cosine mean 0.944 min 0.86  accuracy 0.87  same as fp32 0.94
    #> ORT fp32         cosine mean 1.000 min 1.00  accuracy 0.88  same as fp32 1.00
    #> ORT int8         cosine mean 0.965 min 0.91  accuracy 0.87  same as fp32 0.96
    #> ORT int8 MatMul  cosine mean 0.993 min 0.99  accuracy 0.88  same as fp32 0.98
# --8<-- [end:agree]

# --8<-- [start:speed]
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

batch = tokenizer(test_titles[:64], padding=True, return_tensors="pt")
ms = {}
for name, (run, _) in variants.items():
    run(batch["input_ids"], batch["attention_mask"])  # warm-up
    times = []
    for _ in range(7):
        start = time.perf_counter()
        run(batch["input_ids"], batch["attention_mask"])
        times.append(time.perf_counter() - start)
    ms[name] = 1000 * float(np.median(times))

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2))
names = list(variants)
left.barh(names, [variants[n][1] for n in names], color="#3f51b5")
left.set_xlabel("MB on disk")
left.invert_yaxis()
right.barh(names, [ms[n] for n in names], color="#ff7043")
right.set_xlabel("ms per batch of 64 headlines (median of 7)")
right.invert_yaxis()
right.set_yticklabels([])
cpu = torch.backends.cpu.get_cpu_capability()
fig.suptitle(f"all-MiniLM-L6-v2 on this CPU ({cpu}), "
             f"{torch.get_num_threads()} threads")
fig.tight_layout()
fig.savefig("production-quantize-size-speed.png", dpi=100)
# --8<-- [end:speed]
