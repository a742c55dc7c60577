import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

# A base model: pretrained on raw text only, never fine-tuned to chat.
checkpoint = "google/gemma-3-270m"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)


def next_token_candidates(text, k=5):
    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        logits = model(**inputs).logits  # a score for every vocabulary entry
    probs = logits[0, -1].softmax(dim=-1)  # the guess after the last token
    top = probs.topk(k)
    pairs = zip(top.values, top.indices)
    return "  ".join(f"{tokenizer.decode(i)!r} {p:.2f}" for p, i in pairs)


for text in ["I poured myself a cup of", "今天下雨了，出门记得带"]:
    print(next_token_candidates(text))
    #> ' coffee' 0.35  ' tea' 0.11  ' hot' 0.06  ' the' 0.04  ' my' 0.02
    #> '雨' 0.54  '伞' 0.20  '帽子' 0.02  '上' 0.02  '水' 0.02
