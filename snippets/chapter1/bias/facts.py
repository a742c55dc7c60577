# --8<-- [start:capital]
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)


def ask(question, limit=30):
    messages = [{"role": "user", "content": question}]
    prompt = tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=True
    )
    inputs = tokenizer(prompt, return_tensors="pt")
    ids = model.generate(**inputs, max_new_tokens=limit, do_sample=False)
    new = ids[0, inputs.input_ids.shape[1]:]  # drop the prompt, keep the answer
    return tokenizer.decode(new, skip_special_tokens=True)


print(ask("中国的首都是哪座城市？只回答城市名。"))
#> 上海
print(ask("中国的首都是哪里？"))
#> 中国的首都是北京。
print(ask("What is the capital of China? Answer with the city name only."))
#> Beijing
# --8<-- [end:capital]

# --8<-- [start:more]
print(ask("《三体》的作者是谁？只回答名字。"))
#> 李晓明
print(ask("珠穆朗玛峰有多高？只回答数字。"))
#> 1,881公里
# --8<-- [end:more]
