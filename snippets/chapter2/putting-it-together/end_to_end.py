import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)

questions = ["What is the capital of Japan?", "What is 2 + 3?"]
chats = [[{"role": "user", "content": q}] for q in questions]
texts = [
    tokenizer.apply_chat_template(c, tokenize=False, add_generation_prompt=True)
    for c in chats
]

tokenizer.padding_side = "left"
inputs = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
print(tuple(inputs["input_ids"].shape))
#> (2, 38)

with torch.no_grad():
    output = model.generate(**inputs, max_new_tokens=20, do_sample=False)
answers = tokenizer.batch_decode(output[:, inputs["input_ids"].shape[1]:],
                                 skip_special_tokens=True)
for question, answer in zip(questions, answers):
    print(question, "->", answer)
    #> What is the capital of Japan? -> The capital of Japan is Tokyo.
    #> What is 2 + 3? -> 2 + 3 = 5
