# --8<-- [start:greedy]
from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

messages = [{"role": "user", "content": "给一只橘猫起个名字，只回答名字。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
inputs = tokenizer(prompt, return_tensors="pt")


def answer(**settings):
    ids = model.generate(**inputs, max_new_tokens=12, **settings)
    new = ids[0, inputs.input_ids.shape[1]:]  # drop the prompt, keep the answer
    return tokenizer.decode(new, skip_special_tokens=True)


print(answer(do_sample=False))
#> 橘猫
# --8<-- [end:greedy]

# --8<-- [start:seeds]
nucleus = {"do_sample": True, "temperature": 1.0, "top_k": 50, "top_p": 0.9}
for seed in (0, 1, 2):
    set_seed(seed)
    print(seed, answer(**nucleus))
    #> 0 橘蓝
    #> 1 果果
    #> 2 橘李

set_seed(0)
print(0, answer(**nucleus))
#> 0 橘蓝
# --8<-- [end:seeds]

# --8<-- [start:hot]
set_seed(0)
print(0, answer(do_sample=True, temperature=1.5, top_k=0, top_p=1.0))
#> 0 高级AAA网憩猫愈旺品尝美食啦
# --8<-- [end:hot]
