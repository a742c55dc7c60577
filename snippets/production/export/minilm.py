# --8<-- [start:wrap]
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
        return torch.nn.functional.normalize(pooled, dim=-1)


model = Embedder(AutoModel.from_pretrained(checkpoint)).eval()
# A sample with padding, so that the graph really uses the attention mask.
sample = tokenizer(["Export once.", "Then run it anywhere, on any machine."],
                   padding=True, return_tensors="pt")
print(sample["attention_mask"].tolist())
#> [[1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]
# --8<-- [end:wrap]

# --8<-- [start:export]
from pathlib import Path

inputs = (sample["input_ids"], sample["attention_mask"])
names = {"input_names": ["input_ids", "attention_mask"],
         "output_names": ["sentence_embedding"]}
axes = {0: "batch", 1: "tokens"}

# The exporter PyTorch recommends: torch.export captures the graph,
# onnxscript translates it.
torch.onnx.export(model, inputs, "minilm-dynamo.onnx", dynamo=True,
                  verbose=False, dynamic_shapes=(axes, axes), **names)
# The older TorchScript exporter: it records the operations of one run.
torch.onnx.export(model, inputs, "minilm-legacy.onnx", dynamo=False,
                  dynamic_axes={"input_ids": axes, "attention_mask": axes,
                                "sentence_embedding": {0: "batch"}}, **names)

for path in sorted(Path().glob("minilm-*.onnx*")):
    print(f"{path.name:24} {path.stat().st_size / 1e6:5.1f} MB")
    #> minilm-dynamo.onnx         0.7 MB
    #> minilm-dynamo.onnx.data   90.3 MB
    #> minilm-legacy.onnx        90.4 MB
# --8<-- [end:export]

# --8<-- [start:run]
import numpy as np
import onnxruntime as ort

session = ort.InferenceSession("minilm-dynamo.onnx",
                               providers=["CPUExecutionProvider"])
print([(i.name, i.shape) for i in session.get_inputs()])
#> [('input_ids', ['batch', 'tokens']), ('attention_mask', ['batch', 'tokens'])]
print([(o.name, o.shape) for o in session.get_outputs()])
#> [('sentence_embedding', ['batch', 384])]

sentences = ["The shop opens at nine.", "Our store starts business at 9 a.m.",
             "Penguins cannot fly, but they swim very well."]
batch = tokenizer(sentences, padding=True, return_tensors="np")
(vectors,) = session.run(None, {"input_ids": batch["input_ids"],
                                "attention_mask": batch["attention_mask"]})
print(vectors.shape)
#> (3, 384)
print(np.round(vectors @ vectors.T, 2))
'''
[[ 1.    0.68 -0.04]
 [ 0.68  1.   -0.06]
 [-0.04 -0.06  1.  ]]
'''
# --8<-- [end:run]

# --8<-- [start:parity]
from datasets import load_dataset

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
headlines = list(news.shuffle(seed=0).select(range(256))["title"])
encoded = tokenizer(headlines, padding=True, truncation=True,
                    return_tensors="pt")
with torch.no_grad():
    reference = model(encoded["input_ids"], encoded["attention_mask"]).numpy()
feed = {"input_ids": encoded["input_ids"].numpy(),
        "attention_mask": encoded["attention_mask"].numpy()}

for name in ("dynamo", "legacy"):
    session = ort.InferenceSession(f"minilm-{name}.onnx",
                                   providers=["CPUExecutionProvider"])
    (out,) = session.run(None, feed)
    diff = np.abs(out - reference).max()
    cosine = (out * reference).sum(axis=1).min()
    print(f"{name:6} max |diff| < 1e-4: {diff < 1e-4}"
          f"   lowest cosine {cosine:.4f}")
    #> dynamo max |diff| < 1e-4: True   lowest cosine 1.0000
    #> legacy max |diff| < 1e-4: True   lowest cosine 1.0000
# --8<-- [end:parity]
