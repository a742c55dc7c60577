# --8<-- [start:setup]
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
# --8<-- [end:setup]


# --8<-- [start:task]
instruction = "判断这条评论的情感，只回答“正面”或“负面”。"
for review in [
    "快递第二天就到了，包装完好，用着也顺手。",
    "等了一个小时才上菜，而且菜是凉的。",
    "真是太棒了，刚买三天就坏了。",
]:
    print(ask(instruction, review, max_new_tokens=3), review)
    #> 正面 快递第二天就到了，包装完好，用着也顺手。
    #> 负面 等了一个小时才上菜，而且菜是凉的。
    #> 负面 真是太棒了，刚买三天就坏了。

instruction = (
    "Classify the sentiment of the review. "
    "Answer with one word: positive or negative."
)
for review in [
    "The battery lasts all day and the screen is gorgeous.",
    "It broke after two days and support never replied.",
    "Oh great, another update that deletes my settings.",
]:
    print(ask(instruction, review, max_new_tokens=3), review)
    #> positive The battery lasts all day and the screen is gorgeous.
    #> negative It broke after two days and support never replied.
    #> negative Oh great, another update that deletes my settings.
# --8<-- [end:task]
