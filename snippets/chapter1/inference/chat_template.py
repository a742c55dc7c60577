from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-Coder-0.5B-Instruct")

messages = [{"role": "user", "content": "给一只橘猫起个名字，只回答名字。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
print(prompt)
'''
<|im_start|>system
You are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>
<|im_start|>user
给一只橘猫起个名字，只回答名字。<|im_end|>
<|im_start|>assistant
'''

# add_generation_prompt=True appends the opening of the assistant's turn.
without = tokenizer.apply_chat_template(messages, tokenize=False)
print(repr(prompt.removeprefix(without)))
#> '<|im_start|>assistant\n'

# The model sees token ids; each marker such as <|im_start|> is a single token.
ids = tokenizer(prompt).input_ids
print(len(ids))
#> 41
print([tokenizer.decode(i) for i in ids[:4]])
#> ['<|im_start|>', 'system', '\n', 'You']

# Another model, another template: same messages, different text.
smol = AutoTokenizer.from_pretrained("HuggingFaceTB/SmolLM2-135M-Instruct")
print(smol.apply_chat_template(messages, tokenize=False).splitlines()[1])
#> You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>
