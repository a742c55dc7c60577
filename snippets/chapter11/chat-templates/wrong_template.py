# --8<-- [start:wrong]
import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
tokenizer.padding_side = "left"  # batched generation continues on the right
model = AutoModelForCausalLM.from_pretrained(checkpoint)
test = load_dataset("json", data_files="site-instructions/test.jsonl",
                    split="train")


def own(prompt):
    return tokenizer.apply_chat_template(
        [{"role": "user", "content": prompt}], tokenize=False,
        add_generation_prompt=True)


formats = {
    "own template": own,
    "Gemma's turns": lambda p: (f"<start_of_turn>user\n{p}<end_of_turn>\n"
                                "<start_of_turn>model\n"),
    "no template": lambda p: p + "\n",
}
for name, render in formats.items():
    texts = [render(p) for p in test["prompt"]]
    inputs = tokenizer(texts, padding=True, return_tensors="pt",
                       add_special_tokens=False)
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=16, do_sample=False)
    replies = tokenizer.batch_decode(out[:, inputs["input_ids"].shape[1]:],
                                     skip_special_tokens=True)
    found = sum(a.lower() in r.lower()
                for a, r in zip(test["answer"], replies))
    print(f"{name:14} answer found in {found:2} of {len(test)} replies;"
          f" first: {replies[0]!r}")
    '''
    own template   answer found in 13 of 48 replies; first: "The opposite of 'before' is 'after'."
    '''
    '''
    Gemma's turns  answer found in  0 of 48 replies; first: '<end_of_turn>\n\nA: The answer is "The'
    '''
    '''
    no template    answer found in  4 of 48 replies; first: '\nA: The answer is "before"\n\nA: The answer is'
    '''
# --8<-- [end:wrong]
