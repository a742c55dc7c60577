import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
from transformers import pipeline

chat = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-135M-Instruct")


def answer(question, max_new_tokens):
    messages = [{"role": "user", "content": question}]
    reply = chat(messages, max_new_tokens=int(max_new_tokens), do_sample=False)
    return reply[0]["generated_text"][-1]["content"]


demo = gr.Interface(
    fn=answer,
    inputs=[
        gr.Textbox(label="Question", lines=2),
        gr.Slider(8, 128, value=48, step=8, label="Max new tokens"),
    ],
    outputs=gr.Textbox(label="Answer"),
    examples=[["What is the capital of France?", 48]],
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
print(client.predict("What is the capital of France?", 48, api_name="/answer"))
#> The capital of France is Paris.
print(client.predict("In one sentence, what is a tokenizer?", 48, api_name="/answer"))
'''
A tokenizer is a text processing tool that helps remove punctuation and other special characters from text before processing it further.
'''
demo.close()
# --8<-- [end:call]
