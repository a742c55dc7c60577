import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr
import soundfile as sf
from sentence_transformers import SentenceTransformer
from transformers import pipeline

embedder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")


def similarity(sentence1, sentence2):
    a, b = embedder.encode([sentence1, sentence2], normalize_embeddings=True)
    return round(float(a @ b), 3)


def transcribe(path):
    audio, rate = sf.read(path, dtype="float32")
    return asr({"raw": audio, "sampling_rate": rate})["text"].strip()


# --8<-- [start:layout]
with gr.Blocks(title="Text and speech toolbox") as demo:
    gr.Markdown("# Text and speech toolbox\nTwo shelf models, one page.")
    with gr.Tab("Similarity"):
        with gr.Row():  # side by side
            first = gr.Textbox(label="Sentence 1")
            second = gr.Textbox(label="Sentence 2")
        compare = gr.Button("Compare", variant="primary")
        score = gr.Number(label="Cosine similarity")
    with gr.Tab("Speech to text"):
        gr.Markdown("Upload a WAV file or record one.")
        with gr.Row():
            with gr.Column(scale=1):
                speech = gr.Audio(type="filepath", label="Speech")
                run = gr.Button("Transcribe", variant="primary")
            with gr.Column(scale=2):
                transcript = gr.Textbox(label="Transcript", lines=4)

    compare.click(similarity, inputs=[first, second], outputs=score)
    run.click(transcribe, inputs=speech, outputs=transcript)
# --8<-- [end:layout]

# --8<-- [start:call]
from gradio_client import Client, handle_file

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
print(list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]))
#> ['/similarity', '/transcribe']
print(client.predict("I love this film.", "What a great movie!", api_name="/similarity"))
#> 0.58
print(client.predict(handle_file("welcome.wav"), api_name="/transcribe"))
'''
Welcome to the course. Today we learn how to transform our models read and write text.
'''
demo.close()
# --8<-- [end:call]
