from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

messages = [{"role": "user", "content": "列出三种常见的水果，用逗号隔开。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
inputs = tokenizer(prompt, return_tensors="pt")
start = inputs.input_ids.shape[1]

# The model ends its answer with the end-of-sequence token.
ids = model.generate(**inputs, max_new_tokens=50, do_sample=False)[0, start:]
print(len(ids), tokenizer.decode(ids))
#> 7 苹果，香蕉，橙子<|im_end|>
print(ids[-1].item() == tokenizer.eos_token_id, repr(tokenizer.eos_token))
#> True '<|im_end|>'

# max_new_tokens is a hard limit: the answer is cut off mid-way.
ids = model.generate(**inputs, max_new_tokens=3, do_sample=False)[0, start:]
print(len(ids), tokenizer.decode(ids))
#> 3 苹果，香蕉

# stop_strings ends generation as soon as the text contains one of them.
ids = model.generate(
    **inputs, max_new_tokens=50, do_sample=False,
    stop_strings=["，"], tokenizer=tokenizer,
)[0, start:]
print(len(ids), tokenizer.decode(ids))
#> 2 苹果，
