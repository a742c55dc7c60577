import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr
from transformers import AutoTokenizer, pipeline

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
chat = pipeline("text-generation", model=checkpoint)


def count_tokens(text):
    return len(tokenizer(text)["input_ids"])


def write(prompt, length):
    messages = [{"role": "user", "content": prompt}]
    max_new_tokens = {"short": 24, "long": 64}[length]
    reply = chat(messages, max_new_tokens=max_new_tokens, do_sample=False)
    return reply[0]["generated_text"][-1]["content"]


# --8<-- [start:update]
def set_length(length):
    # Return a component to change its settings, not only its value
    return gr.Textbox(lines=2 if length == "short" else 8, label=f"Answer ({length})")
# --8<-- [end:update]


# --8<-- [start:events]
with gr.Blocks() as demo:
    prompt = gr.Textbox(label="Prompt")
    prompt_tokens = gr.Number(label="Prompt tokens")
    length = gr.Radio(["short", "long"], value="short", label="Answer length")
    go = gr.Button("Write", variant="primary")
    answer = gr.Textbox(label="Answer (short)", lines=2)
    answer_tokens = gr.Number(label="Answer tokens")

    prompt.change(count_tokens, prompt, prompt_tokens)  # on every edit
    length.change(set_length, length, answer)  # an update, not a value
    go.click(write, [prompt, length], answer).then(  # one step after another
        count_tokens, answer, answer_tokens, api_name="count_answer"
    )
# --8<-- [end:events]

# --8<-- [start:call]
from gradio_client import Client

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
print(list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]))
#> ['/count_tokens', '/set_length', '/write', '/count_answer']
question = "Why is the sky blue?"
print(client.predict(question, api_name="/count_tokens"))
#> 6
print(client.predict("long", api_name="/set_length"))
#> {'lines': 8, 'label': 'Answer (long)', '__type__': 'update'}
text = client.predict(question, "short", api_name="/write")
print(text)
'''
The answer to this question lies in the intricate dance of light and color. The sky appears blue because of a phenomenon known
'''
print(client.predict(text, api_name="/count_answer"))
#> 24
demo.close()
# --8<-- [end:call]
