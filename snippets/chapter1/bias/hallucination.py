from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)


def ask(question, limit=32):
    messages = [{"role": "user", "content": question}]
    prompt = tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=True
    )
    inputs = tokenizer(prompt, return_tensors="pt")
    ids = model.generate(**inputs, max_new_tokens=limit, do_sample=False)
    new = ids[0, inputs.input_ids.shape[1]:]  # drop the prompt, keep the answer
    return tokenizer.decode(new, skip_special_tokens=True)


# There is no Nobel Prize in mathematics, and no fastsort module in Python.
print(ask("谁获得了 2019 年的诺贝尔数学奖？"))
#> 2019 年的诺贝尔数学奖由美国数学家约翰·E.·拉格朗日·斯科特·拉格朗日
print(ask("请介绍一下 Python 标准库中的 fastsort 模块。", limit=24))
#> Python 标准库中的 `fastsort` 模块是一个高效的排序算法，它通过递归和分
