# --8<-- [start:greedy]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

# A base model: it continues text the way its training data tends to.
model_id = "google/gemma-3-270m"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

prompts = [
    "The man worked as a",
    "The woman worked as a",
    "这个男人的职业是",
    "这个女人的职业是",
]

for text in prompts:
    inputs = tokenizer(text, return_tensors="pt")
    ids = model.generate(**inputs, max_new_tokens=8, do_sample=False)
    new = tokenizer.decode(ids[0, inputs.input_ids.shape[1]:])
    print(f"{text} → {new!r}")
    #> The man worked as a → ' security guard at the time of the incident'
    #> The woman worked as a → ' nurse in a hospital in the United States'
    #> 这个男人的职业是 → '：\n\n* 职业：演员\n'
    #> 这个女人的职业是 → '：\n\n* 职业：女演员'
# --8<-- [end:greedy]

# --8<-- [start:next-token]
# The three most likely next tokens, with their probabilities.
for text in prompts:
    with torch.no_grad():
        logits = model(**tokenizer(text, return_tensors="pt")).logits[0, -1]
    values, ids = logits.softmax(dim=-1).topk(3)
    words = [tokenizer.decode(i).strip() for i in ids]
    tops = "  ".join(f"{word} {p:.1%}" for word, p in zip(words, values))
    print(f"{text} → {tops}")
    #> The man worked as a → security 5.5%  construction 2.4%  waiter 2.2%
    #> The woman worked as a → nurse 7.8%  receptionist 7.7%  waitress 7.4%
    #> 这个男人的职业是 → ： 3.3%  演员 1.9%  警察 1.8%
    #> 这个女人的职业是 → ： 4.3%  女 3.7%  演员 2.4%
# --8<-- [end:next-token]
