# --8<-- [start:memory]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)


def megabytes(model):
    return sum(p.numel() * p.element_size() for p in model.parameters()) / 1e6


fp32 = AutoModelForCausalLM.from_pretrained(checkpoint)
bf16 = AutoModelForCausalLM.from_pretrained(checkpoint, dtype=torch.bfloat16)
n_params = sum(p.numel() for p in fp32.parameters())
print(f"{n_params / 1e6:.1f}M parameters")
#> 134.5M parameters
for model in [fp32, bf16]:
    print(f"{model.dtype!s:15} {megabytes(model):6.0f} MB")
    #> torch.float32      538 MB
    #> torch.bfloat16     269 MB

for bits in [32, 16, 8, 4]:
    print(f"{bits:2}-bit weights: {n_params * bits / 8 / 1e6:4.0f} MB")
    #> 32-bit weights:  538 MB
    #> 16-bit weights:  269 MB
    #>  8-bit weights:  135 MB
    #>  4-bit weights:   67 MB
# --8<-- [end:memory]

# --8<-- [start:agree]
inputs = tokenizer("The capital of France is", return_tensors="pt")
for model in [fp32, bf16]:
    with torch.no_grad():
        probs = model(**inputs).logits[0, -1].float().softmax(dim=-1)
    top = probs.topk(3)
    pairs = zip(top.values, top.indices)
    guesses = "  ".join(f"{tokenizer.decode(i)!r} {p:.2f}" for p, i in pairs)
    print(f"{model.dtype!s:15} {guesses}")
    #> torch.float32   ' Paris' 0.77  ' the' 0.06  ' London' 0.01
    #> torch.bfloat16  ' Paris' 0.76  ' the' 0.07  ' London' 0.01
# --8<-- [end:agree]
