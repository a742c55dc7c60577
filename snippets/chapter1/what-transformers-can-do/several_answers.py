from transformers import pipeline

generator = pipeline("text-generation", model="google/gemma-3-270m")
outputs = generator(
    "In this course, we will teach you how to",
    max_new_tokens=8,
    num_beams=3,  # beam search keeps the 3 best sequences at every step...
    num_return_sequences=3,  # ...and returns all three instead of only the best
    do_sample=False,
)
for output in outputs:
    print(output["generated_text"])
