from transformers import pipeline

chat = pipeline("text-generation", model="Qwen/Qwen2.5-Coder-0.5B-Instruct")


def ask(instruction, text, max_new_tokens):
    """One task: the instruction as system prompt, the text as user message."""
    messages = [
        {"role": "system", "content": instruction},
        {"role": "user", "content": text},
    ]
    result = chat(messages, max_new_tokens=max_new_tokens, do_sample=False)
    return result[0]["generated_text"][-1]["content"]


# --8<-- [start:task]
instruction = "把用户的话翻译成英文，只输出译文。"
text = "这个模型只有五亿个参数，在笔记本电脑上也能运行。"
print(ask(instruction, text, max_new_tokens=30))
#> This model only has five billion parameters, and it can run on a laptop.

instruction = (
    "Translate the user's text into Simplified Chinese. "
    "Output only the translation."
)
text = "This model has only half a billion parameters, so it runs on a laptop."
print(ask(instruction, text, max_new_tokens=30))
#> 这个模型只有约百亿个参数，所以它运行在笔记本上。
# --8<-- [end:task]
