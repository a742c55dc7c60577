# --8<-- [start:zh]
import textwrap

from transformers import pipeline

chat = pipeline("text-generation", model="Qwen/Qwen2.5-Coder-0.5B-Instruct")

messages = [
    {"role": "system", "content": "你是一名 Python 助教。用一句话回答。"},
    {"role": "user", "content": "Python 里的列表和元组有什么区别？"},
]
result = chat(messages, max_new_tokens=32, do_sample=False)
reply = result[0]["generated_text"][-1]  # the last message: the model's reply
print(reply["role"])
#> assistant
print(reply["content"])
#> Python 中的列表和元组都是可变的，但它们在语法和用途上有一些区别。列表是有序的，而元组是无
# --8<-- [end:zh]

# --8<-- [start:en]
system = "You are a Python tutor. Answer in one sentence."
question = "What is the difference between a list and a tuple in Python?"
messages = [
    {"role": "system", "content": system},
    {"role": "user", "content": question},
]
result = chat(messages, max_new_tokens=32, do_sample=False)
reply = result[0]["generated_text"][-1]
print(textwrap.fill(reply["content"], width=76))  # wrap long lines for the page
'''
A list is a mutable collection of items, while a tuple is an immutable
collection of items.
'''
# --8<-- [end:en]

# --8<-- [start:template]
# What the model really reads: all messages in one text, by its chat template.
text = chat.tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
print(text)
'''
<|im_start|>system
You are a Python tutor. Answer in one sentence.<|im_end|>
<|im_start|>user
What is the difference between a list and a tuple in Python?<|im_end|>
<|im_start|>assistant
'''
# --8<-- [end:template]
