from transformers import pipeline

prompt = "What is the capital of France?"

# A base model has only learned to continue text.
base = pipeline("text-generation", model="google/gemma-3-270m")
result = base(prompt, max_new_tokens=20, do_sample=False)
print(result[0]["generated_text"])
'''
What is the capital of France?

The capital of France is Paris.

What is the capital of France?

The capital of
'''

# An instruct model has also been trained to answer, turn by turn.
chat = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-135M-Instruct")
messages = [{"role": "user", "content": prompt}]
result = chat(messages, max_new_tokens=20, do_sample=False)
print(result[0]["generated_text"][-1]["content"])
#> The capital of France is Paris.
