import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")


def similarity(sentence1, sentence2):
    embeddings = model.encode([sentence1, sentence2], normalize_embeddings=True)
    return round(float(embeddings[0] @ embeddings[1]), 3)


demo = gr.Interface(
    fn=similarity,
    inputs=[gr.Textbox(label="Sentence 1"), gr.Textbox(label="Sentence 2")],
    outputs=gr.Number(label="Cosine similarity"),
    title="How close are two sentences?",
    description="Both sentences are embedded with all-MiniLM-L6-v2; the score is "
    "the cosine of the angle between the two vectors (1 = same meaning).",
    article="The model reads English; other languages give much weaker scores.",
    examples=[
        ["A man is playing a guitar.", "Someone plays an instrument."],
        ["The cat sleeps on the sofa.", "Stock markets fell sharply today."],
    ],
    flagging_mode="never",
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
for pair in [
    ["A man is playing a guitar.", "Someone plays an instrument."],
    ["The cat sleeps on the sofa.", "Stock markets fell sharply today."],
]:
    print(client.predict(*pair, api_name="/similarity"))
    #> 0.667
    #> -0.036
demo.close()
# --8<-- [end:call]
