# --8<-- [start:tokenize]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"

tokenizer = AutoTokenizer.from_pretrained(checkpoint)
inputs = tokenizer(["The capital of France is"], return_tensors="pt")
print(tuple(inputs["input_ids"].shape))
#> (1, 5)
print(tokenizer.convert_ids_to_tokens(inputs["input_ids"][0]))
#> ['The', 'Ġcapital', 'Ġof', 'ĠFrance', 'Ġis']
# --8<-- [end:tokenize]

# --8<-- [start:model]
model = AutoModelForCausalLM.from_pretrained(checkpoint)
with torch.no_grad():
    logits = model(**inputs).logits
print(tuple(logits.shape))
#> (1, 5, 49152)
print([f"{x:.2f}" for x in logits[0, -1, :4]])
#> ['1.61', '-11.87', '-7.94', '-9.35']
# --8<-- [end:model]

# --8<-- [start:postprocess]
probs = torch.softmax(logits[0, -1], dim=-1)  # scores -> probabilities
print(f"{probs.sum():.3f}")
#> 1.000
top = torch.topk(probs, k=5)
for p, token_id in zip(top.values, top.indices):
    print(f"{p:.3f}  {tokenizer.decode(token_id)!r}")
    #> 0.773  ' Paris'
    #> 0.065  ' the'
    #> 0.012  ' London'
    #> 0.010  ' Le'
    #> 0.009  ' New'
# --8<-- [end:postprocess]
