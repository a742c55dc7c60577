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
instruction = (
    "从句子中找出人名、地名和机构名。按下面的格式回答：\n"
    "人名：…\n地名：…\n机构：…"
)
text = "李雷上周去杭州参观了阿里巴巴的总部。"
print(ask(instruction, text, max_new_tokens=30))
'''
人名：李雷
地名：杭州
机构：阿里巴巴的总部
'''

instruction = (
    "Find the people, places and organizations in the sentence. "
    "Answer in this format:\nPerson: ...\nPlace: ...\nOrganization: ..."
)
text = (
    "Marie Curie was born in Warsaw "
    "and later taught at the University of Paris."
)
print(ask(instruction, text, max_new_tokens=30))
'''
Marie Curie: Warsaw
University of Paris: Paris
'''
# --8<-- [end:task]
