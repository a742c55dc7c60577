from transformers import pipeline

prompt = "My favourite programming language is"

# One call: text in, text out.
generator = pipeline("text-generation", model="google/gemma-3-270m")
result = generator(prompt, max_new_tokens=10, do_sample=False)
print(result[0]["generated_text"])
#> My favourite programming language is Python. I love it because it is easy to

# The same three steps, done by hand with the pipeline's own parts.
tokenizer, model = generator.tokenizer, generator.model

# 1. Preprocessing: text -> tokens -> token ids.
inputs = tokenizer(prompt, return_tensors="pt")
print(tokenizer.convert_ids_to_tokens(inputs["input_ids"][0]))
#> ['<bos>', 'My', '▁favourite', '▁programming', '▁language', '▁is']
print(inputs["input_ids"].tolist())
#> [[2, 4754, 17797, 14929, 5192, 563]]

# 2. The model: ids in, ids out (here, ten new ones).
output_ids = model.generate(**inputs, max_new_tokens=10, do_sample=False)
new_ids = output_ids[0, inputs["input_ids"].shape[1] :]
print(new_ids.tolist())
#> [17856, 236761, 564, 2765, 625, 1547, 625, 563, 3735, 531]

# 3. Postprocessing: ids -> text.
print(tokenizer.decode(output_ids[0], skip_special_tokens=True))
#> My favourite programming language is Python. I love it because it is easy to
