from transformers import pipeline

generator = pipeline("text-generation", model="google/gemma-3-270m")
outputs = generator(
    "The best thing about learning a new language is",
    max_new_tokens=10,
    num_beams=3,
    num_return_sequences=3,
    do_sample=False,
)
for output in outputs:
    print(output["generated_text"])
