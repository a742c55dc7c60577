import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
from transformers import pipeline

chat = pipeline("text-generation", model="Qwen/Qwen2.5-Coder-0.5B-Instruct")


def respond(message, history):
    # history: this visitor's conversation so far, kept by Gradio in a gr.State
    history = history + [{"role": "user", "content": message}]
    reply = chat(history, max_new_tokens=40, do_sample=False)[0]["generated_text"][-1]
    history = history + [reply]
    return history, history  # once for the Chatbot, once for the State


demo = gr.Interface(
    fn=respond,
    inputs=[gr.Textbox(label="Message"), gr.State([])],
    outputs=[gr.Chatbot(label="Conversation"), gr.State()],
    flagging_mode="never",
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
alice = Client(url, verbose=False)  # each client is a session with its own state
alice.predict("Hi! My name is Alice and I love tennis.", api_name="/respond")
for turn in alice.predict("What sport do I like?", api_name="/respond"):
    print(f"{turn['role']}: {turn['content'][0]['text']}")
    #> user: Hi! My name is Alice and I love tennis.
    #> assistant: Hello Alice! How can I assist you today?
    #> user: What sport do I like?
    #> assistant: I like tennis.

bob = Client(url, verbose=False)  # a new visitor: an empty history
for turn in bob.predict("What sport do I like?", api_name="/respond"):
    print(f"{turn['role']}: {turn['content'][0]['text']}")
    #> user: What sport do I like?
    #> assistant: I like basketball.
demo.close()
# --8<-- [end:call]
