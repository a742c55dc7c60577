from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)

messages = [{"role": "user", "content": "用一句话描写秋天。"}]
prompt = tokenizer.apply_chat_template(
    messages, tokenize=False, add_generation_prompt=True
)
inputs = tokenizer(prompt, return_tensors="pt")
start = inputs.input_ids.shape[1]

greedy = model.generate(**inputs, max_new_tokens=30, do_sample=False)
print(tokenizer.decode(greedy[0, start:], skip_special_tokens=True))
#> 秋天的落叶飘落，金黄的果实成熟，丰收的景象。

# Keep the 4 best partial sentences at every step; return the top 3 at the end.
beams = model.generate(
    **inputs, max_new_tokens=30, do_sample=False, num_beams=4,
    num_return_sequences=3, output_scores=True, return_dict_in_generate=True,
)
for ids, score in zip(beams.sequences, beams.sequences_scores):
    text = tokenizer.decode(ids[start:], skip_special_tokens=True)
    print(f"{score:.2f}", text)
    #> -0.61 秋风送爽，落叶归根。
    #> -0.65 秋风送爽，落叶飘零。
    #> -0.71 秋风送爽，落叶飘零，万物复苏。
