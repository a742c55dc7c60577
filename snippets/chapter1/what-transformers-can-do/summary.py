import textwrap

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
text = (
    "2017 年，谷歌的研究人员发表论文《Attention Is All You Need》，"
    "提出了 Transformer 架构。它完全依靠注意力机制处理序列，"
    "不再需要循环神经网络，训练时可以高度并行。此后，BERT、GPT "
    "等模型都建立在这一架构之上，如今的大语言模型也不例外。"
)
print(ask("用一句话概括用户给出的文字。", text, max_new_tokens=40))
#> 谷歌研究出 Transformer 架构，不再需要循环神经网络，训练时可以高度并行。

text = (
    "In 2017, researchers at Google published the paper 'Attention Is All "
    "You Need', which introduced the Transformer architecture. It processes "
    "sequences with attention alone, without recurrent networks, so training "
    "can run in parallel. Models such as BERT and GPT were built on it, and so "
    "are today's large language models."
)
instruction = "Summarize the user's text in one sentence."
summary = ask(instruction, text, max_new_tokens=40)
print(textwrap.fill(summary, width=76))  # wrap long lines for the page
'''
Google's Transformer architecture is being used to process sequences with
attention alone, without recurrent networks, so training can run in
parallel.
'''
# --8<-- [end:task]
