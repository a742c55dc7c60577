from transformers import pipeline

generator = pipeline("text-generation", model="google/gemma-3-270m")
prompt = "In this course, we will teach you how to"
outputs = generator(
    prompt,
    max_new_tokens=8,
    num_beams=3,  # beam search keeps the 3 best sequences at every step...
    num_return_sequences=3,  # ...and returns all three instead of only the best
    do_sample=False,
)
for output in outputs:
    print("…" + output["generated_text"].removeprefix(prompt))
    #> … use the latest technology in the field of
    #> … use the latest technology to create a digital
    #> … use the latest technology to create and manage
