import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
from transformers import AutoTokenizer

CHECKPOINTS = [
    "openai-community/gpt2",
    "google-bert/bert-base-uncased",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
]
tokenizers = {name: AutoTokenizer.from_pretrained(name) for name in CHECKPOINTS}


def tokenize(text, checkpoint, show_ids):
    tokenizer = tokenizers[checkpoint]
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    pieces = [tokenizer.decode([i]) for i in ids]
    labels = [str(i) if show_ids else None for i in ids]
    return list(zip(pieces, labels)), len(ids)


demo = gr.Interface(
    fn=tokenize,
    inputs=[
        gr.Textbox(label="Text", value="Tokenizers split text into pieces."),
        gr.Dropdown(CHECKPOINTS, value=CHECKPOINTS[0], label="Tokenizer"),
        gr.Checkbox(label="Show token ids"),
    ],
    outputs=[gr.HighlightedText(label="Tokens"), gr.Number(label="Token count")],
    examples=[["我喜欢自然语言处理", CHECKPOINTS[2], True]],
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
for checkpoint in CHECKPOINTS:
    tokens, count = client.predict("我喜欢自然语言处理", checkpoint, False, api_name="/tokenize")
    print(checkpoint.split("/")[1], count)
    #> gpt2 22
    #> bert-base-uncased 9
    #> Qwen2.5-Coder-0.5B-Instruct 4
tokens, count = client.predict("Gradio demos", CHECKPOINTS[0], True, api_name="/tokenize")
print([(t["token"], t["class_or_confidence"]) for t in tokens])
#> [('G', '38'), ('radio', '37004'), (' demos', '35551')]
demo.close()
# --8<-- [end:call]
