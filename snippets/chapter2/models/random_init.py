import torch
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)

# Same architecture, two sets of weights: learned ones, and random ones.
pretrained = AutoModelForCausalLM.from_pretrained(checkpoint)
torch.manual_seed(0)
config = AutoConfig.from_pretrained(checkpoint)
untrained = AutoModelForCausalLM.from_config(config)

inputs = tokenizer("The capital of France is", return_tensors="pt")
n = inputs["input_ids"].shape[1]
for name, model in [("pretrained", pretrained), ("random", untrained)]:
    with torch.no_grad():
        probs = model(**inputs).logits[0, -1].softmax(dim=-1)
    print(f"{name:10} top-1 probability {probs.max():.4f}")
    #> pretrained top-1 probability 0.7725
    #> random     top-1 probability 0.0001
    output = model.generate(**inputs, max_new_tokens=8, do_sample=False)
    print(f"{name:10} {tokenizer.decode(output[0, n:])!r}")
    #> pretrained ' Paris.\n\nThe answer is:'
    #> random     ' attempt attempt attempt attempt attempt attempt planners planners'
