import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")

# A model from the library is an ordinary PyTorch module...
print(type(model).__name__, isinstance(model, torch.nn.Module))
#> BertModel True
n_params = sum(p.numel() for p in model.parameters())
print(f"{n_params / 1e6:.1f}M parameters")
#> 22.7M parameters

# ...made of ordinary PyTorch layers that you can walk through and inspect.
for name, child in model.named_children():
    print(f"{name:10} {type(child).__name__}")
    #> embeddings BertEmbeddings
    #> encoder    BertEncoder
    #> pooler     BertPooler
print(model.encoder.layer[0].attention.self.query)
#> Linear(in_features=384, out_features=384, bias=True)
