# --8<-- [start:download]
import json
from pathlib import Path

from huggingface_hub import snapshot_download

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
folder = Path(snapshot_download(checkpoint))
for path in sorted(folder.iterdir()):
    print(f"{path.name:24} {path.stat().st_size:>12,} bytes")
    #> chat_template.jinja               368 bytes
    #> config.json                       817 bytes
    #> generation_config.json            216 bytes
    #> model.safetensors         538,090,408 bytes
    #> tokenizer.json              3,522,871 bytes
    #> tokenizer_config.json             296 bytes
# --8<-- [end:download]

# --8<-- [start:config]
config = json.loads((folder / "config.json").read_text())
for key in ["architectures", "model_type", "hidden_size", "num_hidden_layers",
            "num_attention_heads", "vocab_size", "max_position_embeddings"]:
    print(f"{key}: {config.get(key)}")
    #> architectures: ['LlamaForCausalLM']
    #> model_type: llama
    #> hidden_size: 576
    #> num_hidden_layers: 30
    #> num_attention_heads: 9
    #> vocab_size: 49152
    #> max_position_embeddings: 8192
# --8<-- [end:config]

# --8<-- [start:weights]
import math

from safetensors import safe_open

with safe_open(folder / "model.safetensors", framework="pt") as weights:
    names = list(weights.keys())
    shapes = {name: weights.get_slice(name).get_shape() for name in names}
    dtypes = {weights.get_slice(name).get_dtype() for name in names}
print(len(names), "tensors, stored as", dtypes)
#> 272 tensors, stored as {'F32'}
for name in names[:3]:
    print(name, shapes[name])
    #> model.embed_tokens.weight [49152, 576]
    #> model.layers.0.input_layernorm.weight [576]
    #> model.layers.0.mlp.down_proj.weight [576, 1536]
total = sum(math.prod(shape) for shape in shapes.values())
print(f"{total:,} numbers in the file")
#> 134,515,008 numbers in the file
# --8<-- [end:weights]
