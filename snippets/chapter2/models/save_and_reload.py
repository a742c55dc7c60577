# --8<-- [start:load]
import os

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"

model = AutoModelForCausalLM.from_pretrained(checkpoint)
print(type(model).__name__)
#> LlamaForCausalLM
# --8<-- [end:load]

# --8<-- [start:save]
model.save_pretrained("my-smollm2")

for name in sorted(os.listdir("my-smollm2")):
    size = os.path.getsize(os.path.join("my-smollm2", name))
    shown = f"{size / 1e6:.1f} MB" if size > 1e6 else f"{size / 1e3:.1f} kB"
    print(f"{name:24} {shown}")
    #> config.json              0.8 kB
    #> generation_config.json   0.2 kB
    #> model.safetensors        538.1 MB
# --8<-- [end:save]

# --8<-- [start:reload]
reloaded = AutoModelForCausalLM.from_pretrained("my-smollm2")

tokenizer = AutoTokenizer.from_pretrained(checkpoint)
inputs = tokenizer("Tea or coffee?", return_tensors="pt")
print(inputs["input_ids"].tolist())
#> [[6732, 81, 355, 6728, 47]]

with torch.no_grad():
    outputs = reloaded(**inputs)
    original = model(**inputs)
print(type(outputs).__name__, list(outputs.keys()))
#> CausalLMOutputWithPast ['logits', 'cache']
print(tuple(outputs.logits.shape))
#> (1, 5, 49152)
print(torch.equal(outputs.logits, original.logits))
#> True
# --8<-- [end:reload]
