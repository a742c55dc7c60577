import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
from transformers import pipeline

generator = pipeline(
    "text-generation",
    model="HuggingFaceTB/SmolLM2-135M-Instruct",  # downloaded from the Hub
    max_new_tokens=20,
    do_sample=False,  # greedy: the same continuation every time
)
demo = gr.Interface.from_pipeline(generator)  # components picked for the task
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client
from gradio_client.exceptions import AppError

_, url, _ = demo.launch(
    server_name="127.0.0.1", prevent_thread_lock=True, quiet=True, show_error=True
)
client = Client(url, verbose=False)
try:
    client.predict("The best thing about machine learning is", api_name="/fn")
except AppError as error:
    print(error)
    #> module 'transformers.pipelines' has no attribute 'text2text_generation'
demo.close()
# --8<-- [end:call]

# --8<-- [start:by-hand]
def complete(prompt):
    return generator(prompt)[0]["generated_text"]


demo = gr.Interface(complete, gr.Textbox(label="Prompt"), gr.Textbox(label="Completion"))
_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
print(client.predict("The best thing about machine learning is", api_name="/complete"))
'''
The best thing about machine learning is that it allows us to create models that can learn from the world around us. This is especially important
'''
demo.close()
# --8<-- [end:by-hand]
