import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)

inputs = tokenizer("The capital of France is", return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs, output_hidden_states=True)
    hidden = outputs.hidden_states[-1]  # what the body hands to the head
    by_hand = model.lm_head(hidden)
print(tuple(hidden.shape), "->", tuple(outputs.logits.shape))
#> (1, 5, 576) -> (1, 5, 49152)
print(model.lm_head)
#> Linear(in_features=576, out_features=49152, bias=False)
print("logits = lm_head(hidden):", torch.allclose(by_hand, outputs.logits, atol=1e-4))
#> logits = lm_head(hidden): True
print("tied to the embeddings:", model.config.tie_word_embeddings)
#> tied to the embeddings: True

# Only the last position matters for what comes next.
probs = outputs.logits[0, -1].softmax(dim=-1)
top = probs.topk(3)
for p, i in zip(top.values, top.indices):
    print(f"{tokenizer.decode(i)!r:>10} {p:.2f}")
    #>   ' Paris' 0.77
    #>     ' the' 0.06
    #>  ' London' 0.01
