from transformers import pipeline

generator = pipeline("text-generation", model="google/gemma-3-270m")
prompt = "The best thing about learning a new language is"
outputs = generator(
    prompt,
    max_new_tokens=10,
    num_beams=3,
    num_return_sequences=3,
    do_sample=False,
)
for output in outputs:
    print("…" + output["generated_text"].removeprefix(prompt))
    #> … that it’s a great way to expand your
    #> … that it’s a great way to meet new
    #> … that it’s a great way to meet people
